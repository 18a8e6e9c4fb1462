import { Static, Type } from '@sinclair/typebox';
import { LocaleSchema } from '../locale';
import { Nullable } from './nullable';

/** The agent's view of a queued or owned chat. */
export const ChatQueueItemViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    conversationId: Type.String({ format: 'uuid' }),
    customerId: Nullable(Type.String({ format: 'uuid' })),
    language: LocaleSchema,
    topic: Nullable(Type.String()),
    priority: Type.Integer(),
    status: Type.String({ example: 'waiting' }),
    arrivedAt: Type.String({ format: 'date-time' }),
    offerExpiresAt: Type.Optional(Type.String({ format: 'date-time' })),
    assignedAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { $id: 'ChatQueueItemView' },
);
export type ChatQueueItemView = Static<typeof ChatQueueItemViewSchema>;
