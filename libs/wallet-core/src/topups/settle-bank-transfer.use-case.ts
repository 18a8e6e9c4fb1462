import { WalletErrorCode } from '@okpay/contracts';
import { Injectable } from '@nestjs/common';
import { inTransactionWithRetry } from '@okpay/database';
import { Clock, DomainError } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { AccountDirectory } from '../accounts/account-directory.service';
import { WalletAuditLog } from '../admin/wallet-audit-log';
import { Ledger } from '../ledger/ledger.service';
import { WalletTransactionEntity } from '../transactions/wallet-transaction.entity';
import { WalletResourceNotFoundError } from '../wallet.errors';
import { WalletTransactionRecord } from '../transactions/wallet-transaction.record';

export type BankTransferOutcome = 'succeeded' | 'bank_rejected';

export class TopUpNotPendingError extends DomainError<WalletErrorCode> {
  constructor() {
    super('transaction_not_pending', 'This top-up is no longer pending.');
  }
}

/** Credits (or fails) a pending bank-transfer top-up: from the settlement job or an admin. */
@Injectable()
export class SettleBankTransferUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountDirectory,
    private readonly ledger: Ledger,
    private readonly audit: WalletAuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * `actorAgentId` absent means the job: a job that finds the top-up already settled or
   * cancelled does nothing, so retries are harmless; an admin gets told.
   */
  execute(transactionId: string, outcome: BankTransferOutcome, actorAgentId?: string): Promise<WalletTransactionRecord> {
    return inTransactionWithRetry(this.dataSource, async (manager) => {
      const found = await manager.findOneBy(WalletTransactionEntity, { id: transactionId, type: 'topup', method: 'bank_transfer' });
      if (!found) throw new WalletResourceNotFoundError('transaction');
      const wallet = await this.accounts.customerWallet(manager, found.customerId, found.currency, true);
      const topUp = await manager.findOneOrFail(WalletTransactionEntity, { where: { id: transactionId }, lock: { mode: 'pessimistic_write' } });
      if (topUp.status !== 'pending') {
        if (actorAgentId) throw new TopUpNotPendingError();
        return topUp;
      }

      const now = this.clock.now();
      if (outcome === 'succeeded') {
        await this.ledger.post(manager, topUp.id, [
          { accountId: await this.accounts.systemAccountId(manager, 'external:bank', topUp.currency), amount: -topUp.amount, currency: topUp.currency },
          { accountId: wallet.id, amount: topUp.amount, currency: topUp.currency, customerWallet: true },
        ]);
      }
      Object.assign(topUp, {
        status: outcome === 'succeeded' ? 'succeeded' : 'failed',
        failureCode: outcome === 'succeeded' ? null : 'bank_rejected',
        updatedAt: now,
        completedAt: now,
      });
      await manager.save(topUp);
      if (actorAgentId) {
        await this.audit.record(manager, {
          actorAgentId,
          action: 'bank_transfer_settlement',
          customerId: topUp.customerId,
          transactionId: topUp.id,
          details: { outcome },
        });
      }
      return topUp;
    });
  }
}
