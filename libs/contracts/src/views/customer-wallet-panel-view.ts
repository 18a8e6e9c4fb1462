import { Static, Type } from '@sinclair/typebox';
import { LocaleSchema } from '../locale';
import { AccountViewSchema } from './account-view';
import { KycSubmissionViewSchema } from './kyc-submission-view';
import { Nullable } from './nullable';
import { RefundViewSchema } from './refund-view';
import { WalletTransactionViewSchema } from './wallet-transaction-view';

/** `GET /admin/customers/:id/wallet`: the inbox's customer panel; secrets never appear here. */
export const CustomerWalletPanelViewSchema = Type.Object(
  {
    customer: Type.Object({
      id: Type.String({ format: 'uuid' }),
      name: Type.String(),
      email: Type.String(),
      phone: Nullable(Type.String()),
      locale: LocaleSchema,
      kycTier: Type.String({ example: 'basic' }),
      security: Type.Object({
        twoFactorEnabled: Type.Boolean(),
        frozen: Type.Boolean(),
        frozenReason: Type.Optional(Type.String()),
        failedLoginCount: Type.Integer(),
        lockedUntil: Nullable(Type.String({ format: 'date-time' })),
      }),
    }),
    balances: Type.Array(AccountViewSchema),
    recentTransactions: Type.Array(WalletTransactionViewSchema),
    pendingTransactions: Type.Array(WalletTransactionViewSchema),
    refunds: Type.Array(RefundViewSchema),
    latestKycSubmission: Nullable(KycSubmissionViewSchema),
  },
  { $id: 'CustomerWalletPanelView' },
);
export type CustomerWalletPanelView = Static<typeof CustomerWalletPanelViewSchema>;
