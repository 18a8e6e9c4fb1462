import { Injectable } from '@nestjs/common';
import { inTransactionWithRetry, JobScheduler } from '@okpay/database';
import { Clock, Currency, formatScaledDecimal, Money } from '@okpay/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AccountDirectory } from '../accounts/account-directory.service';
import { CustomerEntity } from '../customers/customer.entity';
import { IdempotencyStore } from '../idempotency/idempotency-store.service';
import { LedgerLeg } from '../ledger/ledger.service';
import { OutgoingMoney } from '../outgoing/outgoing-money';
import { allowsCrossBorderTransfers, quoteTransfer, RATE_DECIMALS } from '../pricing';
import { BusinessDayCalendar } from '../refunds/business-day-calendar';
import { WalletTransactionEntity } from '../transactions/wallet-transaction.entity';
import { WalletTransactionRecord } from '../transactions/wallet-transaction.record';
import { SelfTransferError, WalletResourceNotFoundError } from '../wallet.errors';
import {
  CROSS_BORDER_SETTLEMENT_BUSINESS_DAYS,
  SETTLE_CROSS_BORDER_TRANSFER_JOB,
  SettleCrossBorderTransferJobData,
} from './cross-border-settlement';

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
 * Sends money to another OKPay customer. Domestic transfers arrive at once; a cross-border one is
 * held (debited, pending) until its settlement job delivers it, and can be cancelled until then.
 */
@Injectable()
export class SendTransferUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountDirectory,
    private readonly outgoing: OutgoingMoney,
    private readonly idempotency: IdempotencyStore,
    private readonly jobs: JobScheduler,
    private readonly calendar: BusinessDayCalendar,
    private readonly clock: Clock,
  ) {}

  async execute(command: SendTransferCommand): Promise<WalletTransactionRecord> {
    // Worked out before the transaction: the calendar may be read through another pool
    // connection, which must never be awaited while this one holds the wallets' locks.
    const now = this.clock.now();
    const settlesAt = command.crossBorder ? await this.calendar.addBusinessDays(now, CROSS_BORDER_SETTLEMENT_BUSINESS_DAYS) : now;
    const quote = quoteTransfer({ amount: command.amount, toCurrency: command.toCurrency, crossBorder: command.crossBorder });
    const request = {
      customerId: command.customerId,
      key: command.idempotencyKey,
      operation: 'transfer',
      body: { recipientEmail: command.recipientEmail.toLowerCase(), amount: command.amount, toCurrency: command.toCurrency, crossBorder: command.crossBorder },
    };
    return inTransactionWithRetry(this.dataSource, async (manager) => {
      const earlier = await this.idempotency.claim<{ transactionId: string }>(manager, request);
      if (earlier) return manager.findOneByOrFail(WalletTransactionEntity, { id: earlier.transactionId });

      const recipient = await manager.findOneBy(CustomerEntity, { email: command.recipientEmail.toLowerCase() });
      if (!recipient) throw new WalletResourceNotFoundError('recipient');
      if (recipient.id === command.customerId) throw new SelfTransferError();
      // Both wallets, in one lock order: see AccountDirectory.lockWallets.
      const [wallet] = await this.accounts.lockWallets(manager, [
        { customerId: command.customerId, currency: command.amount.currency },
        { customerId: recipient.id, currency: command.toCurrency },
      ]);
      const sender = await manager.findOneByOrFail(CustomerEntity, { id: command.customerId });

      const transfer = await this.outgoing.move(
        manager,
        {
          sender,
          kind: 'transfer',
          amount: command.amount,
          debit: quote.totalDebited.amount,
          balance: wallet.balance,
          deviceId: command.deviceId,
          payee: { customerId: recipient.id },
          ownRefusal: recipient.frozenAt
            ? 'recipient_unavailable'
            : command.crossBorder && !allowsCrossBorderTransfers(sender.kycTier)
              ? 'verification_required'
              : null,
          acceptedStatus: command.crossBorder ? 'pending' : 'succeeded',
          details: {
            fee: quote.fee.amount,
            counterpartyCustomerId: recipient.id,
            crossBorder: command.crossBorder,
            receivedAmount: quote.amountReceived.amount,
            receivedCurrency: quote.amountReceived.currency,
            exchangeRate: formatScaledDecimal(quote.rate.scaledRate, RATE_DECIMALS),
            description: recipient.name,
          },
          legs: async (transfer) => {
            const currency = transfer.currency;
            const debitAndFee: LedgerLeg[] = [
              { accountId: wallet.id, amount: -quote.totalDebited.amount, currency, customerWallet: true },
              { accountId: await this.accounts.systemAccountId(manager, 'fees', currency), amount: quote.fee.amount, currency },
            ];
            // A cross-border transfer is held in clearing until the partner network settles; the settlement job delivers it.
            const onward = command.crossBorder
              ? [{ accountId: await this.accounts.systemAccountId(manager, 'external:cross-border', currency), amount: transfer.amount, currency }]
              : await deliveryLegs(this.accounts, manager, transfer, recipient.id, transfer.amount);
            return [...debitAndFee, ...onward];
          },
        },
        now,
      );
      if (transfer.status === 'pending') {
        await this.jobs.schedule(
          {
            name: SETTLE_CROSS_BORDER_TRANSFER_JOB,
            id: transfer.id,
            data: { transactionId: transfer.id } satisfies SettleCrossBorderTransferJobData,
            startAfter: settlesAt,
          },
          manager,
        );
      }
      await this.idempotency.complete(manager, request, { transactionId: transfer.id });
      return transfer;
    });
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
