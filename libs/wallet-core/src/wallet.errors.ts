import { WalletErrorCode } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';

/** Unknown, or another customer's: the two are indistinguishable on purpose. */
export class WalletResourceNotFoundError extends DomainError<WalletErrorCode> {
  constructor(what: 'transaction' | 'merchant' | 'account' | 'refund' | 'customer' | 'kyc_submission' | 'recipient') {
    super(`${what}_not_found`, `No such ${what.replace('_', ' ')}.`);
  }
}

export class IdempotencyKeyReusedError extends DomainError<WalletErrorCode> {
  constructor() {
    super('idempotency_key_reused', 'This Idempotency-Key was already used with a different request.');
  }
}

export class InvalidIdempotencyKeyError extends DomainError<WalletErrorCode> {
  constructor() {
    super('invalid_idempotency_key', 'Idempotency-Key must be 1–255 visible ASCII characters.');
  }
}

export class TransactionNotCancellableError extends DomainError<WalletErrorCode> {
  constructor() {
    super('transaction_not_cancellable', 'Only a pending transaction can be cancelled.');
  }
}

export class RefundNotAllowedError extends DomainError<WalletErrorCode> {
  constructor(code: 'not_a_payment' | 'payment_not_succeeded' | 'refund_exceeds_payment', message: string) {
    super(code, message);
  }
}

export class RefundNotReviewableError extends DomainError<WalletErrorCode> {
  constructor() {
    super('refund_not_reviewable', 'Only a requested refund can be approved or rejected.');
  }
}

export class KycSubmissionPendingError extends DomainError<WalletErrorCode> {
  constructor() {
    super('kyc_submission_pending', 'A verification is already being reviewed.');
  }
}

export class KycNotReviewableError extends DomainError<WalletErrorCode> {
  constructor() {
    super('kyc_not_reviewable', 'Only a pending verification can be approved or rejected.');
  }
}

export class KycTierNotHigherError extends DomainError<WalletErrorCode> {
  constructor() {
    super('kyc_tier_not_higher', 'The requested verification level is not above the current one.');
  }
}

export class SelfTransferError extends DomainError<WalletErrorCode> {
  constructor() {
    super('self_transfer', 'Money cannot be sent to your own wallet.');
  }
}

export class TopUpBelowMinimumError extends DomainError<WalletErrorCode> {
  constructor(minimum: string) {
    super('top_up_below_minimum', `The smallest top-up is ${minimum}.`, { minimum });
  }
}
