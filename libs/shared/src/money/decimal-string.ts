import { MINOR_UNIT_EXPONENTS, toCurrency } from './currency';
import { Money, money } from './money';
import { MoneyError } from './money.error';

/** Digits, optionally a point and more digits. No sign, grouping, exponent or surrounding space. */
const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * Parses a plain decimal string into a non-negative integer scaled by 10^fractionDigits:
 * `('120.5', 2)` → 12050. More decimal places than `fractionDigits` are refused, even zeros,
 * so that nothing is ever silently rounded. Works on digit strings only, never through a float.
 */
export function parseScaledDecimal(text: string, fractionDigits: number): number {
  const match = typeof text === 'string' ? PLAIN_DECIMAL.exec(text) : null;
  if (match === null) {
    throw new MoneyError('invalid_amount', 'Amount must be a plain decimal number such as 120.50.', {
      amount: text,
    });
  }
  const [, whole, fraction = ''] = match;
  if (fraction.length > fractionDigits) {
    throw new MoneyError('invalid_amount', `Amount has more than ${fractionDigits} decimal places.`, {
      amount: text,
      maxDecimals: fractionDigits,
    });
  }
  const scaled = BigInt(whole + fraction.padEnd(fractionDigits, '0'));
  if (scaled > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new MoneyError('amount_too_large', 'Amount is too large to be represented exactly.', { amount: text });
  }
  return Number(scaled);
}

/** Inverse of `parseScaledDecimal` (plus sign): `(12050, 2)` → `'120.50'`, `(-5, 2)` → `'-0.05'`. */
export function formatScaledDecimal(value: number, fractionDigits: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value));
  if (fractionDigits === 0) {
    return sign + digits;
  }
  const padded = digits.padStart(fractionDigits + 1, '0');
  return `${sign}${padded.slice(0, -fractionDigits)}.${padded.slice(-fractionDigits)}`;
}

/** `parseDecimal('120.50', 'CNY')` → `{ amount: 12050, currency: 'CNY' }`. Negative input is refused. */
export function parseDecimal(text: string, currency: string): Money {
  const checkedCurrency = toCurrency(currency);
  return money(parseScaledDecimal(text, MINOR_UNIT_EXPONENTS[checkedCurrency]), checkedCurrency);
}

/** The machine form of an amount, exactly as many decimals as the currency has: `'120.50'`, `'-3.00'`. */
export function toDecimalString(value: Money): string {
  return formatScaledDecimal(value.amount, MINOR_UNIT_EXPONENTS[value.currency]);
}
