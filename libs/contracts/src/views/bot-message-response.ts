import { Static, Type } from '@sinclair/typebox';
import { INTENT_IDS } from '../intents';
import { Nullable } from './nullable';
import { QuickReplySchema } from './quick-reply';
import { StringEnum } from './string-enum';

export const BotHandoffViewSchema = Type.Object(
  {
    reason: Type.String({ description: 'requested, low_confidence, complaint, security_incident, …' }),
    target: StringEnum(['chat_queue', 'ticket']),
    ticketId: Type.Optional(Type.String({ format: 'uuid' })),
    position: Type.Optional(Type.Integer()),
    estimatedWaitSeconds: Type.Optional(Type.Integer()),
    /** When support opens again (ISO instant), for a ticket handoff out of hours. */
    nextOpening: Type.Optional(Nullable(Type.String({ format: 'date-time' }))),
  },
  { $id: 'BotHandoffView' },
);
export type BotHandoffView = Static<typeof BotHandoffViewSchema>;

/** `POST /api/v1/bot/messages` answer. */
export const BotMessageResponseSchema = Type.Object(
  {
    conversationId: Type.String({ format: 'uuid' }),
    intent: StringEnum(INTENT_IDS),
    confidence: Type.Number({ minimum: 0, maximum: 1 }),
    reply: Type.Object({
      text: Type.String(),
      articleId: Type.Optional(Type.String()),
      quickReplies: Type.Optional(Type.Array(QuickReplySchema)),
    }),
    handoff: Nullable(BotHandoffViewSchema),
  },
  { $id: 'BotMessageResponse' },
);
export type BotMessageResponse = Static<typeof BotMessageResponseSchema>;
