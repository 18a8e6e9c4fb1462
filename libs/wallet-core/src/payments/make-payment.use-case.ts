import { Injectable } from '@nestjs/common';
import { inTransactionWithRetry } from '@okpay/database';
import { Clock, Money } from '@okpay/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AccountDirectory } from '../accounts/account-directory.service';
import { CustomerEntity } from '../customers/customer.entity';
import { IdempotencyStore } from '../idempotency/idempotency-store.service';
import { Ledger } from '../ledger/ledger.service';
import { OutgoingMoneyChecks } from '../limits/outgoing-money-checks';
import { MerchantEntity } from '../merchants/merchant.entity';
import { RiskRules } from '../risk/risk-rules';
import { newTransaction } from '../transactions/new-transaction';
import { WalletTransactionEntity } from '../transactions/wallet-transaction.entity';
import { FailureCode, WalletTransactionRecord } from '../transactions/wallet-transaction.record';
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
    private readonly ledger: Ledger,
    private readonly checks: OutgoingMoneyChecks,
    private readonly risk: RiskRules,
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

      const now = this.clock.now();
      const failureCode = await this.refusal(manager, command, customer, merchant, wallet.balance);
      const payment = newTransaction(
        {
          customerId: customer.id,
          type: 'payment',
          status: failureCode ? 'failed' : 'succeeded',
          failureCode,
          amount: command.amount.amount,
          currency: command.amount.currency,
          merchantId: merchant.id,
          crossBorder: merchant.country !== 'CN',
          deviceId: command.deviceId ?? null,
          description: merchant.name,
        },
        now,
      );
      await manager.insert(WalletTransactionEntity, payment);

      if (!failureCode) {
        await this.ledger.post(manager, payment.id, [
          { accountId: wallet.id, amount: -payment.amount, currency: payment.currency, customerWallet: true },
          { accountId: await this.accounts.merchantAccountId(manager, merchant.id, payment.currency), amount: payment.amount, currency: payment.currency },
        ]);
        await this.risk.rememberDevice(manager, customer.id, command.deviceId, now);
      }
      await this.idempotency.complete(manager, request, { transactionId: payment.id });
      return payment;
    });
  }

  /** The first reason why this payment cannot go through. */
  private async refusal(
    manager: EntityManager,
    command: MakePaymentCommand,
    customer: CustomerEntity,
    merchant: MerchantEntity,
    balance: number,
  ): Promise<FailureCode | null> {
    if (customer.frozenAt) return 'account_frozen';
    if (merchant.status !== 'active') return 'merchant_unavailable';
    return this.checks.refusal(manager, {
      customer,
      kind: 'payment',
      amount: command.amount,
      debit: command.amount.amount,
      balance,
      deviceId: command.deviceId,
      payee: { merchantId: merchant.id },
    });
  }
}
