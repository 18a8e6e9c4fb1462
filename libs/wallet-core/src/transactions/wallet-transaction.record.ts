import { TopUpMethod } from '../pricing';

export const TRANSACTION_TYPES = ['topup', 'payment', 'transfer', 'refund', 'adjustment'] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

export type TransactionStatus = 'pending' | 'succeeded' | 'failed';

/** Why an attempt failed; part of the public API and of what the bot explains. */
export const FAILURE_CODES = [
  'insufficient_funds',
  'limit_exceeded',
  'risk_review',
  'merchant_unavailable',
  'account_frozen',
  'card_declined',
  'card_expired',
  'bank_rejected',
  'cancelled_by_customer',
  'recipient_unavailable',
  'verification_required',
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

/**
 * A customer-visible money movement, failed attempts included: support explains a failed
 * payment from this row. Successful ones own balanced ledger entries.
 */
export interface WalletTransactionRecord {
  readonly id: string;
  /** Human reference customers quote, e.g. `TX-7KQ2M9XD`. */
  readonly reference: string;
  readonly customerId: string;
  readonly type: TransactionType;
  readonly status: TransactionStatus;
  readonly failureCode: FailureCode | null;
  /** Minor units debited from (or credited to) the customer's wallet, before the fee. */
  readonly amount: number;
  readonly currency: string;
  readonly fee: number;
  readonly method: TopUpMethod | null;
  /** First 6 / last 4 only; the full number is never stored. */
  readonly cardMasked: string | null;
  readonly merchantId: string | null;
  readonly counterpartyCustomerId: string | null;
  readonly crossBorder: boolean;
  readonly receivedAmount: number | null;
  readonly receivedCurrency: string | null;
  /** Customer rate applied, as a decimal string (never a float). */
  readonly exchangeRate: string | null;
  /** For a refund: the payment it gives back. */
  readonly originalTransactionId: string | null;
  readonly deviceId: string | null;
  readonly description: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly completedAt: Date | null;
}
