import { Locale } from '@okpay/contracts';
import { formatMoney, Money } from '@okpay/shared';
import { FeeRule } from '@okpay/wallet-core';
import { DateTime } from 'luxon';

/** Customers of the demo wallet live in mainland China; the calendar zone is what answers quote. */
export const ANSWER_TIME_ZONE = 'Asia/Shanghai';

export function money(value: Money | { amount: number; currency: string }, locale: Locale): string {
  return formatMoney(value as Money, locale);
}

/** "Mon 23 Nov, 09:00 (Beijing time)" / "11月23日(周一)09:00(北京时间)". */
export function dateTime(at: Date, locale: Locale, zone = ANSWER_TIME_ZONE): string {
  const local = DateTime.fromJSDate(at, { zone });
  const suffix = zoneSuffix(zone, locale);
  if (locale === 'zh-CN') return `${local.toFormat('M月d日')}(${ZH_WEEKDAYS[local.weekday - 1]})${local.toFormat('HH:mm')}${suffix}`;
  return `${local.setLocale('en-GB').toFormat('ccc d LLL, HH:mm')}${suffix}`;
}

export function date(at: Date, locale: Locale, zone = ANSWER_TIME_ZONE): string {
  const local = DateTime.fromJSDate(at, { zone });
  if (locale === 'zh-CN') return `${local.toFormat('yyyy年M月d日')}(${ZH_WEEKDAYS[local.weekday - 1]})`;
  return local.setLocale('en-GB').toFormat('cccc d LLLL yyyy');
}

export const ZH_WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
export const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function zoneSuffix(zone: string, locale: Locale): string {
  if (zone === ANSWER_TIME_ZONE) return locale === 'zh-CN' ? '(北京时间)' : ' (Beijing time)';
  return ` (${zone})`;
}

/** "1%" / "0.6%" from basis points, without floats. */
export function percent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = String(basisPoints % 100).padStart(2, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}%` : `${whole}%`;
}

/** "1% (min CNY 10.00, max CNY 200.00)" / "1%(最低 ¥10.00，最高 ¥200.00)", or "free". */
export function feeRuleText(rule: FeeRule, locale: Locale): string {
  if (rule.basisPoints === 0 && rule.minimum.amount === 0) return locale === 'zh-CN' ? '免费' : 'free';
  const parts: string[] = [];
  if (rule.minimum.amount > 0) parts.push(locale === 'zh-CN' ? `最低 ${money(rule.minimum, locale)}` : `min ${money(rule.minimum, locale)}`);
  if (rule.maximum) parts.push(locale === 'zh-CN' ? `最高 ${money(rule.maximum, locale)}` : `max ${money(rule.maximum, locale)}`);
  const bounds = parts.length ? (locale === 'zh-CN' ? `(${parts.join(',')})` : ` (${parts.join(', ')})`) : '';
  return `${percent(rule.basisPoints)}${bounds}`;
}
