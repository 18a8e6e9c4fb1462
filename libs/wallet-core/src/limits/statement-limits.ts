import { KYC_LIMITS, KYC_TIERS, LIMIT_CURRENCY_FRACTIONS, LimitKind } from '../pricing';

/**
 * The limits as the wallet's statement functions read them, so the numbers stay written once in
 * `pricing/limits.ts`: each tier's single and daily limit of a kind in CNY minor units, and the
 * rates to CNY as [numerator, denominator] per currency (`wallet_limit_used`).
 */
export function tierLimitsJson(kind: LimitKind): string {
  return JSON.stringify(Object.fromEntries(KYC_TIERS.map((tier) => [tier, { single: KYC_LIMITS[tier][kind].single.amount, daily: KYC_LIMITS[tier][kind].daily.amount }])));
}

export const LIMIT_FRACTIONS_JSON = JSON.stringify(LIMIT_CURRENCY_FRACTIONS);
