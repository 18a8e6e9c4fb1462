import { Static, Type } from '@sinclair/typebox';
import { MessageEmailViewSchema } from './message-email-view';
import { Nullable } from './nullable';

export const TicketMessageViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    ticketId: Type.String({ format: 'uuid' }),
    author: Type.Object({ type: Type.String({ example: 'customer' }), id: Nullable(Type.String({ format: 'uuid' })) }),
    body: Type.String(),
    internal: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
    email: Type.Optional(MessageEmailViewSchema),
  },
  { $id: 'TicketMessageView' },
);
export type TicketMessageView = Static<typeof TicketMessageViewSchema>;
