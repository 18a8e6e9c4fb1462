import { Injectable } from '@nestjs/common';
import { preparedQueryIn } from '@okpay/database';
import { Currency, Money } from '@okpay/shared';
import { EntityManager } from 'typeorm';
import { KeyClaim } from '../idempotency/idempotency-store.service';
import { LIMIT_FRACTIONS_JSON, tierLimitsJson } from '../limits/statement-limits';
import { startOfWalletDay } from '../limits/wallet-day';
import { allowsCrossBorderTransfers, KYC_TIERS } from '../pricing';
import { FailureCode, TransactionStatus } from '../transactions/wallet-transaction.record';
import { rethrowWalletStatementError } from '../wallet-statement-errors';

const TRANSFER_LIMITS = tierLimitsJson('transfer');
const CROSS_BORDER_TIERS = KYC_TIERS.filter(allowsCrossBorderTransfers);

export interface TransferAttempt {
  readonly customerId: string;
  /** Lower case, as customers' emails are stored. */
  readonly recipientEmail: string;
  readonly amount: Money;
  readonly amountCny: number;
  readonly toCurrency: Currency;
  readonly crossBorder: boolean;
  readonly fee: number;
  readonly receivedAmount: number;
  readonly exchangeRate: string;
  readonly riskRulesApply: boolean;
  readonly deviceId?: string;
  readonly transactionId: string;
  readonly reference: string;
  readonly now: Date;
  readonly idempotency?: KeyClaim;
}

export type TransferOutcome =
  | { readonly earlierTransactionId: string }
  | { readonly status: TransactionStatus; readonly failureCode: FailureCode | null; readonly recipientId: string; readonly description: string };

/**
 * A transfer as one statement, `wallet_send_transfer` (migration 1780991000000): key claim, both
 * wallets locked, refusals, transaction row, limit use, ledger posting, balances and device. On
 * `manager`'s connection, so a cross-border transfer's settlement job can join its transaction.
 */
@Injectable()
export class TransferRepository {
  async send(manager: EntityManager, attempt: TransferAttempt): Promise<TransferOutcome> {
    const [row] = await preparedQueryIn<{
      earlier_transaction_id: string | null;
      status: TransactionStatus;
      failure_code: FailureCode | null;
      recipient_id: string;
      description: string;
    }>(
      manager,
      'wallet.send-transfer',
      'SELECT * FROM wallet_send_transfer($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)',
      [
        attempt.customerId,
        attempt.recipientEmail,
        attempt.amount.amount,
        attempt.amount.currency,
        attempt.toCurrency,
        attempt.crossBorder,
        attempt.fee,
        attempt.receivedAmount,
        attempt.exchangeRate,
        attempt.amountCny,
        TRANSFER_LIMITS,
        LIMIT_FRACTIONS_JSON,
        startOfWalletDay(attempt.now),
        CROSS_BORDER_TIERS,
        attempt.riskRulesApply,
        attempt.deviceId ?? null,
        attempt.transactionId,
        attempt.reference,
        attempt.now,
        attempt.idempotency?.key ?? null,
        attempt.idempotency?.requestHash ?? null,
        attempt.idempotency?.expiresAt ?? null,
      ],
    ).catch(rethrowWalletStatementError);
    if (row.earlier_transaction_id) return { earlierTransactionId: row.earlier_transaction_id };
    return { status: row.status, failureCode: row.failure_code, recipientId: row.recipient_id, description: row.description };
  }
}
