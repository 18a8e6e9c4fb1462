import { Locale } from '@okpay/contracts';
import { formatMoney, Money, timeZoneNamed } from '@okpay/shared';
import { FeeRule } from '@okpay/wallet-core';
import { DateTime } from 'luxon';
import { botMessage } from '../messages/bot-messages';

/** Customers of the demo wallet live in mainland China; the calendar zone is what answers quote. */
export const ANSWER_TIME_ZONE = 'Asia/Shanghai';

export function money(value: Money | { amount: number; currency: string }, locale: Locale): string {
  return formatMoney(value as Money, locale);
}

/**
 * How answers write a moment and a day, as luxon patterns over the locale's Intl data (weekday
 * names included): "Mon 23 Nov, 09:00" / "11月23日(周一)09:00"; "Monday 23 November 2020" / "2020年11月23日(周一)".
 */
const PATTERNS: Readonly<Record<Locale, { readonly intlLocale: string; readonly dateTime: string; readonly date: string }>> = {
  en: { intlLocale: 'en-GB', dateTime: 'ccc d LLL, HH:mm', date: 'cccc d LLLL yyyy' },
  'zh-CN': { intlLocale: 'zh-CN', dateTime: 'M月d日(ccc)HH:mm', date: 'yyyy年M月d日(ccc)' },
};

/** A moment with its time zone: "Mon 23 Nov, 09:00 (Beijing time)" / "11月23日(周一)09:00(北京时间)". */
export function dateTime(at: Date, locale: Locale, zone = ANSWER_TIME_ZONE): string {
  const { intlLocale, dateTime: pattern } = PATTERNS[locale];
  return DateTime.fromJSDate(at, { zone: timeZoneNamed(zone) }).setLocale(intlLocale).toFormat(pattern) + zoneSuffix(zone, locale);
}

export function date(at: Date, locale: Locale, zone = ANSWER_TIME_ZONE): string {
  const { intlLocale, date: pattern } = PATTERNS[locale];
  return DateTime.fromJSDate(at, { zone: timeZoneNamed(zone) }).setLocale(intlLocale).toFormat(pattern);
}

export const ZH_WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
export const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function zoneSuffix(zone: string, locale: Locale): string {
  return zone === ANSWER_TIME_ZONE ? botMessage(locale, 'time.beijingTime') : botMessage(locale, 'time.otherZone', { zone });
}

/** "1%" / "0.6%" from basis points, without floats. */
export function percent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = String(basisPoints % 100).padStart(2, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}%` : `${whole}%`;
}

/** "1% (min CNY 10.00, max CNY 200.00)" / "1%(最低 ¥10.00,最高 ¥200.00)", or "free" (the `fees.rule*` messages). */
export function feeRuleText(rule: FeeRule, locale: Locale): string {
  if (rule.basisPoints === 0 && rule.minimum.amount === 0) return botMessage(locale, 'fees.rule.free');
  const minimum = rule.minimum.amount > 0 ? money(rule.minimum, locale) : undefined;
  const maximum = rule.maximum ? money(rule.maximum, locale) : undefined;
  const bounds = minimum && maximum ? 'both' : minimum ? 'minimum' : maximum ? 'maximum' : 'none';
  return botMessage(locale, 'fees.rule', { percent: percent(rule.basisPoints), bounds, minimum: minimum ?? '', maximum: maximum ?? '' });
}
