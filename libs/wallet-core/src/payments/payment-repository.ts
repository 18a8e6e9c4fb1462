import { Injectable } from '@nestjs/common';
import { preparedQuery, withRetry } from '@okpay/database';
import { Money } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { KeyClaim } from '../idempotency/idempotency-store.service';
import { startOfWalletDay } from '../limits/wallet-day';
import { LIMIT_FRACTIONS_JSON, tierLimitsJson } from '../limits/statement-limits';
import { FailureCode } from '../transactions/wallet-transaction.record';
import { rethrowWalletStatementError } from '../wallet-statement-errors';

/** Payments to merchants in this country are domestic. */
const HOME_COUNTRY = 'CN';

const PAYMENT_LIMITS = tierLimitsJson('payment');

export interface PaymentAttempt {
  readonly customerId: string;
  readonly merchantId: string;
  readonly amount: Money;
  readonly amountCny: number;
  readonly riskRulesApply: boolean;
  readonly deviceId?: string;
  readonly transactionId: string;
  readonly reference: string;
  readonly now: Date;
  readonly idempotency?: KeyClaim;
}

export type PaymentOutcome =
  | { readonly earlierTransactionId: string }
  | { readonly status: 'succeeded' | 'failed'; readonly failureCode: FailureCode | null; readonly crossBorder: boolean; readonly description: string };

/**
 * A payment as one statement, `wallet_make_payment` (migration 1780960000000): key claim, wallet
 * lock, refusals, transaction row, ledger posting, balance and device in one round trip and one
 * transaction. Its coded exceptions come back as the wallet's domain errors.
 */
@Injectable()
export class PaymentRepository {
  constructor(private readonly dataSource: DataSource) {}

  async pay(attempt: PaymentAttempt): Promise<PaymentOutcome> {
    const values = [
      attempt.customerId,
      attempt.merchantId,
      attempt.amount.amount,
      attempt.amount.currency,
      attempt.amountCny,
      PAYMENT_LIMITS,
      LIMIT_FRACTIONS_JSON,
      startOfWalletDay(attempt.now),
      attempt.riskRulesApply,
      attempt.deviceId ?? null,
      HOME_COUNTRY,
      attempt.transactionId,
      attempt.reference,
      randomUUID(),
      attempt.now,
      attempt.idempotency?.key ?? null,
      attempt.idempotency?.requestHash ?? null,
      attempt.idempotency?.expiresAt ?? null,
    ];
    const [row] = await withRetry(() =>
      preparedQuery<{ earlier_transaction_id: string | null; status: 'succeeded' | 'failed'; failure_code: FailureCode | null; cross_border: boolean; description: string }>(
        this.dataSource,
        'wallet.make-payment',
        'SELECT * FROM wallet_make_payment($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)',
        values,
      ).catch(rethrowWalletStatementError),
    );
    if (row.earlier_transaction_id) return { earlierTransactionId: row.earlier_transaction_id };
    return { status: row.status, failureCode: row.failure_code, crossBorder: row.cross_border, description: row.description };
  }
}
