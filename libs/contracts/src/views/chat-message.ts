import { Static, Type } from '@sinclair/typebox';
import { AttachmentViewSchema } from './attachment-view';
import { QuickReplySchema } from './quick-reply';
import { StringEnum } from './string-enum';

export const MESSAGE_AUTHOR_KINDS = ['customer', 'agent', 'bot', 'system'] as const;
export type MessageAuthorKind = (typeof MESSAGE_AUTHOR_KINDS)[number];

/** Server → client `message:new`, and a message in REST histories. `internal` only ever appears for agents. */
export const ChatMessageSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    seq: Type.Integer(),
    conversationId: Type.String({ format: 'uuid' }),
    author: Type.Object({ type: StringEnum(MESSAGE_AUTHOR_KINDS), name: Type.Optional(Type.String()) }),
    text: Type.String({ description: 'Plain text: render as text, never as HTML.' }),
    createdAt: Type.String({ format: 'date-time' }),
    attachment: Type.Optional(AttachmentViewSchema),
    quickReplies: Type.Optional(Type.Array(QuickReplySchema)),
    internal: Type.Optional(Type.Boolean()),
  },
  { $id: 'ChatMessage' },
);
export type ChatMessage = Static<typeof ChatMessageSchema>;
