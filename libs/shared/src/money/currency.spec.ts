import { isSupportedCurrency, toCurrency } from './currency';
import { MoneyError } from './money.error';

describe('currencies', () => {
  it('recognises only exact upper-case supported codes', () => {
    expect(isSupportedCurrency('USD')).toBe(true);
    expect(isSupportedCurrency('usd')).toBe(false);
    expect(isSupportedCurrency('JPY')).toBe(false);
    expect(isSupportedCurrency(42)).toBe(false);
  });

  it('toCurrency refuses unknown codes with unsupported_currency', () => {
    expect(toCurrency('HKD')).toBe('HKD');
    expect(() => toCurrency('GBP')).toThrow(expect.objectContaining({ code: 'unsupported_currency' }));
    expect(() => toCurrency('GBP')).toThrow(MoneyError);
  });
});
