import fc from 'fast-check';
import { isLuhnValid, maskCardNumbers } from './card-numbers';

/** Appends the Luhn check digit to a digit string. */
function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (isLuhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

describe('maskCardNumbers', () => {
  it('keeps the first 6 and last 4 digits of a card number, with or without separators', () => {
    expect(maskCardNumbers('card 4111111111111111 failed')).toBe('card 411111******1111 failed');
    expect(maskCardNumbers('卡号 6222 0212 3456 7890 128 扣款失败')).toMatch(/卡号 622202\*+0128 扣款失败/);
    expect(maskCardNumbers('5500-0000-0000-0004')).toBe('550000******0004');
  });

  it('leaves numbers that are not Luhn-valid card numbers alone', () => {
    expect(maskCardNumbers('order 4111111111111112')).toBe('order 4111111111111112');
    expect(maskCardNumbers('call +86 138 0013 8000')).toBe('call +86 138 0013 8000');
    expect(maskCardNumbers('TX-20270104-0001 for 350.00')).toBe('TX-20270104-0001 for 350.00');
  });

  it('never lets a Luhn-valid 13–19 digit number through', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9][0-9]{11,17}$/),
        fc.constantFrom('', ' ', '-'),
        fc.string({ maxLength: 8 }).filter((s) => !/\d/.test(s)),
        (body, separator, prefix) => {
          const card = withCheckDigit(body);
          const typed = card.replace(/(\d{4})(?=\d)/g, `$1${separator}`);
          const masked = maskCardNumbers(`${prefix}${typed}!`);
          expect(masked).not.toContain(card);
          expect(masked).toContain(card.slice(0, 6) + '*'.repeat(card.length - 10) + card.slice(-4));
        },
      ),
    );
  });

  it('masks cards written with dots, underscores, slashes, mixed separators and full-width forms, keeping the text around', () => {
    expect(maskCardNumbers('card 4111.1111.1111.1111 please')).toBe('card 411111******1111 please');
    expect(maskCardNumbers('4111_1111_1111_1111')).toBe('411111******1111');
    expect(maskCardNumbers('4111/1111/1111/1111')).toBe('411111******1111');
    expect(maskCardNumbers('4111 - 1111 . 1111_/1111')).toBe('411111******1111');
    expect(maskCardNumbers('卡号４１１１１１１１１１１１１１１１谢谢')).toBe('卡号411111******1111谢谢');
    expect(maskCardNumbers('卡号４１１１－１１１１－１１１１－１１１１。')).toBe('卡号411111******1111。');
    expect(maskCardNumbers('4111\u00a01111\u30001111\u20131111')).toBe('411111******1111');
  });

  it('masks cards with zero-width and other format characters between the digits', () => {
    const zeroWidth = '4111111111111111'.split('').join('\u200b');
    expect(maskCardNumbers(`name ${zeroWidth}!`)).toBe('name 411111******1111!');
    expect(maskCardNumbers('4111\u200d1111\u20601111\ufeff1111\u00ad')).toBe('411111******1111\u00ad');
  });

  it('masks two cards in one run of groups, and a card right after other digits', () => {
    expect(maskCardNumbers('4111 1111 1111 1111 5500 0000 0000 0004')).toBe('411111******1111 550000******0004');
    expect(maskCardNumbers('no. 12 4111 1111 1111 1111')).toBe('no. 12 411111******1111');
  });

  it('still leaves dates, amounts, phone numbers and long references alone', () => {
    for (const text of ['on 2026.11.20 paid 1,200.50', '2026/11/20 12:30', 'call +86 138 0013 8000', 'ref 12345678901234567890123']) {
      expect(maskCardNumbers(text)).toBe(text);
    }
  });

  it('never lets a Luhn-valid number through, whatever digit forms and separators it is typed with', () => {
    const digitForms = [(d: number) => String(d), (d: number) => String.fromCharCode(0xff10 + d), (d: number) => String.fromCodePoint(0x1d7ce + d)];
    const gaps = ['', ' ', '-', '.', '_', '/', '\u200b', '\u200b\u200b', ' - ', '\u3000', '\uff0d', '\u2013', '.\u200b'];
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9][0-9]{11,17}$/),
        fc.array(fc.nat({ max: digitForms.length - 1 }), { minLength: 19, maxLength: 19 }),
        fc.array(fc.constantFrom(...gaps), { minLength: 19, maxLength: 19 }),
        fc.constantFrom('', 'card ', '卡号', 'my card is: '),
        fc.constantFrom('', ' thanks', '，谢谢', '!'),
        (body, forms, separators, prefix, suffix) => {
          const card = withCheckDigit(body);
          const typed = [...card].map((d, i) => digitForms[forms[i]](Number(d)) + (i < card.length - 1 ? separators[i] : '')).join('');
          const masked = maskCardNumbers(`${prefix}${typed}${suffix}`);
          expect(masked).toBe(`${prefix}${card.slice(0, 6)}${'*'.repeat(card.length - 10)}${card.slice(-4)}${suffix}`);
        },
      ),
    );
  });
});
