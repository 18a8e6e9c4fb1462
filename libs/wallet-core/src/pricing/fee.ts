import { compareMoney, Money, percentOf, RoundingMode } from '@okpay/shared';
import { convert } from './exchange-rates';
import { FeeRule } from './fee-schedule';

/** Half a fen or more rounds up, less rounds down: the rule customers expect from a receipt. */
const FEE_ROUNDING: RoundingMode = 'half_up';

/**
 * The fee for `amount` under `rule`, in the amount's currency: the percentage, raised to the minimum,
 * lowered to the maximum. CNY bounds are converted at mid rate (no markup, half-up), so a USD
 * sender's minimum is the USD equivalent of ¥10.00 rather than a separately typed number.
 */
export function calculateFee(rule: FeeRule, amount: Money): Money {
  const percentage = percentOf(amount, rule.basisPoints, FEE_ROUNDING);
  const atLeastMinimum = larger(percentage, inCurrencyOf(rule.minimum, amount));
  return rule.maximum === null ? atLeastMinimum : smaller(atLeastMinimum, inCurrencyOf(rule.maximum, amount));
}

function inCurrencyOf(bound: Money, amount: Money): Money {
  return convert(bound, amount.currency, { markupBasisPoints: 0, rounding: FEE_ROUNDING });
}

function larger(a: Money, b: Money): Money {
  return compareMoney(a, b) >= 0 ? a : b;
}

function smaller(a: Money, b: Money): Money {
  return compareMoney(a, b) <= 0 ? a : b;
}
