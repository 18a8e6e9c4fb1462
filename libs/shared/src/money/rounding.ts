/**
 * How to round an exact quotient to a whole number of minor units. Every division of money names one;
 * there is no default, so each call site states whose favour a fraction goes in.
 * - `floor`: toward −∞.  `ceil`: toward +∞.
 * - `half_up`: to nearest, ties away from zero (0.5 → 1, −0.5 → −1), as on a shop receipt.
 * - `half_even`: to nearest, ties to the even neighbour (banker's rounding), unbiased over many sums.
 */
export type RoundingMode = 'floor' | 'ceil' | 'half_up' | 'half_even';

/** `numerator / denominator` rounded to an integer; exact for any size because it stays in BigInt. */
export function divideAndRound(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator <= 0n) {
    throw new RangeError('Denominator must be positive.');
  }
  const truncated = numerator / denominator; // BigInt division truncates toward zero.
  const remainder = numerator % denominator; // Same sign as the numerator.
  if (remainder === 0n) {
    return truncated;
  }
  const awayFromZero = truncated + (numerator < 0n ? -1n : 1n);
  const twiceRemainder = 2n * (remainder < 0n ? -remainder : remainder);
  switch (mode) {
    case 'floor':
      return numerator < 0n ? awayFromZero : truncated;
    case 'ceil':
      return numerator > 0n ? awayFromZero : truncated;
    case 'half_up':
      return twiceRemainder >= denominator ? awayFromZero : truncated;
    case 'half_even':
      if (twiceRemainder === denominator) {
        return truncated % 2n === 0n ? truncated : awayFromZero;
      }
      return twiceRemainder > denominator ? awayFromZero : truncated;
  }
}
