import { Injectable } from '@nestjs/common';
import { Clock, Money } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IdempotencyStore } from '../idempotency/idempotency-store.service';
import { amountInLimitCurrency } from '../pricing';
import { RiskRules } from '../risk/risk-rules';
import { newTransaction } from '../transactions/new-transaction';
import { newTransactionReference } from '../transactions/transaction-reference';
import { WalletTransactionEntity } from '../transactions/wallet-transaction.entity';
import { WalletTransactionRecord } from '../transactions/wallet-transaction.record';
import { PaymentRepository } from './payment-repository';

export interface MakePaymentCommand {
  readonly customerId: string;
  readonly merchantId: string;
  /** Validated: positive, supported currency. */
  readonly amount: Money;
  readonly idempotencyKey?: string;
  readonly deviceId?: string;
}

/**
 * Pays a merchant from the customer's wallet, in one round trip to the database. A refused payment
 * is still recorded, with the reason support will explain; only a successful one moves money.
 */
@Injectable()
export class MakePaymentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly payments: PaymentRepository,
    private readonly idempotency: IdempotencyStore,
    private readonly risk: RiskRules,
    private readonly clock: Clock,
  ) {}

  async execute(command: MakePaymentCommand): Promise<WalletTransactionRecord> {
    const idempotency = this.idempotency.keyClaim({
      customerId: command.customerId,
      key: command.idempotencyKey,
      operation: 'payment',
      body: { merchantId: command.merchantId, amount: command.amount },
    });
    const now = idempotency?.now ?? this.clock.now();
    const amountCny = amountInLimitCurrency(command.amount).amount;
    const id = randomUUID();
    const reference = newTransactionReference();
    const outcome = await this.payments.pay({
      customerId: command.customerId,
      merchantId: command.merchantId,
      amount: command.amount,
      amountCny,
      riskRulesApply: this.risk.apply(amountCny),
      deviceId: command.deviceId,
      transactionId: id,
      reference,
      now,
      idempotency,
    });
    if ('earlierTransactionId' in outcome) return this.dataSource.manager.findOneByOrFail(WalletTransactionEntity, { id: outcome.earlierTransactionId });
    return newTransaction(
      {
        id,
        reference,
        customerId: command.customerId,
        type: 'payment',
        status: outcome.status,
        failureCode: outcome.failureCode,
        amount: command.amount.amount,
        currency: command.amount.currency,
        merchantId: command.merchantId,
        crossBorder: outcome.crossBorder,
        description: outcome.description,
        deviceId: command.deviceId ?? null,
      },
      now,
    );
  }
}
