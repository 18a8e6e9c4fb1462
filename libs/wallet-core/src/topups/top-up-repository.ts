import { Injectable } from '@nestjs/common';
import { preparedQueryIn } from '@okpay/database';
import { Money } from '@okpay/shared';
import { EntityManager } from 'typeorm';
import { KeyClaim } from '../idempotency/idempotency-store.service';
import { LIMIT_FRACTIONS_JSON, tierLimitsJson } from '../limits/statement-limits';
import { startOfWalletDay } from '../limits/wallet-day';
import { TopUpMethod } from '../pricing';
import { FailureCode, TransactionStatus } from '../transactions/wallet-transaction.record';
import { rethrowWalletStatementError } from '../wallet-statement-errors';

const CARD_TOP_UP_LIMITS = tierLimitsJson('card_top_up');

export interface TopUpAttempt {
  readonly customerId: string;
  readonly amount: Money;
  readonly amountCny: number;
  readonly method: TopUpMethod;
  readonly fee: number;
  readonly cardMasked: string | null;
  /** The card network's refusal, if it refused. */
  readonly cardFailure: FailureCode | null;
  readonly transactionId: string;
  readonly reference: string;
  readonly now: Date;
  readonly idempotency?: KeyClaim;
}

export type TopUpOutcome = { readonly earlierTransactionId: string } | { readonly status: TransactionStatus; readonly failureCode: FailureCode | null };

/**
 * A top-up as one statement, `wallet_top_up` (migration 1780991000000): key claim, wallet lock,
 * the card limit, transaction row, limit use, ledger posting and balance. On `manager`'s connection,
 * so a bank transfer's settlement job can join its transaction.
 */
@Injectable()
export class TopUpRepository {
  async topUp(manager: EntityManager, attempt: TopUpAttempt): Promise<TopUpOutcome> {
    const [row] = await preparedQueryIn<{ earlier_transaction_id: string | null; status: TransactionStatus; failure_code: FailureCode | null }>(
      manager,
      'wallet.top-up',
      'SELECT * FROM wallet_top_up($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)',
      [
        attempt.customerId,
        attempt.amount.amount,
        attempt.amount.currency,
        attempt.method,
        attempt.fee,
        attempt.cardMasked,
        attempt.cardFailure,
        attempt.amountCny,
        CARD_TOP_UP_LIMITS,
        LIMIT_FRACTIONS_JSON,
        startOfWalletDay(attempt.now),
        attempt.transactionId,
        attempt.reference,
        attempt.now,
        attempt.idempotency?.key ?? null,
        attempt.idempotency?.requestHash ?? null,
        attempt.idempotency?.expiresAt ?? null,
      ],
    ).catch(rethrowWalletStatementError);
    if (row.earlier_transaction_id) return { earlierTransactionId: row.earlier_transaction_id };
    return { status: row.status, failureCode: row.failure_code };
  }
}
