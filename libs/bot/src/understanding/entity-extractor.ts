import { findPhoneNumbersInText } from 'libphonenumber-js/max';

export interface MoneyMention {
  /** Integer minor units. */
  readonly amount: number;
  readonly currency: string;
  readonly text: string;
}

export interface PhoneMention {
  /** E.164. */
  readonly number: string;
  readonly startsAt: number;
  readonly endsAt: number;
}

export interface MessageEntities {
  readonly transactionIds: readonly string[];
  readonly amounts: readonly MoneyMention[];
  /** ISO dates (yyyy-mm-dd) named explicitly, or relative ones resolved against `today`. */
  readonly dates: readonly string[];
  /** E.164. */
  readonly phoneNumbers: readonly string[];
}

const TRANSACTION_ID = /\btx-[0-9a-z]{4,}\b/gi;
const CURRENCY_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:¥|￥|rmb|cny|yuan|元|块|块钱|人民币)$/i, 'CNY'],
  [/^(?:\$|usd|dollars?|美元|美金)$/i, 'USD'],
  [/^(?:hk\$|hkd|港币|港元)$/i, 'HKD'],
  [/^(?:€|eur|euros?|欧元)$/i, 'EUR'],
  [/^(?:£|gbp|pounds?|英镑)$/i, 'GBP'],
  [/^(?:jpy|yen|日元)$/i, 'JPY'],
];
const CURRENCY = String.raw`(hk\$|¥|￥|\$|€|£|rmb|cny|usd|hkd|eur|gbp|jpy|yuan|dollars?|euros?|pounds?|yen|块钱|块|元|人民币|美元|美金|港币|港元|欧元|英镑|日元)`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?`;
const AMOUNT_BEFORE = new RegExp(`${CURRENCY}\\s?${NUMBER}`, 'gi');
const AMOUNT_AFTER = new RegExp(`${NUMBER}\\s?${CURRENCY}`, 'gi');
const ISO_DATE = /\b(20\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\b/g;
const CHINESE_DATE = /(?:(20\d{2})年)?(\d{1,2})月(\d{1,2})[日号]/g;
const RELATIVE_DAYS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\btoday\b|今天|今日/i, 0],
  [/\byesterday\b|昨天|昨日/i, -1],
  [/前天|\bday before yesterday\b/i, -2],
];

function currencyOf(word: string): string {
  return CURRENCY_WORDS.find(([pattern]) => pattern.test(word))?.[1] ?? 'CNY';
}

function minorUnits(whole: string, fraction: string | undefined): number {
  return Number(whole.replace(/,/g, '')) * 100 + Number((fraction ?? '').padEnd(2, '0') || 0);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * The things in a message an answer can use: transaction ids, amounts with their currency, dates and
 * phone numbers. `today` is the customer's calendar date (yyyy-mm-dd) for "yesterday" and friends
 * and for dates without a year; this pure function never reads the system clock.
 */
export function extractEntities(text: string, today?: string): MessageEntities {
  const transactionIds = [...text.matchAll(TRANSACTION_ID)].map((m) => m[0].toUpperCase());
  const withoutIds = text.replace(TRANSACTION_ID, ' ');

  const amounts: MoneyMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of withoutIds.matchAll(AMOUNT_BEFORE)) {
    amounts.push({ amount: minorUnits(m[2], m[3]), currency: currencyOf(m[1]), text: m[0] });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of withoutIds.matchAll(AMOUNT_AFTER)) {
    if (taken.some(([start, end]) => m.index < end && m.index + m[0].length > start)) continue;
    amounts.push({ amount: minorUnits(m[1], m[2]), currency: currencyOf(m[3]), text: m[0] });
  }

  const phoneNumbers = phoneNumbersIn(withoutIds).map((found) => found.number);
  return { transactionIds, amounts, dates: datesIn(withoutIds, today), phoneNumbers };
}

/** The dates a message names (yyyy-mm-dd), explicit or relative to `today`; see extractEntities. */
export function datesIn(text: string, today?: string): string[] {
  const dates = new Set<string>();
  for (const m of text.matchAll(ISO_DATE)) dates.add(`${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`);
  // A date without its year takes today's; with no today it is not a date we can name.
  const year = today?.slice(0, 4);
  for (const m of text.matchAll(CHINESE_DATE)) {
    const dateYear = m[1] ?? year;
    if (dateYear) dates.add(`${dateYear}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`);
  }
  if (today) {
    for (const [pattern, offset] of RELATIVE_DAYS) {
      if (!pattern.test(text)) continue;
      const day = new Date(`${today}T00:00:00Z`);
      day.setUTCDate(day.getUTCDate() + offset);
      dates.add(day.toISOString().slice(0, 10));
    }
  }
  return [...dates];
}

/** Valid phone numbers in a message, with where each was found; numbers without a country code are read as Chinese. */
export function phoneNumbersIn(text: string): PhoneMention[] {
  // Every valid number has at least seven digits: skip the library's scan when there cannot be one.
  if ((text.match(/\d/g)?.length ?? 0) < 7) return [];
  return findPhoneNumbersInText(text, { defaultCountry: 'CN' })
    .filter((found) => found.number.isValid())
    .map((found) => ({ number: found.number.number, startsAt: found.startsAt, endsAt: found.endsAt }));
}
