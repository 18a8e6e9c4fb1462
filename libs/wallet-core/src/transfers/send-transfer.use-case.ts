import { Injectable } from '@nestjs/common';
import { inTransactionWithRetry, JobScheduler, withRetry } from '@okpay/database';
import { Clock, Currency, formatScaledDecimal, Money } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AccountDirectory } from '../accounts/account-directory.service';
import { IdempotencyStore } from '../idempotency/idempotency-store.service';
import { LedgerLeg } from '../ledger/ledger.service';
import { amountInLimitCurrency, quoteTransfer, RATE_DECIMALS } from '../pricing';
import { BusinessDayCalendar } from '../refunds/business-day-calendar';
import { RiskRules } from '../risk/risk-rules';
import { newTransaction } from '../transactions/new-transaction';
import { newTransactionReference } from '../transactions/transaction-reference';
import { WalletTransactionEntity } from '../transactions/wallet-transaction.entity';
import { WalletTransactionRecord } from '../transactions/wallet-transaction.record';
import {
  CROSS_BORDER_SETTLEMENT_BUSINESS_DAYS,
  SETTLE_CROSS_BORDER_TRANSFER_JOB,
  SettleCrossBorderTransferJobData,
} from './cross-border-settlement';
import { TransferOutcome, TransferRepository } from './transfer-repository';

export interface SendTransferCommand {
  readonly customerId: string;
  readonly recipientEmail: string;
  /** Debited from the sender's wallet in this currency, fee on top. */
  readonly amount: Money;
  readonly toCurrency: Currency;
  readonly crossBorder: boolean;
  readonly idempotencyKey?: string;
  readonly deviceId?: string;
}

/**
 * Sends money to another OKPay customer, in one round trip to the database. Domestic transfers
 * arrive at once; a cross-border one is held (debited, pending) until its settlement job delivers
 * it, and can be cancelled until then.
 */
@Injectable()
export class SendTransferUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transfers: TransferRepository,
    private readonly idempotency: IdempotencyStore,
    private readonly risk: RiskRules,
    private readonly jobs: JobScheduler,
    private readonly calendar: BusinessDayCalendar,
    private readonly clock: Clock,
  ) {}

  async execute(command: SendTransferCommand): Promise<WalletTransactionRecord> {
    const recipientEmail = command.recipientEmail.toLowerCase();
    const idempotency = this.idempotency.keyClaim({
      customerId: command.customerId,
      key: command.idempotencyKey,
      operation: 'transfer',
      body: { recipientEmail, amount: command.amount, toCurrency: command.toCurrency, crossBorder: command.crossBorder },
    });
    const now = idempotency?.now ?? this.clock.now();
    // Worked out before the transaction: the calendar may be read through another pool
    // connection, which must never be awaited while this one holds the wallets' locks.
    const settlesAt = command.crossBorder ? await this.calendar.addBusinessDays(now, CROSS_BORDER_SETTLEMENT_BUSINESS_DAYS) : now;
    const quote = quoteTransfer({ amount: command.amount, toCurrency: command.toCurrency, crossBorder: command.crossBorder });
    const amountCny = amountInLimitCurrency(command.amount).amount;
    const id = randomUUID();
    const reference = newTransactionReference();
    const exchangeRate = formatScaledDecimal(quote.rate.scaledRate, RATE_DECIMALS);
    const attempt = {
      customerId: command.customerId,
      recipientEmail,
      amount: command.amount,
      amountCny,
      toCurrency: command.toCurrency,
      crossBorder: command.crossBorder,
      fee: quote.fee.amount,
      receivedAmount: quote.amountReceived.amount,
      exchangeRate,
      riskRulesApply: this.risk.apply(amountCny),
      deviceId: command.deviceId,
      transactionId: id,
      reference,
      now,
      idempotency,
    };
    const send = (manager: EntityManager) => this.transfers.send(manager, attempt);
    const outcome: TransferOutcome = !command.crossBorder
      ? await withRetry(() => send(this.dataSource.manager))
      : await inTransactionWithRetry(this.dataSource, async (manager) => {
          const recorded = await send(manager);
          if ('status' in recorded && recorded.status === 'pending') {
            await this.jobs.schedule(
              { name: SETTLE_CROSS_BORDER_TRANSFER_JOB, id, data: { transactionId: id } satisfies SettleCrossBorderTransferJobData, startAfter: settlesAt },
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
        type: 'transfer',
        status: outcome.status,
        failureCode: outcome.failureCode,
        amount: command.amount.amount,
        currency: command.amount.currency,
        fee: quote.fee.amount,
        counterpartyCustomerId: outcome.recipientId,
        crossBorder: command.crossBorder,
        receivedAmount: quote.amountReceived.amount,
        receivedCurrency: quote.amountReceived.currency,
        exchangeRate,
        deviceId: command.deviceId ?? null,
        description: outcome.description,
      },
      now,
    );
  }
}

/**
 * Legs that take `amount` (in the transfer's currency) from the sender side and credit the
 * recipient in the currency they receive. A currency exchange passes through the FX account,
 * so each currency balances on its own.
 */
export async function deliveryLegs(
  accounts: AccountDirectory,
  manager: EntityManager,
  transfer: WalletTransactionEntity,
  recipientId: string,
  amount: number,
): Promise<LedgerLeg[]> {
  const from = transfer.currency;
  const to = transfer.receivedCurrency!;
  const received = transfer.receivedAmount!;
  const recipientWallet = await accounts.customerWallet(manager, recipientId, to);
  if (from === to) return [{ accountId: recipientWallet.id, amount, currency: from, customerWallet: true }];
  return [
    { accountId: await accounts.systemAccountId(manager, 'fx', from), amount, currency: from },
    { accountId: await accounts.systemAccountId(manager, 'fx', to), amount: -received, currency: to },
    { accountId: recipientWallet.id, amount: received, currency: to, customerWallet: true },
  ];
}
