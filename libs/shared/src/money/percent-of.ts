import { Money, moneyFromBigInt } from './money';
import { MoneyError } from './money.error';
import { divideAndRound, RoundingMode } from './rounding';

/** 10,000 basis points make 100%; 1 bp = 0.01%. Percentages are always integers of basis points. */
export const BASIS_POINTS_PER_WHOLE = 10_000;

/** `basisPoints` of `value` (60 bp of ¥100.00 = ¥0.60), rounded as told. BigInt keeps the product exact. */
export function percentOf(value: Money, basisPoints: number, rounding: RoundingMode): Money {
  if (!Number.isSafeInteger(basisPoints) || basisPoints < 0) {
    throw new MoneyError('invalid_basis_points', 'Basis points must be a non-negative whole number.', {
      basisPoints,
    });
  }
  const product = BigInt(value.amount) * BigInt(basisPoints);
  return moneyFromBigInt(divideAndRound(product, BigInt(BASIS_POINTS_PER_WHOLE), rounding), value.currency);
}
