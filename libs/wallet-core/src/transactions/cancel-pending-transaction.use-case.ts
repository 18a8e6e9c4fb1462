import { Injectable } from '@nestjs/common';
import { inTransactionWithRetry } from '@okpay/database';
import { Clock } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { AccountDirectory } from '../accounts/account-directory.service';
import { Ledger } from '../ledger/ledger.service';
import { SpendingLimits } from '../limits/spending-limits.service';
import { LedgerEntryEntity } from '../ledger/ledger-entry.entity';
import { TransactionNotCancellableError, WalletResourceNotFoundError } from '../wallet.errors';
import { WalletTransactionEntity } from './wallet-transaction.entity';
import { WalletTransactionRecord } from './wallet-transaction.record';

/**
 * A customer stops a pending transaction. Money already held for it (an outgoing cross-border
 * transfer) goes back by reversing its entries, and what it used of a daily limit is freed; the row
 * stays, failed as `cancelled_by_customer`.
 */
@Injectable()
export class CancelPendingTransactionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountDirectory,
    private readonly ledger: Ledger,
    private readonly limits: SpendingLimits,
    private readonly clock: Clock,
  ) {}

  execute(customerId: string, transactionId: string): Promise<WalletTransactionRecord> {
    return inTransactionWithRetry(this.dataSource, async (manager) => {
      const owned = await manager.findOneBy(WalletTransactionEntity, { id: transactionId, customerId });
      if (!owned) throw new WalletResourceNotFoundError('transaction');
      // Wallet first, then the transaction: the same lock order as every other movement.
      await this.accounts.customerWallet(manager, customerId, owned.currency, true);
      const transaction = await manager.findOneOrFail(WalletTransactionEntity, {
        where: { id: transactionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (transaction.status !== 'pending') throw new TransactionNotCancellableError();

      const held = await manager.find(LedgerEntryEntity, { where: { transactionId } });
      if (held.length > 0) {
        const wallet = await this.accounts.customerWallet(manager, customerId, transaction.currency);
        await this.ledger.post(
          manager,
          transaction.id,
          held.map((entry) => ({
            accountId: entry.accountId,
            amount: -entry.amount,
            currency: entry.currency,
            customerWallet: entry.accountId === wallet.id,
          })),
        );
      }
      await this.limits.takeBackUse(manager, transaction);
      const now = this.clock.now();
      Object.assign(transaction, { status: 'failed', failureCode: 'cancelled_by_customer', updatedAt: now, completedAt: now });
      await manager.save(transaction);
      return transaction;
    });
  }
}
