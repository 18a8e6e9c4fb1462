import { Money, moneyFromBigInt } from './money';
import { MoneyError } from './money.error';

/**
 * Splits `total` in proportion to integer `weights` (`[1, 1, 1]` = three equal parts) so that the parts
 * add up to exactly `total`. Each part gets its share rounded toward zero; the minor units left over go
 * one each to the parts that lost the largest fraction (largest-remainder method), earlier parts first on
 * ties. Result: as fair as whole minor units allow, deterministic, and a zero weight always gets zero.
 * A negative total is split like its absolute value, each part negated.
 */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  const weightSum = checkedWeightSum(weights);
  const sign = total.amount < 0 ? -1n : 1n;
  const magnitude = BigInt(Math.abs(total.amount));

  const shares = weights.map((weight, index) => {
    const exact = magnitude * BigInt(weight);
    return { index, amount: exact / weightSum, remainder: exact % weightSum };
  });
  let leftover = magnitude - shares.reduce((sum, share) => sum + share.amount, 0n);

  const byLargestRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byLargestRemainder) {
    if (leftover === 0n) break;
    share.amount += 1n;
    leftover -= 1n;
  }
  return shares.map((share) => moneyFromBigInt(sign * share.amount, total.currency));
}

function checkedWeightSum(weights: readonly number[]): bigint {
  const valid = weights.length > 0 && weights.every((weight) => Number.isSafeInteger(weight) && weight >= 0);
  // BigInt because many large weights could sum past the safe range.
  const sum = valid ? weights.reduce((acc, weight) => acc + BigInt(weight), 0n) : 0n;
  if (sum === 0n) {
    throw new MoneyError('invalid_allocation', 'Weights must be non-negative whole numbers, not all zero.', {
      weights,
    });
  }
  return sum;
}
