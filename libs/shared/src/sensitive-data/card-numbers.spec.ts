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
});
