import { Static, Type } from '@sinclair/typebox';

/** `POST /api/v1/widget/transcript`: where the chat's transcript goes; asked again, the same mail (one per address). */
export const ChatTranscriptViewSchema = Type.Object(
  {
    address: Type.String({ format: 'email' }),
    alreadyRequested: Type.Boolean({ description: 'True when this address was sent this chat before: nothing new is sent.' }),
  },
  { $id: 'ChatTranscriptView' },
);
export type ChatTranscriptView = Static<typeof ChatTranscriptViewSchema>;
