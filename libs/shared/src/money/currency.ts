import { MoneyError } from './money.error';

/** Currencies an OKPay wallet can hold, in display order. */
export const SUPPORTED_CURRENCIES = ['CNY', 'USD', 'HKD', 'EUR'] as const;

export type Currency = (typeof SUPPORTED_CURRENCIES)[number];

/**
 * ISO 4217 minor-unit exponent: how many decimal places one minor unit is worth (a JPY-like currency
 * would have 0). Amounts are integer counts of minor units everywhere; this table is the only place
 * that knows how many of them make a major unit.
 */
export const MINOR_UNIT_EXPONENTS: Readonly<Record<Currency, number>> = { CNY: 2, USD: 2, HKD: 2, EUR: 2 };

export function isSupportedCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (SUPPORTED_CURRENCIES as readonly string[]).includes(value);
}

/** Validates a currency code. Codes are upper case as in ISO 4217; `cny` is refused rather than guessed. */
export function toCurrency(value: unknown): Currency {
  if (!isSupportedCurrency(value)) {
    throw new MoneyError('unsupported_currency', `Currency ${String(value)} is not supported.`, {
      currency: value,
      supported: SUPPORTED_CURRENCIES,
    });
  }
  return value;
}
