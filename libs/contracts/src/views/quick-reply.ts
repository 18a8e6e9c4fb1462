import { Static, Type } from '@sinclair/typebox';
import { StringEnum } from './string-enum';

export const QuickReplySchema = Type.Object(
  {
    label: Type.String(),
    text: Type.String(),
    /**
     * `sign_in`: the button opens the host's sign-in instead of sending `text` (a visitor asked about
     * their own account). The bot does not know where the host signs people in; the client does.
     */
    action: Type.Optional(StringEnum(['sign_in'], { description: 'Open the host’s sign-in instead of sending `text`.' })),
  },
  { $id: 'QuickReply' },
);
export type QuickReply = Static<typeof QuickReplySchema>;
