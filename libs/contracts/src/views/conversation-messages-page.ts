import { Static, Type } from '@sinclair/typebox';
import { ChatMessageSchema } from './chat-message';
import { Nullable } from './nullable';

export const ConversationMessagesPageSchema = Type.Object(
  {
    items: Type.Array(ChatMessageSchema),
    nextAfterSeq: Nullable(Type.Integer(), { description: 'Pass as `afterSeq` for the next page; null at the end.' }),
  },
  { $id: 'ConversationMessagesPage' },
);
export type ConversationMessagesPage = Static<typeof ConversationMessagesPageSchema>;
