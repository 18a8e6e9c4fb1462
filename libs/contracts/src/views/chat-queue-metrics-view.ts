import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';

/** Figures over the whole chat queue, for supervisors. */
export const ChatQueueMetricsViewSchema = Type.Object(
  {
    waiting: Type.Integer(),
    oldestWaitSeconds: Nullable(Type.Number()),
    agentsOnline: Type.Integer(),
    agentsAvailable: Type.Integer(),
    serviceLevel: Nullable(Type.Number({ minimum: 0, maximum: 1 }), {
      description: 'Share of chats in the last hour an agent took within 60 s of arrival; null without chats.',
    }),
  },
  { $id: 'ChatQueueMetricsView' },
);
export type ChatQueueMetricsView = Static<typeof ChatQueueMetricsViewSchema>;
