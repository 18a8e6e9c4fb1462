import { Injectable } from '@nestjs/common';
import { inTransactionWithRetry } from '@okpay/database';
import { Clock, maskSensitiveText } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IdempotencyStore } from '../idempotency/idempotency-store.service';
import { WalletTransactionEntity } from '../transactions/wallet-transaction.entity';
import { RefundNotAllowedError, WalletResourceNotFoundError } from '../wallet.errors';
import { BusinessDayCalendar, REFUND_BUSINESS_DAYS } from './business-day-calendar';
import { RefundRequestEntity } from './refund-request.entity';
import { RefundRequestRecord } from './refund-request.record';
import { claimedRefundAmount } from './refund-requests.repository';

export interface RequestRefundCommand {
  readonly customerId: string;
  readonly transactionId: string;
  readonly reason: string;
  /** Minor units in the payment's currency; absent means everything not yet refunded. */
  readonly amount?: number;
  readonly idempotencyKey?: string;
}

@Injectable()
export class RequestRefundUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: BusinessDayCalendar,
    private readonly idempotency: IdempotencyStore,
    private readonly clock: Clock,
  ) {}

  async execute(command: RequestRefundCommand): Promise<RefundRequestRecord> {
    // Worked out before the transaction: the calendar may be read through another pool
    // connection, which must never be awaited while this one holds locks.
    const now = this.clock.now();
    const expectedBy = await this.calendar.addBusinessDays(now, REFUND_BUSINESS_DAYS.max);
    const request = {
      customerId: command.customerId,
      key: command.idempotencyKey,
      operation: 'refund',
      body: { transactionId: command.transactionId, reason: command.reason, amount: command.amount },
    };
    return inTransactionWithRetry(this.dataSource, async (manager) => {
      const earlier = await this.idempotency.claim<{ refundId: string }>(manager, request);
      if (earlier) return manager.findOneByOrFail(RefundRequestEntity, { id: earlier.refundId });

      // The payment row is locked so two requests cannot together refund more than was paid.
      const payment = await manager.findOne(WalletTransactionEntity, {
        where: { id: command.transactionId, customerId: command.customerId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!payment) throw new WalletResourceNotFoundError('transaction');
      if (payment.type !== 'payment') throw new RefundNotAllowedError('not_a_payment', 'Only a payment to a merchant can be refunded.');
      if (payment.status !== 'succeeded') {
        throw new RefundNotAllowedError('payment_not_succeeded', 'This payment did not go through, so nothing was taken to refund.');
      }
      const refundable = payment.amount - (await claimedRefundAmount(manager, payment.id));
      const amount = command.amount ?? refundable;
      if (amount <= 0 || amount > refundable) {
        throw new RefundNotAllowedError('refund_exceeds_payment', `At most ${refundable} minor units of this payment can still be refunded.`);
      }

      const refund: RefundRequestEntity = {
        id: randomUUID(),
        customerId: command.customerId,
        paymentId: payment.id,
        amount,
        currency: payment.currency,
        reason: maskSensitiveText(command.reason),
        status: 'requested',
        rejectionReason: null,
        expectedBy,
        refundTransactionId: null,
        createdAt: now,
        decidedAt: null,
        completedAt: null,
      };
      await manager.insert(RefundRequestEntity, refund);
      await this.idempotency.complete(manager, request, { refundId: refund.id });
      return refund;
    });
  }
}
