import type { Locale, MoneyView } from '@okpay/contracts';
import { browserLocale } from './browser-locale';
import { inboxMessages } from './inbox-messages';

/** Minor units in the agent's language: ¥1,500.00 / CN¥1,500.00, with the currency's own number of decimals. */
export function formatMoney(money: MoneyView, locale: Locale = browserLocale()): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
  const decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount / 10 ** decimals);
}

export function formatTime(iso: string, locale: Locale = browserLocale()): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "in 2h 05m" / "3m overdue": how an SLA clock reads at `now`, in the agent's language. */
export function formatDue(iso: string, now: number, locale: Locale = browserLocale()): { text: string; overdue: boolean } {
  const words = inboxMessages(locale);
  const diff = new Date(iso).getTime() - now;
  const minutes = Math.round(Math.abs(diff) / 60000);
  const span = words.duration(Math.floor(minutes / 60), minutes % 60);
  return diff >= 0 ? { text: words.ticket.dueIn(span), overdue: false } : { text: words.ticket.overdue(span), overdue: true };
}
