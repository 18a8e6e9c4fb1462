import {
  BASIS_POINTS_PER_WHOLE,
  Currency,
  divideAndRound,
  MINOR_UNIT_EXPONENTS,
  Money,
  MoneyError,
  moneyFromBigInt,
  parseScaledDecimal,
  RoundingMode,
} from '@okpay/shared';

/** Rates are integers scaled by 10^8: 7.2 is stored as 720_000_000. Eight places exceed any bank quote. */
export const RATE_DECIMALS = 8;
const RATE_SCALE = 10n ** BigInt(RATE_DECIMALS);

/** The date the reference rates below were set; answers quoting a rate say "as of" this. */
export const MID_RATES_AS_OF = '2025-06-30';

/**
 * Reference mid rates: CNY per one unit of each currency, scaled by 10^8. The single source for every
 * pair: cross rates (USD→HKD) are derived from these, so the table can never contradict itself.
 * Illustrative, round values (USD 7.20, HKD 0.92, EUR 7.80) until a rate feed replaces them.
 */
export const MID_RATES_IN_CNY: Readonly<Record<Currency, number>> = {
  CNY: parseScaledDecimal('1', RATE_DECIMALS),
  USD: parseScaledDecimal('7.20', RATE_DECIMALS),
  HKD: parseScaledDecimal('0.92', RATE_DECIMALS),
  EUR: parseScaledDecimal('7.80', RATE_DECIMALS),
};

/** A rate as applied: one major unit of `from` buys `scaledRate / 10^8` major units of `to`. */
export interface ExchangeRate {
  readonly from: Currency;
  readonly to: Currency;
  /** E.g. 716_400_000 = 7.164 CNY per USD. */
  readonly scaledRate: number;
  /** Markup already included in `scaledRate`; 0 for a mid rate. */
  readonly markupBasisPoints: number;
}

export interface ConversionOptions {
  /** 0 converts at mid rate (limit checks, fee bounds); the FX markup for customer conversions. */
  readonly markupBasisPoints: number;
  readonly rounding: RoundingMode;
}

/**
 * The rate from one currency to another, with the markup taken off what the customer receives:
 * mid × (1 − markup). Computed from the CNY table in one exact rational step and rounded down once,
 * to 8 places. Same currency → exactly 1 with no markup: nothing is exchanged, so nothing is charged.
 */
export function exchangeRate(from: Currency, to: Currency, markupBasisPoints: number): ExchangeRate {
  if (from === to) {
    return { from, to, scaledRate: Number(RATE_SCALE), markupBasisPoints: 0 };
  }
  assertMarkup(markupBasisPoints);
  const keptBasisPoints = BigInt(BASIS_POINTS_PER_WHOLE - markupBasisPoints);
  const numerator = BigInt(MID_RATES_IN_CNY[from]) * RATE_SCALE * keptBasisPoints;
  const denominator = BigInt(MID_RATES_IN_CNY[to]) * BigInt(BASIS_POINTS_PER_WHOLE);
  const scaledRate = Number(divideAndRound(numerator, denominator, 'floor'));
  return { from, to, scaledRate, markupBasisPoints };
}

/** Converts `value` (which must be in `rate.from`) at `rate`, rounding to the target's minor unit. */
export function applyRate(value: Money, rate: ExchangeRate, rounding: RoundingMode): Money {
  if (value.currency !== rate.from) {
    throw new MoneyError('currency_mismatch', `A ${rate.from} rate cannot convert ${value.currency}.`, {
      currencies: [value.currency, rate.from],
    });
  }
  // minor_to = minor_from × rate × 10^exp_to / 10^exp_from, kept as one exact fraction.
  const numerator = BigInt(value.amount) * BigInt(rate.scaledRate) * 10n ** BigInt(MINOR_UNIT_EXPONENTS[rate.to]);
  const denominator = RATE_SCALE * 10n ** BigInt(MINOR_UNIT_EXPONENTS[rate.from]);
  return moneyFromBigInt(divideAndRound(numerator, denominator, rounding), rate.to);
}

export function convert(value: Money, to: Currency, options: ConversionOptions): Money {
  return applyRate(value, exchangeRate(value.currency, to, options.markupBasisPoints), options.rounding);
}

function assertMarkup(markupBasisPoints: number): void {
  const isWholeNumber = Number.isSafeInteger(markupBasisPoints);
  if (!isWholeNumber || markupBasisPoints < 0 || markupBasisPoints >= BASIS_POINTS_PER_WHOLE) {
    throw new MoneyError('invalid_basis_points', 'A markup must be a whole number of basis points below 100%.', {
      markupBasisPoints,
    });
  }
}
