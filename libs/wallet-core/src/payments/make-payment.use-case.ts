import { Injectable } from '@nestjs/common';
import { inTransactionWithRetry } from '@okpay/database';
import { Clock, Money } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { AccountDirectory } from '../accounts/account-directory.service';
import { CustomerEntity } from '../customers/customer.entity';
import { IdempotencyStore } from '../idempotency/idempotency-store.service';
import { MerchantEntity } from '../merchants/merchant.entity';
import { OutgoingMoney } from '../outgoing/outgoing-money';
import { WalletTransactionEntity } from '../transactions/wallet-transaction.entity';
import { WalletTransactionRecord } from '../transactions/wallet-transaction.record';
import { WalletResourceNotFoundError } from '../wallet.errors';

export interface MakePaymentCommand {
  readonly customerId: string;
  readonly merchantId: string;
  /** Validated: positive, supported currency. */
  readonly amount: Money;
  readonly idempotencyKey?: string;
  readonly deviceId?: string;
}

/**
 * Pays a merchant from the customer's wallet. A refused payment is still recorded, with the
 * reason support will explain; only a successful one moves money.
 */
@Injectable()
export class MakePaymentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountDirectory,
    private readonly outgoing: OutgoingMoney,
    private readonly idempotency: IdempotencyStore,
    private readonly clock: Clock,
  ) {}

  execute(command: MakePaymentCommand): Promise<WalletTransactionRecord> {
    const request = {
      customerId: command.customerId,
      key: command.idempotencyKey,
      operation: 'payment',
      body: { merchantId: command.merchantId, amount: command.amount },
    };
    return inTransactionWithRetry(this.dataSource, async (manager) => {
      const earlier = await this.idempotency.claim<{ transactionId: string }>(manager, request);
      if (earlier) return manager.findOneByOrFail(WalletTransactionEntity, { id: earlier.transactionId });

      const merchant = await manager.findOneBy(MerchantEntity, { id: command.merchantId });
      if (!merchant) throw new WalletResourceNotFoundError('merchant');
      // Every movement of this wallet queues here, so the checks below see a settled balance.
      const wallet = await this.accounts.customerWallet(manager, command.customerId, command.amount.currency, true);
      const customer = await manager.findOneByOrFail(CustomerEntity, { id: command.customerId });

      const payment = await this.outgoing.move(
        manager,
        {
          sender: customer,
          kind: 'payment',
          amount: command.amount,
          debit: command.amount.amount,
          balance: wallet.balance,
          deviceId: command.deviceId,
          payee: { merchantId: merchant.id },
          ownRefusal: merchant.status === 'active' ? null : 'merchant_unavailable',
          acceptedStatus: 'succeeded',
          details: { merchantId: merchant.id, crossBorder: merchant.country !== 'CN', description: merchant.name },
          legs: async (payment) => [
            { accountId: wallet.id, amount: -payment.amount, currency: payment.currency, customerWallet: true },
            { accountId: await this.accounts.merchantAccountId(manager, merchant.id, payment.currency), amount: payment.amount, currency: payment.currency },
          ],
        },
        this.clock.now(),
      );
      await this.idempotency.complete(manager, request, { transactionId: payment.id });
      return payment;
    });
  }
}
