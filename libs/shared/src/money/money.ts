import { Currency, toCurrency } from './currency';
import { MoneyError } from './money.error';

/**
 * An amount of money: an integer count of minor units (fen, cents) in one currency.
 * `{ amount: 12050, currency: 'CNY' }` is ¥120.50. Never a float.
 */
export interface Money {
  readonly amount: number;
  readonly currency: Currency;
}

/** A non-negative amount: prices, fees, payments, balances, limits — anything a customer types or sees. */
export function money(amount: number, currency: string): Money {
  const checked = signedMoney(amount, currency);
  if (checked.amount < 0) {
    throw new MoneyError('invalid_amount', 'Amount must not be negative.', { amount });
  }
  return checked;
}

/** An amount that may be negative: differences and ledger adjustments. */
export function signedMoney(amount: number, currency: string): Money {
  return { amount: checkedMinorUnits(amount), currency: toCurrency(currency) };
}

/**
 * Builds Money from an exact BigInt intermediate (products, quotients), refusing results that a
 * JavaScript number could not hold exactly.
 */
export function moneyFromBigInt(minorUnits: bigint, currency: Currency): Money {
  if (minorUnits > BigInt(Number.MAX_SAFE_INTEGER) || minorUnits < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw tooLarge(minorUnits);
  }
  return signedMoney(Number(minorUnits), currency);
}

function checkedMinorUnits(amount: number): number {
  if (!Number.isInteger(amount)) {
    // Also catches NaN, ±Infinity and non-numbers smuggled past the type system.
    throw new MoneyError('invalid_amount', 'Amount must be a whole number of minor units.', { amount });
  }
  if (!Number.isSafeInteger(amount)) {
    throw tooLarge(amount);
  }
  return amount === 0 ? 0 : amount; // -0 would otherwise leak into equality checks and JSON.
}

function tooLarge(amount: number | bigint): MoneyError {
  return new MoneyError('amount_too_large', 'Amount is too large to be represented exactly.', {
    amount: String(amount),
  });
}
