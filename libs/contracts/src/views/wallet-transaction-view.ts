import { Static, Type } from '@sinclair/typebox';
import { MoneyViewSchema } from './money-view';
import { Nullable } from './nullable';

/** A wallet transaction as customers and agents see it; a refused one carries its `failureCode`. */
export const WalletTransactionViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    reference: Type.String(),
    type: Type.String({ example: 'payment' }),
    status: Type.String({ example: 'succeeded', description: 'succeeded, pending, failed, …' }),
    amount: MoneyViewSchema,
    fee: MoneyViewSchema,
    failureCode: Type.Optional(Type.String()),
    method: Type.Optional(Type.String()),
    cardMasked: Type.Optional(Type.String({ description: 'First 6 and last 4 digits only.' })),
    merchantId: Type.Optional(Type.String({ format: 'uuid' })),
    description: Type.Optional(Type.String()),
    crossBorder: Type.Boolean(),
    received: Type.Optional(MoneyViewSchema),
    exchangeRate: Type.Optional(Nullable(Type.String({ description: 'The customer rate used for `received`, as decimal text.' }))),
    originalTransactionId: Type.Optional(Type.String({ format: 'uuid' })),
    createdAt: Type.String({ format: 'date-time' }),
    completedAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { $id: 'WalletTransactionView' },
);
export type WalletTransactionView = Static<typeof WalletTransactionViewSchema>;
