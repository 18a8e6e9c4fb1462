/** Codes raised by @okpay/wallet-core. */
export const WALLET_ERROR_CODES = [
  'transaction_not_found',
  'merchant_not_found',
  'account_not_found',
  'refund_not_found',
  'customer_not_found',
  'kyc_submission_not_found',
  'recipient_not_found',
  'email_already_registered',
  'idempotency_key_reused',
  'invalid_idempotency_key',
  'transaction_not_cancellable',
  'transaction_not_pending',
  'adjustment_would_overdraw',
  'amount_below_fee',
  'not_a_payment',
  'payment_not_succeeded',
  'refund_exceeds_payment',
  'refund_not_reviewable',
  'kyc_submission_pending',
  'kyc_not_reviewable',
  'kyc_tier_not_higher',
  'self_transfer',
  'top_up_below_minimum',
] as const;

export type WalletErrorCode = (typeof WALLET_ERROR_CODES)[number];
