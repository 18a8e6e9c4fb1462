import type { MoneyView } from '@okpay/contracts';

export function formatMoney(money: MoneyView): string {
  const value = money.amount / 100;
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: money.currency }).format(value);
}

export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "in 2h 05m" / "3m overdue": how an SLA clock reads at `now`. */
export function formatDue(iso: string, now: number): { text: string; overdue: boolean } {
  const diff = new Date(iso).getTime() - now;
  const minutes = Math.round(Math.abs(diff) / 60000);
  const span = minutes >= 60 ? `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m` : `${minutes}m`;
  return diff >= 0 ? { text: `in ${span}`, overdue: false } : { text: `${span} overdue`, overdue: true };
}

/** Failure codes in words agents use with customers. */
export const FAILURE_REASONS: Record<string, string> = {
  insufficient_funds: 'Insufficient funds',
  limit_exceeded: 'Limit exceeded',
  risk_review: 'Held for risk review',
  merchant_unavailable: 'Merchant unavailable',
  card_declined: 'Card declined',
};
