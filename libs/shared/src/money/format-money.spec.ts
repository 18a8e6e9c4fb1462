import fc from 'fast-check';
import { SUPPORTED_CURRENCIES } from './currency';
import { parseDecimal, toDecimalString } from './decimal-string';
import { formatMoney } from './format-money';
import { money, signedMoney } from './money';

describe('formatMoney', () => {
  it.each([
    [12050, 'CNY', '¥120.50', 'CNY 120.50'],
    [999, 'USD', 'US$9.99', 'USD 9.99'],
    [10000, 'HKD', 'HK$100.00', 'HKD 100.00'],
    [5, 'EUR', '€0.05', 'EUR 0.05'],
    [0, 'CNY', '¥0.00', 'CNY 0.00'],
    [123456789, 'CNY', '¥1,234,567.89', 'CNY 1,234,567.89'],
    [100000, 'CNY', '¥1,000.00', 'CNY 1,000.00'],
    [99999, 'CNY', '¥999.99', 'CNY 999.99'],
  ])('%p %s → %p (zh-CN) and %p (en)', (amount, currency, zh, en) => {
    expect(formatMoney(money(amount, currency), 'zh-CN')).toBe(zh);
    expect(formatMoney(money(amount, currency), 'en')).toBe(en);
  });

  it('puts the minus sign before the symbol or code', () => {
    expect(formatMoney(signedMoney(-123450, 'CNY'), 'zh-CN')).toBe('-¥1,234.50');
    expect(formatMoney(signedMoney(-123450, 'CNY'), 'en')).toBe('-CNY 1,234.50');
  });

  it('is exact at the top of the safe range, where float division would not be', () => {
    expect(formatMoney(money(Number.MAX_SAFE_INTEGER, 'USD'), 'en')).toBe('USD 90,071,992,547,409.91');
  });

  it('shows the decimal string, grouped, behind the prefix; parsing it back gives the same money', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORTED_CURRENCIES), fc.maxSafeNat(), (currency, amount) => {
        const value = money(amount, currency);
        const shown = formatMoney(value, 'en');
        expect(shown.startsWith(`${currency} `)).toBe(true);
        const digits = shown.slice(4).replaceAll(',', '');
        expect(digits).toBe(toDecimalString(value));
        expect(parseDecimal(digits, currency)).toEqual(value);
        expect(formatMoney(value, 'zh-CN').endsWith(shown.slice(4))).toBe(true);
      }),
    );
  });
});
