import { Currency, MINOR_UNIT_EXPONENTS, Money, MoneyError, parseDecimal, subtractMoney, SUPPORTED_CURRENCIES } from '@okpay/shared';
import { convert, exchangeRate, RATE_DECIMALS } from './exchange-rates';

/** Identity verification levels, lowest first. */
export const KYC_TIERS = ['unverified', 'basic', 'full'] as const;
export type KycTier = (typeof KYC_TIERS)[number];

/** What a limit applies to. Transfers count domestic and cross-border together. */
export const LIMIT_KINDS = ['card_top_up', 'payment', 'transfer'] as const;
export type LimitKind = (typeof LIMIT_KINDS)[number];

/** All limits are set in CNY; amounts in other currencies are converted to CNY before being checked. */
export const LIMIT_CURRENCY: Currency = 'CNY';

export interface Limit {
  /** Largest single transaction. */
  readonly single: Money;
  /** Largest total per calendar day. */
  readonly daily: Money;
}

const cny = (decimal: string): Money => parseDecimal(decimal, LIMIT_CURRENCY);
const limit = (single: string, daily: string): Limit => ({ single: cny(single), daily: cny(daily) });

/**
 * Limits per tier and kind: the one place these numbers are written.
 * - unverified: card top-ups and payments ¥500 single / ¥1,000 a day (the contract floor is ¥500 a day);
 *   transfers ¥200 / ¥500, because moving money to others is where unverified accounts get abused.
 * - basic: ¥5,000 single / ¥20,000 a day for everything.
 * - full: ¥50,000 single / ¥200,000 a day for everything.
 */
export const KYC_LIMITS: Readonly<Record<KycTier, Readonly<Record<LimitKind, Limit>>>> = {
  unverified: {
    card_top_up: limit('500.00', '1000.00'),
    payment: limit('500.00', '1000.00'),
    transfer: limit('200.00', '500.00'),
  },
  basic: {
    card_top_up: limit('5000.00', '20000.00'),
    payment: limit('5000.00', '20000.00'),
    transfer: limit('5000.00', '20000.00'),
  },
  full: {
    card_top_up: limit('50000.00', '200000.00'),
    payment: limit('50000.00', '200000.00'),
    transfer: limit('50000.00', '200000.00'),
  },
};

/** Cross-border transfers need at least a verified identity (anti-money-laundering rules). */
export const CROSS_BORDER_MINIMUM_TIER: KycTier = 'basic';

export function allowsCrossBorderTransfers(tier: KycTier): boolean {
  return KYC_TIERS.indexOf(tier) >= KYC_TIERS.indexOf(CROSS_BORDER_MINIMUM_TIER);
}

/**
 * `value` as it counts against a limit: converted to CNY at the mid rate (no markup, so the customer is
 * not charged twice for the exchange), rounded up so that rounding can never slip an amount under a limit.
 */
export function amountInLimitCurrency(value: Money): Money {
  return convert(value, LIMIT_CURRENCY, { markupBasisPoints: 0, rounding: 'ceil' });
}

/**
 * The exact fraction `amountInLimitCurrency` multiplies by, per currency, as decimal strings
 * [numerator, denominator]: for a statement that counts limits in SQL and must round the same way.
 */
export const LIMIT_CURRENCY_FRACTIONS = Object.fromEntries(SUPPORTED_CURRENCIES.map((currency) => [currency, limitCurrencyFraction(currency)])) as Readonly<
  Partial<Record<Currency, readonly [string, string]>>
>;

function limitCurrencyFraction(currency: Currency): readonly [string, string] {
  const rate = exchangeRate(currency, LIMIT_CURRENCY, 0);
  const numerator = BigInt(rate.scaledRate) * 10n ** BigInt(MINOR_UNIT_EXPONENTS[LIMIT_CURRENCY]);
  const denominator = 10n ** BigInt(RATE_DECIMALS + MINOR_UNIT_EXPONENTS[currency]);
  return [String(numerator), String(denominator)];
}

/** How much more of `kind` the tier allows today, in CNY, given what was used today (any currency). */
export function remainingDailyLimit(tier: KycTier, kind: LimitKind, usedToday: Money): Money {
  if (usedToday.amount < 0) {
    throw new MoneyError('invalid_amount', 'Usage today cannot be negative.', { usedToday });
  }
  const remaining = subtractMoney(KYC_LIMITS[tier][kind].daily, amountInLimitCurrency(usedToday));
  return remaining.amount > 0 ? remaining : { amount: 0, currency: LIMIT_CURRENCY };
}
