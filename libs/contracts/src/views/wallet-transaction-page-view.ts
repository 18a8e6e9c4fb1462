import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';
import { WalletTransactionViewSchema } from './wallet-transaction-view';

export const WalletTransactionPageViewSchema = Type.Object(
  {
    items: Type.Array(WalletTransactionViewSchema),
    nextCursor: Nullable(Type.String(), { description: 'Pass back as `cursor` for the next page; null at the end.' }),
  },
  { $id: 'WalletTransactionPageView' },
);
export type WalletTransactionPageView = Static<typeof WalletTransactionPageViewSchema>;
