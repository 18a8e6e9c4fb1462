import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numerals';
import { AmountSlot } from './message-slots';

export interface AmountMention extends AmountSlot {
  /** Where `text` starts in the message read. */
  readonly index: number;
}

const CURRENCIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:¥|rmb|cny|yuan|元|块|块钱|人民币)$/, 'CNY'],
  [/^(?:hk\$|hkd|港币|港元)$/, 'HKD'],
  [/^(?:\$|us\$|usd|dollars?|bucks|美元|美金)$/, 'USD'],
  [/^(?:€|eur|euros?|欧元)$/, 'EUR'],
  [/^(?:£|gbp|pounds?|英镑)$/, 'GBP'],
  [/^(?:jpy|yen|日元)$/, 'JPY'],
];
const SYMBOL = String.raw`hk\$|us\$|¥|\$|€|£|(?<![a-z])(?:rmb|cny|usd|hkd|eur|gbp|jpy)`;
const WORD = String.raw`块钱|块|元|人民币|美元|美金|港币|港元|欧元|英镑|日元|rmb|cny|usd|hkd|eur|gbp|jpy|yuan|dollars?|bucks|euros?|pounds?|yen`;
const ARABIC = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?(?:\s?(k|千|万))?`;
const CHINESE = `([${CHINESE_NUMERAL_CHARS}]+)`;
// "多" in "两千多块" ("two thousand-odd"): the amount is the round figure.
const AMOUNT = new RegExp(`(?:(${SYMBOL})\\s?)?(?:${ARABIC}|${CHINESE})(?:多)?(?:\\s?(${WORD}))?`, 'g');
const MULTIPLIERS: Readonly<Record<string, number>> = { k: 1000, 千: 1000, 万: 10_000 };

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const NUMBER_ANY = `(?:\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)`;
/**
 * Numbers that are not money: masked before amounts are read. Dates, years, times, percentages,
 * ordinals, labels ("tier 2", "step 3", "#2"), counts and durations ("3 days", "两次", "5笔"),
 * long digit strings (phone, card and account numbers).
 */
const NOT_MONEY: readonly RegExp[] = [
  /\btx-[0-9a-z]{4,}\b/g,
  /\b(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\b/g,
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g,
  /(?:\d{2,4}年)?\d{1,2}月(?:\d{1,2}[日号])?|\d{2,4}年|\d{1,2}[日号](?!码)/g,
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s*\\d{4})?|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:\\s+\\d{4})?`, 'g'),
  /\b(?:in|since|year|until|till|from|of|by|before|after)\s+(?:19|20)\d{2}(?![\d,.]|\s?(?:k|千|万|元|块|yuan|rmb|cny|usd|dollars?|bucks))/g,
  /\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\b\.?)?|\b\d{1,2}\s?(?:[ap]\.?m\b\.?|o'clock)|\d{1,2}点(?:半|\d{1,2}分?)?/g,
  new RegExp(`${NUMBER_ANY}\\s?(?:%|percent\\b|per cent\\b|个百分点)|百分之${NUMBER_ANY}`, 'g'),
  new RegExp(`第\\s?${NUMBER_ANY}|\\b\\d+(?:st|nd|rd|th)\\b`, 'g'),
  /(?:\b(?:tier|level|lvl|lv|step|option|number|no\.|version|grade|stage)|#)\s?\d+|\b[lv]\d\b/g,
  new RegExp(
    `${NUMBER_ANY}\\s?(?:个月|个小时|个工作日|小时|分钟|分|秒|天|周|星期|年|岁|次|遍|个|笔|张|条|项|位|人|级|步|档|星|楼|层|倍|折|代|号线|工作日)`,
    'g',
  ),
  /\d+(?:\.\d+)?\s?(?:hours?|hrs?|days?|business days?|working days?|weeks?|wks?|months?|mins?|minutes?|seconds?|secs?|years?|yrs?|times|x\b|digits?|gb|mb|kg|km)\b/g,
  // "3 payments" counts them; "my 1500 payment" is one of 1,500.
  /\b\d{1,2}\s?(?:people|persons?|items?|tickets?|transactions?|payments?|transfers?|attempts?|tries)\b/g,
  new RegExp(`\\+\\d[\\d\\s-]{6,}\\d|(?<!(?:${SYMBOL})\\s?)\\d{8,}(?!\\d|\\s?(?:${WORD}))`, 'g'),
];

function mask(text: string): string {
  let masked = text;
  for (const pattern of NOT_MONEY) masked = masked.replace(pattern, (found) => ' '.repeat(found.length));
  return masked;
}

function currencyOf(word: string | undefined): string | null {
  if (!word) return null;
  return CURRENCIES.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}

/** "2026" alone is a year; round figures in that range ("2000", "1900") are far more often money. */
function isYearLike(whole: string | undefined): boolean {
  return whole !== undefined && /^(?:199\d|20\d\d)$/.test(whole) && !whole.endsWith('00');
}

/** Minor units of an Arabic figure, exactly: "1,200.5" → 120050, "1.2" with 万 → 1200000. */
function arabicMinorUnits(whole: string, fraction: string | undefined, multiplier: string | undefined): number {
  const minor = Number(whole.replace(/,/g, '')) * 100 + Number((fraction ?? '').padEnd(2, '0'));
  return minor * (multiplier ? MULTIPLIERS[multiplier] : 1);
}

/**
 * The money amounts in a normalized message (see normalizeText), in order: with or without a
 * currency ("¥1,000", "50 usd", "付了2000", "50k", "1.2万", "三千五", "五百块"). A Chinese numeral
 * without a currency counts only from a hundred up ("两千", "一万二"), because small ones are
 * everyday words ("一直", "一下"). Years, dates, times, percentages, ordinals, labels, counts,
 * durations and long digit strings are not amounts.
 */
export function findAmounts(normalized: string): AmountMention[] {
  const masked = mask(normalized);
  const amounts: AmountMention[] = [];
  for (const m of masked.matchAll(AMOUNT)) {
    const [text, symbol, whole, fraction, multiplier, chinese, word] = m;
    const before = masked[m.index - 1] ?? ' ';
    const after = masked[m.index + text.length] ?? ' ';
    // Part of a word or a longer token: "2fa", "v2", "a1b2", "1.5.3".
    if (!symbol && /[a-z0-9.,_/-]/.test(before)) continue;
    if (/[a-z0-9_]/.test(after) || (/[.,]/.test(after) && /\d/.test(masked[m.index + text.length + 1] ?? ''))) continue;
    const currency = currencyOf(symbol ?? word);
    let amount: number;
    if (chinese !== undefined) {
      const value = parseChineseNumeral(chinese);
      if (value === null || (currency === null && value < 100)) continue;
      amount = value * 100;
    } else {
      amount = arabicMinorUnits(whole, fraction, multiplier);
    }
    if (amount === 0 || (currency === null && !multiplier && isYearLike(whole))) continue;
    amounts.push({ amount, currency, text: text.trim(), index: m.index });
  }
  return amounts;
}
