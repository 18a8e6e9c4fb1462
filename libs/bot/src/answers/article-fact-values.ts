import { Locale } from '@okpay/contracts';
import { BusinessCalendar } from '@okpay/shared';
import {
  BANK_TRANSFER_SETTLEMENT_HOURS,
  CROSS_BORDER_MINIMUM_TIER,
  CROSS_BORDER_SETTLEMENT_BUSINESS_DAYS,
  FEE_SCHEDULE,
  KYC_LIMITS,
  KYC_TIERS,
  LOGIN_PAUSE_POLICY,
  REFUND_BUSINESS_DAYS,
  TOP_UP_MINIMUM,
  VERIFICATION_REVIEW_HOURS,
  WALLET_TIME_ZONE,
  WITHDRAWAL_FEE,
} from '@okpay/wallet-core';
import { DateTime } from 'luxon';
import { botMessage } from '../messages/bot-messages';
import { dateTime, EN_WEEKDAYS, feeRuleText, money, percent, ZH_WEEKDAYS, zoneSuffix } from './locale-format';

const LIMIT_KIND_NAMES = { cardTopUp: 'card_top_up', payment: 'payment', transfer: 'transfer' } as const;

/** Where the live chat is: a product fact, not a number, so it lives here in both languages. */
const CHAT_LOCATION: Record<Locale, string> = {
  'zh-CN': 'App 的「帮助」页，或 OKPay 网站右下角的聊天图标',
  en: 'the Help tab in the app, or the chat icon at the bottom right of the OKPay website',
};

/** The words the rendered facts are built with, per locale. */
const FACT_WORDS: Record<Locale, { now: string; midnight: string; weekdays: readonly string[]; dayRange: string; listSeparator: string }> = {
  'zh-CN': { now: '现在', midnight: '00:00', weekdays: ZH_WEEKDAYS, dayRange: '至', listSeparator: ',' },
  en: { now: 'now', midnight: 'midnight', weekdays: EN_WEEKDAYS, dayRange: '–', listSeparator: ', ' },
};

/** What the facts are computed from besides wallet-core: the chat queue's calendar and the configured contacts. */
export interface ArticleFactSources {
  readonly calendar: BusinessCalendar;
  readonly hotline: string;
  readonly email: string;
}

/**
 * The value of every `{{fact}}` the articles may name (knowledge-base/FACTS.md), as of `now`:
 * wallet-core's fee schedule, limits and timings, the support calendar and the contacts. The one
 * renderer behind both the answers and the example column of FACTS.md.
 */
export function articleFactValues(locale: Locale, now: Date, sources: ArticleFactSources): Record<string, string> {
  const { calendar } = sources;
  const opening = calendar.nextOpen(now);
  const words = FACT_WORDS[locale];
  const facts: Record<string, string> = {
    'support.hours': weeklyHours(calendar, now, locale),
    'support.nextOpening': opening ? (opening.getTime() === now.getTime() ? words.now : dateTime(opening, locale, calendar.timeZone)) : '—',
    'support.hotline': sources.hotline,
    'support.email': sources.email,
    'support.chatLocation': CHAT_LOCATION[locale],
    'fees.domesticTransfer': feeRuleText(FEE_SCHEDULE.domesticTransfer, locale),
    'fees.crossBorderTransfer': feeRuleText(FEE_SCHEDULE.crossBorderTransfer, locale),
    'fees.cardTopUp': feeRuleText(FEE_SCHEDULE.cardTopUp, locale),
    'fees.bankTransferTopUp': feeRuleText(FEE_SCHEDULE.bankTransferTopUp, locale),
    'fees.withdrawal': feeRuleText(WITHDRAWAL_FEE, locale),
    'fees.fxMarkup': percent(FEE_SCHEDULE.fxMarkupBasisPoints),
    'limits.dailyReset': `${words.midnight}${zoneSuffix(WALLET_TIME_ZONE, locale)}`,
    'refunds.businessDaysMin': String(REFUND_BUSINESS_DAYS.min),
    'refunds.businessDaysMax': String(REFUND_BUSINESS_DAYS.max),
    'topups.bankTransferHours': String(BANK_TRANSFER_SETTLEMENT_HOURS),
    'topups.minAmount': money(TOP_UP_MINIMUM, locale),
    'transfers.crossBorderBusinessDays': String(CROSS_BORDER_SETTLEMENT_BUSINESS_DAYS),
    'transfers.crossBorderMinimumTier': botMessage(locale, `tier.${CROSS_BORDER_MINIMUM_TIER}`),
    'security.longestLoginPauseMinutes': String(LOGIN_PAUSE_POLICY.longestPauseMinutes),
    'security.maxLoginAttempts': String(LOGIN_PAUSE_POLICY.freeFailures),
    'verification.reviewHours': String(VERIFICATION_REVIEW_HOURS),
  };
  for (const tier of KYC_TIERS) {
    for (const [name, kind] of Object.entries(LIMIT_KIND_NAMES)) {
      facts[`limits.${tier}.${name}.single`] = money(KYC_LIMITS[tier][kind].single, locale);
      facts[`limits.${tier}.${name}.daily`] = money(KYC_LIMITS[tier][kind].daily, locale);
    }
  }
  return facts;
}

/**
 * "Monday–Friday 09:00–18:00 (Beijing time)", read off the calendar's next two weeks so it can never
 * disagree with routing. Days with the same hours are joined into ranges; holidays inside the window
 * are skipped by taking the hours each weekday has most often.
 */
function weeklyHours(calendar: BusinessCalendar, now: Date, locale: Locale): string {
  const zone = calendar.timeZone;
  const byWeekday = new Map<number, Map<string, number>>();
  const from = DateTime.fromJSDate(now, { zone }).startOf('day');
  for (const period of calendar.openPeriods(from.toJSDate(), from.plus({ days: 14 }).toJSDate())) {
    const start = DateTime.fromJSDate(period.start, { zone });
    const end = DateTime.fromJSDate(period.end, { zone });
    const hours = `${start.toFormat('HH:mm')}–${end.hour === 0 && end.minute === 0 ? '24:00' : end.toFormat('HH:mm')}`;
    const seen = byWeekday.get(start.weekday) ?? new Map<string, number>();
    seen.set(hours, (seen.get(hours) ?? 0) + 1);
    byWeekday.set(start.weekday, seen);
  }
  const { weekdays: names, dayRange, listSeparator } = FACT_WORDS[locale];
  const groups: { from: number; to: number; hours: string }[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    const seen = byWeekday.get(weekday);
    if (!seen) continue;
    const hours = [...seen].sort((a, b) => b[1] - a[1])[0][0];
    const last = groups[groups.length - 1];
    if (last && last.to === weekday - 1 && last.hours === hours) last.to = weekday;
    else groups.push({ from: weekday, to: weekday, hours });
  }
  const days = groups.map((g) => `${names[g.from - 1]}${g.to > g.from ? dayRange + names[g.to - 1] : ''} ${g.hours}`);
  return days.join(listSeparator) + zoneSuffix(zone, locale);
}
