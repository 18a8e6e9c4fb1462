import { Injectable } from '@nestjs/common';
import { inTransactionWithRetry, JobScheduler } from '@okpay/database';
import { Clock, Money, toDecimalString } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { AccountDirectory } from '../accounts/account-directory.service';
import { CustomerEntity } from '../customers/customer.entity';
import { IdempotencyStore } from '../idempotency/idempotency-store.service';
import { Ledger } from '../ledger/ledger.service';
import { SpendingLimits } from '../limits/spending-limits.service';
import { amountInLimitCurrency, quoteTopUp, TOP_UP_MINIMUM, TopUpMethod } from '../pricing';
import { TopUpBelowMinimumError } from '../wallet.errors';
import { newTransaction } from '../transactions/new-transaction';
import { WalletTransactionEntity } from '../transactions/wallet-transaction.entity';
import { FailureCode, WalletTransactionRecord } from '../transactions/wallet-transaction.record';
import { BANK_TRANSFER_SETTLEMENT_HOURS, SETTLE_BANK_TRANSFER_JOB, SettleBankTransferJobData } from './bank-transfer-settlement';
import { authorizeCard, CardDetails } from './test-cards';

export interface TopUpCommand {
  readonly customerId: string;
  /** What should land in the wallet; the card fee is charged on top. */
  readonly amount: Money;
  readonly method: TopUpMethod;
  readonly card?: CardDetails;
  readonly idempotencyKey?: string;
}

/**
 * Adds money. A card top-up is decided at once; a bank transfer stays pending until the bank's
 * settlement, a durable job enqueued in the same database transaction.
 */
@Injectable()
export class TopUpUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountDirectory,
    private readonly ledger: Ledger,
    private readonly limits: SpendingLimits,
    private readonly idempotency: IdempotencyStore,
    private readonly jobs: JobScheduler,
    private readonly clock: Clock,
  ) {}

  async execute(command: TopUpCommand): Promise<WalletTransactionRecord> {
    if (amountInLimitCurrency(command.amount).amount < TOP_UP_MINIMUM.amount) {
      throw new TopUpBelowMinimumError(toDecimalString(TOP_UP_MINIMUM));
    }
    const quote = quoteTopUp({ amount: command.amount, method: command.method });
    const request = {
      customerId: command.customerId,
      key: command.idempotencyKey,
      operation: 'topup',
      // The full card number never reaches the idempotency table: its hash is enough to compare.
      body: { amount: command.amount, method: command.method, card: command.card },
    };
    return inTransactionWithRetry(this.dataSource, async (manager) => {
      const earlier = await this.idempotency.claim<{ transactionId: string }>(manager, request);
      if (earlier) return manager.findOneByOrFail(WalletTransactionEntity, { id: earlier.transactionId });

      const wallet = await this.accounts.customerWallet(manager, command.customerId, command.amount.currency, true);
      const customer = await manager.findOneByOrFail(CustomerEntity, { id: command.customerId });
      const now = this.clock.now();

      let failureCode: FailureCode | null = null;
      let cardMasked: string | null = null;
      if (command.method === 'card') {
        const authorization = authorizeCard(command.card, now);
        cardMasked = authorization.masked;
        failureCode =
          authorization.failureCode ??
          ((await this.limits.wouldExceed(manager, customer, 'card_top_up', command.amount)) ? 'limit_exceeded' : null);
      }
      const topUp = newTransaction(
        {
          customerId: customer.id,
          type: 'topup',
          status: failureCode ? 'failed' : command.method === 'card' ? 'succeeded' : 'pending',
          failureCode,
          amount: command.amount.amount,
          currency: command.amount.currency,
          fee: quote.fee.amount,
          method: command.method,
          cardMasked,
        },
        now,
      );
      await manager.insert(WalletTransactionEntity, topUp);
      await this.limits.countUse(manager, topUp);

      if (topUp.status === 'succeeded') {
        const currency = topUp.currency;
        await this.ledger.post(manager, topUp.id, [
          { accountId: await this.accounts.systemAccountId(manager, 'external:card', currency), amount: -quote.totalDebited.amount, currency },
          { accountId: wallet.id, amount: topUp.amount, currency, customerWallet: true },
          { accountId: await this.accounts.systemAccountId(manager, 'fees', currency), amount: topUp.fee, currency },
        ]);
      } else if (topUp.status === 'pending') {
        await this.jobs.schedule(
          {
            name: SETTLE_BANK_TRANSFER_JOB,
            id: topUp.id,
            data: { transactionId: topUp.id } satisfies SettleBankTransferJobData,
            startAfter: new Date(now.getTime() + BANK_TRANSFER_SETTLEMENT_HOURS * 3600_000),
          },
          manager,
        );
      }
      await this.idempotency.complete(manager, request, { transactionId: topUp.id });
      return topUp;
    });
  }
}
