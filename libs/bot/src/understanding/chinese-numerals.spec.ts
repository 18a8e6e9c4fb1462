import fc from 'fast-check';
import { parseChineseNumeral } from './chinese-numerals';

/** Spells a number the textbook way ("一万零一十"), independently of the parser under test. */
function spell(n: number, useLiang: boolean): string {
  const digits = '零一二三四五六七八九';
  const units = ['', '十', '百', '千'];
  const section = (value: number): string => {
    let out = '';
    let pendingZero = false;
    for (let power = 3; power >= 0; power--) {
      const digit = Math.floor(value / 10 ** power) % 10;
      if (digit === 0) {
        pendingZero = out.length > 0;
        continue;
      }
      if (pendingZero) out += '零';
      pendingZero = false;
      out += digits[digit] + units[power];
    }
    return out;
  };
  const wan = Math.floor(n / 10_000);
  const rest = n % 10_000;
  let out = wan > 0 ? `${section(wan)}万` : '';
  if (rest > 0) out += (wan > 0 && rest < 1000 ? '零' : '') + section(rest);
  out = out.replace(/^一十/, '十');
  return useLiang ? out.replace(/二(?=[百千万])/g, '两') : out;
}

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百零五', 105],
    ['一百一十', 110],
    ['两千', 2000],
    ['一千零一', 1001],
    ['一万零一十', 10_010],
    ['十万', 100_000],
    ['〇', null],
    ['二〇二六', null],
  ])('reads %s as %p', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each([
    ['三千五', 3500],
    ['一万二', 12_000],
    ['两万五', 25_000],
    ['一百五', 150],
    ['一千零五', 1005],
  ])('reads the spoken short form %s as %p (a digit after a unit is the next unit down, unless 零 came between)', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['千', '万', '千万', '万一', '一二', '十百', '百度', '一直', ''])('refuses %p, which is not a numeral', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });

  it('reads back every number from 1 to 99,999 as it is spelled, with 二 or 两', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.boolean(), (n, useLiang) => {
        expect(parseChineseNumeral(spell(n, useLiang))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});
