import { Static, Type } from '@sinclair/typebox';
import { CONVERSATION_STATUSES } from '../chat';
import { LocaleSchema } from '../locale';
import { BotOutcomeViewSchema } from './bot-outcome-view';
import { ChatMessageSchema } from './chat-message';
import { Nullable } from './nullable';
import { StringEnum } from './string-enum';

/** The inbox's view of a conversation: who, where routing has it, and its last message. */
export const ConversationSummarySchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    status: StringEnum(CONVERSATION_STATUSES),
    customerId: Nullable(Type.String({ format: 'uuid' })),
    locale: LocaleSchema,
    lastSeq: Type.Integer(),
    ticketId: Nullable(Type.String({ format: 'uuid' })),
    routing: Nullable(
      Type.Object({
        status: Type.String({ description: 'waiting, offered, assigned, …' }),
        agentId: Nullable(Type.String({ format: 'uuid' })),
        arrivedAt: Type.String({ format: 'date-time' }),
        offerExpiresAt: Type.Optional(Type.String({ format: 'date-time' })),
      }),
      { description: 'Routing state of the chat; null when it never asked for a person.' },
    ),
    lastMessage: Nullable(ChatMessageSchema),
    botOutcome: Type.Optional(Nullable(BotOutcomeViewSchema, { description: 'In a conversation’s detail: how the bot’s part ended.' })),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'ConversationSummary' },
);
export type ConversationSummary = Static<typeof ConversationSummarySchema>;
