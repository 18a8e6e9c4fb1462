/** Digits as customers write them; 两 and 〇 are everyday variants of 二 and 零. */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese numeral is made of (for building patterns around it). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/**
 * The value of a Chinese numeral below 亿: "三千五" → 3500, "一万二" → 12000, "一百零五" → 105,
 * "十五" → 15. A trailing digit right after a unit is the next unit down ("三千五" is 3,500, the
 * way people say it), unless a 零 came between. `null` for anything that is not a well-formed numeral.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0; // whole 万s already closed
  let section = 0; // the part below 万 being read
  let digit: number | null = null;
  let lastUnit = 0; // the unit just before the pending digit, 0 once a 零 intervenes
  let smallestUnit = Infinity; // units inside a section must come in decreasing order
  let seenWan = false;
  for (const char of text) {
    if (char in DIGITS) {
      if (digit !== null) return null; // "一二" is a digit string, not a numeral
      if (DIGITS[char] === 0) {
        lastUnit = 0;
        continue;
      }
      digit = DIGITS[char];
    } else if (char in UNITS) {
      const unit = UNITS[char];
      // A bare 十 means 一十 ("十五", "一百十"); a bare 百 or 千 is not a numeral on its own.
      if (digit === null && unit !== 10) return null;
      if (unit >= smallestUnit) return null;
      smallestUnit = unit;
      section += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
    } else if (char === '万') {
      if (seenWan) return null;
      section += digit ?? 0;
      if (section === 0) return null;
      total = section * 10_000;
      section = 0;
      digit = null;
      lastUnit = 10_000;
      smallestUnit = Infinity;
      seenWan = true;
    } else {
      return null;
    }
  }
  if (digit !== null) section += lastUnit >= 100 ? (digit * lastUnit) / 10 : digit;
  const value = total + section;
  return value > 0 ? value : null;
}
