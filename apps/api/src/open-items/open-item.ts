import { WidgetOpenItemView } from '@okpay/contracts';
import { CustomerWalletOverview, WALLET_TIME_ZONE } from '@okpay/wallet-core';
import { DateTime } from 'luxon';

/**
 * What a signed-in customer most likely came about, from their wallet's overview: a payment that
 * failed today (the wallet's day), else a refund not yet back, else a transfer or top-up still
 * pending, the newest first. Nothing open: `none`.
 */
export function openItemOf(overview: CustomerWalletOverview, now: Date): WidgetOpenItemView {
  const failure = overview.latestFailure;
  const today = DateTime.fromJSDate(now, { zone: WALLET_TIME_ZONE }).startOf('day').toJSDate();
  if (failure?.type === 'payment' && failure.createdAt >= today) return { item: 'failed_payment', amount: { amount: failure.amount, currency: failure.currency } };
  const refund = overview.refunds.find((r) => r.status === 'requested' || r.status === 'approved');
  if (refund) return { item: 'pending_refund', amount: { amount: refund.amount, currency: refund.currency } };
  const pending = [...overview.pendingTransactions].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).find((t) => t.type === 'transfer' || t.type === 'topup');
  if (pending) return { item: pending.type === 'transfer' ? 'pending_transfer' : 'pending_topup', amount: { amount: pending.amount, currency: pending.currency } };
  return { item: 'none' };
}
