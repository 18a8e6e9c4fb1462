import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';

export const TicketSummaryViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    number: Type.Integer(),
    reference: Type.String({ example: '#1042' }),
    subject: Type.String(),
    status: Type.String({ example: 'open' }),
    priority: Type.String({ example: 'normal' }),
    category: Nullable(Type.String()),
    tags: Type.Array(Type.String()),
    channel: Type.String({ example: 'email' }),
    group: Nullable(Type.String()),
    assigneeId: Nullable(Type.String({ format: 'uuid' })),
    customerId: Nullable(Type.String({ format: 'uuid' })),
    transactionRefs: Type.Array(Type.String(), { description: 'Wallet transactions the ticket is about.' }),
    followUpOf: Type.Optional(Type.String({ format: 'uuid' })),
    mergedInto: Type.Optional(Type.String({ format: 'uuid' })),
    firstResponseDueAt: Nullable(Type.String({ format: 'date-time' })),
    resolutionDueAt: Nullable(Type.String({ format: 'date-time' })),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'TicketSummaryView' },
);
export type TicketSummaryView = Static<typeof TicketSummaryViewSchema>;
