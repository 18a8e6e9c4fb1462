import { Currency } from './currency';
import { toDecimalString } from './decimal-string';
import { Money } from './money';

export type MoneyLocale = 'zh-CN' | 'en';

/**
 * Symbols as Chinese wallet apps show them. `¥` alone means CNY to a zh-CN reader; the dollars carry a
 * prefix because `$` alone would not say whose. Keyed by Currency, so a new currency cannot be added
 * without deciding its symbol.
 */
const ZH_CN_SYMBOLS: Readonly<Record<Currency, string>> = { CNY: '¥', USD: 'US$', HKD: 'HK$', EUR: '€' };

/**
 * For people, not machines (use `toDecimalString` for those):
 * - `zh-CN`: symbol then amount — `¥1,234.50`, `US$9.99`, `HK$100.00`, `€0.05`.
 * - `en`: ISO code, a space, amount — `CNY 1,234.50`. English readers include visitors and Hong Kong
 *   customers, for whom `¥` and `$` are ambiguous; the code never is.
 * Both group thousands with `,` and show exactly the currency's decimal places; negatives lead with `-`
 * (`-¥5.00`). Built from the integer's digits, so no float ever touches the amount.
 */
export function formatMoney(value: Money, locale: MoneyLocale): string {
  const decimal = toDecimalString(value);
  const sign = decimal.startsWith('-') ? '-' : '';
  const [whole, fraction] = decimal.slice(sign.length).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
  const prefix = locale === 'zh-CN' ? ZH_CN_SYMBOLS[value.currency] : `${value.currency} `;
  return sign + prefix + grouped;
}
