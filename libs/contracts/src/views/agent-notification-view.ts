import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';

/** An SLA warning on one of the agent's tickets. */
export const AgentNotificationViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    kind: Type.String(),
    ticketId: Nullable(Type.String({ format: 'uuid' })),
    details: Type.Record(Type.String(), Type.Unknown()),
    createdAt: Type.String({ format: 'date-time' }),
    read: Type.Boolean(),
  },
  { $id: 'AgentNotificationView' },
);
export type AgentNotificationView = Static<typeof AgentNotificationViewSchema>;
