import { KYC_TIERS } from '@okpay/wallet-core';

const LIMIT_NAMES = KYC_TIERS.flatMap((tier) =>
  ['cardTopUp', 'payment', 'transfer'].flatMap((kind) => ['single', 'daily'].map((period) => `limits.${tier}.${kind}.${period}`)),
);

/**
 * Every fact an article may name (knowledge-base/FACTS.md describes each). A name outside this list
 * fails the knowledge-base load, so a typo never reaches a customer as an empty string.
 */
export const FACT_NAMES: readonly string[] = [
  'support.hours',
  'support.nextOpening',
  'support.hotline',
  'support.email',
  'support.chatLocation',
  'fees.domesticTransfer',
  'fees.crossBorderTransfer',
  'fees.cardTopUp',
  'fees.bankTransferTopUp',
  'fees.withdrawal',
  'fees.fxMarkup',
  ...LIMIT_NAMES,
  'limits.dailyReset',
  'refunds.businessDaysMin',
  'refunds.businessDaysMax',
  'topups.bankTransferHours',
  'topups.minAmount',
  'transfers.crossBorderBusinessDays',
  'transfers.crossBorderMinimumTier',
  'security.longestLoginPauseMinutes',
  'security.maxLoginAttempts',
  'verification.reviewHours',
];
