import { CustomerWalletPanelView } from '@okpay/contracts';
import { CustomerWalletOverview } from '@okpay/wallet-core';
import { toAccountView, toKycSubmissionView, toRefundView, toTransactionView } from './wallet.mapper';

/** The agent's customer panel. Security facts included; secrets (password hashes, full card numbers) never exist here. */
export function toCustomerWalletView(overview: CustomerWalletOverview): CustomerWalletPanelView {
  const { customer } = overview;
  return {
    customer: {
      id: customer.id,
      name: customer.name,
      email: customer.email,
      phone: customer.phone,
      locale: customer.locale,
      kycTier: customer.kycTier,
      security: {
        twoFactorEnabled: customer.twoFactorEnabled,
        frozen: customer.frozenAt !== null,
        ...(customer.frozenReason ? { frozenReason: customer.frozenReason } : {}),
        failedLoginCount: customer.failedLoginCount,
        lockedUntil: customer.lockedUntil?.toISOString() ?? null,
      },
    },
    balances: overview.wallets.map(toAccountView),
    recentTransactions: overview.recentTransactions.map(toTransactionView),
    pendingTransactions: overview.pendingTransactions.map(toTransactionView),
    refunds: overview.refunds.map(toRefundView),
    latestKycSubmission: overview.latestKycSubmission ? toKycSubmissionView(overview.latestKycSubmission) : null,
  };
}
