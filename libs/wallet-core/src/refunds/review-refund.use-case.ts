import { Injectable } from '@nestjs/common';
import { inTransactionWithRetry } from '@okpay/database';
import { Clock } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { AccountDirectory } from '../accounts/account-directory.service';
import { WalletAuditLog } from '../admin/wallet-audit-log';
import { Ledger } from '../ledger/ledger.service';
import { newTransaction } from '../transactions/new-transaction';
import { WalletTransactionEntity } from '../transactions/wallet-transaction.entity';
import { RefundNotReviewableError, WalletResourceNotFoundError } from '../wallet.errors';
import { RefundRequestEntity } from './refund-request.entity';
import { RefundRequestRecord } from './refund-request.record';

export type RefundDecision = { readonly approve: true } | { readonly approve: false; readonly reason: string };

/**
 * A back-office decision on a refund. Approval pays the money back from the merchant's account
 * at once (a `refund` transaction), so the request ends `completed`.
 */
@Injectable()
export class ReviewRefundUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountDirectory,
    private readonly ledger: Ledger,
    private readonly audit: WalletAuditLog,
    private readonly clock: Clock,
  ) {}

  execute(actorAgentId: string, refundId: string, decision: RefundDecision): Promise<RefundRequestRecord> {
    return inTransactionWithRetry(this.dataSource, async (manager) => {
      const found = await manager.findOneBy(RefundRequestEntity, { id: refundId });
      if (!found) throw new WalletResourceNotFoundError('refund');
      const wallet = await this.accounts.customerWallet(manager, found.customerId, found.currency, true);
      const refund = await manager.findOneOrFail(RefundRequestEntity, { where: { id: refundId }, lock: { mode: 'pessimistic_write' } });
      if (refund.status !== 'requested') throw new RefundNotReviewableError();

      const now = this.clock.now();
      refund.decidedAt = now;
      if (!decision.approve) {
        Object.assign(refund, { status: 'rejected', rejectionReason: decision.reason });
      } else {
        const payment = await manager.findOneByOrFail(WalletTransactionEntity, { id: refund.paymentId });
        const repayment = newTransaction(
          {
            customerId: refund.customerId,
            type: 'refund',
            status: 'succeeded',
            amount: refund.amount,
            currency: refund.currency,
            merchantId: payment.merchantId,
            originalTransactionId: payment.id,
            description: payment.description,
          },
          now,
        );
        await manager.insert(WalletTransactionEntity, repayment);
        await this.ledger.post(manager, repayment.id, [
          { accountId: await this.accounts.merchantAccountId(manager, payment.merchantId!, refund.currency), amount: -refund.amount, currency: refund.currency },
          { accountId: wallet.id, amount: refund.amount, currency: refund.currency, customerWallet: true },
        ]);
        Object.assign(refund, { status: 'completed', refundTransactionId: repayment.id, completedAt: now });
      }
      await manager.save(refund);
      await this.audit.record(manager, {
        actorAgentId,
        action: 'refund_review',
        customerId: refund.customerId,
        transactionId: refund.paymentId,
        details: { refundId, decision: refund.status, reason: refund.rejectionReason },
      });
      return refund;
    });
  }
}
