import { Static, Type } from '@sinclair/typebox';

/** What the waiting customer sees: place in line and, when known, the wait. */
export const QueuePositionViewSchema = Type.Object(
  {
    status: Type.String({ example: 'waiting' }),
    position: Type.Integer({ description: '1 = next; 0 once an agent has the chat.' }),
    estimatedWaitSeconds: Type.Optional(Type.Integer({ description: 'Absent while there is too little history to estimate.' })),
  },
  { $id: 'QueuePositionView' },
);
export type QueuePositionView = Static<typeof QueuePositionViewSchema>;
