import { Injectable } from '@nestjs/common';
import { inTransactionWithRetry, JobScheduler, withRetry } from '@okpay/database';
import { Clock, Money, toDecimalString } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { IdempotencyStore } from '../idempotency/idempotency-store.service';
import { amountInLimitCurrency, quoteTopUp, TOP_UP_MINIMUM, TopUpMethod } from '../pricing';
import { newTransaction } from '../transactions/new-transaction';
import { newTransactionReference } from '../transactions/transaction-reference';
import { WalletTransactionEntity } from '../transactions/wallet-transaction.entity';
import { WalletTransactionRecord } from '../transactions/wallet-transaction.record';
import { TopUpBelowMinimumError } from '../wallet.errors';
import { BANK_TRANSFER_SETTLEMENT_HOURS, SETTLE_BANK_TRANSFER_JOB, SettleBankTransferJobData } from './bank-transfer-settlement';
import { authorizeCard, CardDetails } from './test-cards';
import { TopUpOutcome, TopUpRepository } from './top-up-repository';

export interface TopUpCommand {
  readonly customerId: string;
  /** What should land in the wallet; the card fee is charged on top. */
  readonly amount: Money;
  readonly method: TopUpMethod;
  readonly card?: CardDetails;
  readonly idempotencyKey?: string;
}

/**
 * Adds money. A card top-up is decided at once, in one round trip to the database; a bank transfer
 * stays pending until the bank's settlement, a durable job enqueued in the same database transaction.
 */
@Injectable()
export class TopUpUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly topUps: TopUpRepository,
    private readonly idempotency: IdempotencyStore,
    private readonly jobs: JobScheduler,
    private readonly clock: Clock,
  ) {}

  async execute(command: TopUpCommand): Promise<WalletTransactionRecord> {
    const amountCny = amountInLimitCurrency(command.amount).amount;
    if (amountCny < TOP_UP_MINIMUM.amount) {
      throw new TopUpBelowMinimumError(toDecimalString(TOP_UP_MINIMUM));
    }
    const quote = quoteTopUp({ amount: command.amount, method: command.method });
    const idempotency = this.idempotency.keyClaim({
      customerId: command.customerId,
      key: command.idempotencyKey,
      operation: 'topup',
      // The full card number never reaches the idempotency table: its hash is enough to compare.
      body: { amount: command.amount, method: command.method, card: command.card },
    });
    const now = idempotency?.now ?? this.clock.now();
    const authorization = command.method === 'card' ? authorizeCard(command.card, now) : { masked: null, failureCode: null };
    const id = randomUUID();
    const reference = newTransactionReference();
    const attempt = {
      customerId: command.customerId,
      amount: command.amount,
      amountCny,
      method: command.method,
      fee: quote.fee.amount,
      cardMasked: authorization.masked,
      cardFailure: authorization.failureCode,
      transactionId: id,
      reference,
      now,
      idempotency,
    };
    const topUp = (manager: EntityManager) => this.topUps.topUp(manager, attempt);
    const outcome: TopUpOutcome =
      command.method === 'card'
        ? await withRetry(() => topUp(this.dataSource.manager))
        : await inTransactionWithRetry(this.dataSource, async (manager) => {
            const recorded = await topUp(manager);
            if ('status' in recorded && recorded.status === 'pending') {
              await this.jobs.schedule(
                {
                  name: SETTLE_BANK_TRANSFER_JOB,
                  id,
                  data: { transactionId: id } satisfies SettleBankTransferJobData,
                  startAfter: new Date(now.getTime() + BANK_TRANSFER_SETTLEMENT_HOURS * 3600_000),
                },
                manager,
              );
            }
            return recorded;
          });
    if ('earlierTransactionId' in outcome) return this.dataSource.manager.findOneByOrFail(WalletTransactionEntity, { id: outcome.earlierTransactionId });
    return newTransaction(
      {
        id,
        reference,
        customerId: command.customerId,
        type: 'topup',
        status: outcome.status,
        failureCode: outcome.failureCode,
        amount: command.amount.amount,
        currency: command.amount.currency,
        fee: quote.fee.amount,
        method: command.method,
        cardMasked: authorization.masked,
      },
      now,
    );
  }
}
