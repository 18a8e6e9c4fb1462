import fc from 'fast-check';
import { SUPPORTED_CURRENCIES } from './currency';
import { formatScaledDecimal, parseDecimal, parseScaledDecimal, toDecimalString } from './decimal-string';
import { money, signedMoney } from './money';

describe('parseDecimal', () => {
  it.each([
    ['120.50', 12050],
    ['120.5', 12050],
    ['120', 12000],
    ['0.01', 1],
    ['0', 0],
    ['007.10', 710],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ])('reads %p CNY as %p fen', (text, amount) => {
    expect(parseDecimal(text, 'CNY')).toEqual({ amount, currency: 'CNY' });
  });

  it.each(['120.505', '120.500', '0.001'])('refuses %p: more decimals than CNY has', (text) => {
    expect(() => parseDecimal(text, 'CNY')).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
  });

  it.each(['', ' 1', '1 ', '-1.00', '+1', '.5', '5.', '1,000.00', '1e3', 'NaN', '１２', '0x10'])(
    'refuses %p: not a plain decimal',
    (text) => {
      expect(() => parseDecimal(text, 'CNY')).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
    },
  );

  it('refuses amounts beyond the safe range and unknown currencies', () => {
    expect(() => parseDecimal('90071992547409.92', 'CNY')).toThrow(
      expect.objectContaining({ code: 'amount_too_large' }),
    );
    expect(() => parseDecimal('1.00', 'JPY')).toThrow(expect.objectContaining({ code: 'unsupported_currency' }));
  });
});

describe('scaled decimals at other exponents (JPY-like 0, rates at 8)', () => {
  it('parses and formats with no decimal places', () => {
    expect(parseScaledDecimal('1200', 0)).toBe(1200);
    expect(() => parseScaledDecimal('1200.0', 0)).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
    expect(formatScaledDecimal(1200, 0)).toBe('1200');
    expect(formatScaledDecimal(-7, 0)).toBe('-7');
  });

  it('parses and formats with eight decimal places', () => {
    expect(parseScaledDecimal('7.2', 8)).toBe(720_000_000);
    expect(formatScaledDecimal(13_819_444, 8)).toBe('0.13819444');
  });
});

describe('toDecimalString', () => {
  it.each([
    [12050, '120.50'],
    [5, '0.05'],
    [0, '0.00'],
    [-5, '-0.05'],
    [-12050, '-120.50'],
  ])('writes %p fen as %p', (amount, text) => {
    expect(toDecimalString(signedMoney(amount, 'CNY'))).toBe(text);
  });

  it('round-trips: parse(toDecimalString(m)) = m for every non-negative amount', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORTED_CURRENCIES), fc.maxSafeNat(), (currency, amount) => {
        const value = money(amount, currency);
        expect(parseDecimal(toDecimalString(value), currency)).toEqual(value);
      }),
    );
  });

  it('round-trips: toDecimalString(parse(s)) = s for every canonical decimal string', () => {
    // Every amount up to the largest safe integer of minor units (90071992547409.91).
    const canonical = fc
      .bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) })
      .map((minor) => `${minor / 100n}.${String(minor % 100n).padStart(2, '0')}`);
    fc.assert(
      fc.property(canonical, (text) => {
        expect(toDecimalString(parseDecimal(text, 'EUR'))).toBe(text);
      }),
    );
  });
});
