import { isSupportedCurrency, MINOR_UNIT_EXPONENTS, SUPPORTED_CURRENCIES, toCurrency } from './currency';
import { MoneyError } from './money.error';

describe('currencies', () => {
  it('supports CNY, USD, HKD and EUR, each with two decimal places', () => {
    expect(SUPPORTED_CURRENCIES).toEqual(['CNY', 'USD', 'HKD', 'EUR']);
    for (const currency of SUPPORTED_CURRENCIES) {
      expect(MINOR_UNIT_EXPONENTS[currency]).toBe(2);
    }
  });

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
