import { Static, Type } from '@sinclair/typebox';
import { MoneyViewSchema } from './money-view';

export const RefundViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    status: Type.String({ example: 'requested' }),
    expectedBy: Type.String({ format: 'date-time', description: 'End of the last business day the money should take.' }),
    transactionId: Type.String({ format: 'uuid', description: 'The payment refunded.' }),
    amount: MoneyViewSchema,
    reason: Type.String(),
    rejectionReason: Type.Optional(Type.String()),
    refundTransactionId: Type.Optional(Type.String({ format: 'uuid' })),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'RefundView' },
);
export type RefundView = Static<typeof RefundViewSchema>;
