export { AmountBelowFeeError } from './amount-below-fee.error';
export {
  applyRate,
  type ConversionOptions,
  convert,
  type ExchangeRate,
  exchangeRate,
  MID_RATES_AS_OF,
  MID_RATES_IN_CNY,
  RATE_DECIMALS,
} from './exchange-rates';
export { calculateFee } from './fee';
export { FEE_SCHEDULE, type FeeRule, type FeeSchedule } from './fee-schedule';
export {
  allowsCrossBorderTransfers,
  amountInLimitCurrency,
  CROSS_BORDER_MINIMUM_TIER,
  KYC_LIMITS,
  LIMIT_CURRENCY_FRACTIONS,
  KYC_TIERS,
  type KycTier,
  type Limit,
  type LimitKind,
  LIMIT_CURRENCY,
  LIMIT_KINDS,
  remainingDailyLimit,
} from './limits';
export {
  type Quote,
  quoteTopUp,
  quoteTransfer,
  type TopUpMethod,
  type TopUpRequest,
  type TransferRequest,
} from './quote';
export { TOP_UP_MINIMUM, VERIFICATION_REVIEW_HOURS, WITHDRAWAL_FEE } from './support-facts';
