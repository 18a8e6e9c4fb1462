import { Injectable } from '@nestjs/common';
import { inTransactionWithRetry } from '@okpay/database';
import { Clock } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { AccountDirectory } from '../accounts/account-directory.service';
import { Ledger } from '../ledger/ledger.service';
import { WalletTransactionEntity } from '../transactions/wallet-transaction.entity';
import { deliveryLegs } from './send-transfer.use-case';

/** Delivers a held cross-border transfer (the settlement job). Cancelled or settled ones are left alone. */
@Injectable()
export class SettleCrossBorderTransferUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountDirectory,
    private readonly ledger: Ledger,
    private readonly clock: Clock,
  ) {}

  execute(transactionId: string): Promise<void> {
    return inTransactionWithRetry(this.dataSource, async (manager) => {
      const found = await manager.findOneBy(WalletTransactionEntity, { id: transactionId, type: 'transfer', crossBorder: true });
      if (!found || found.status !== 'pending') return;
      await this.accounts.lockWallets(manager, [
        { customerId: found.customerId, currency: found.currency },
        { customerId: found.counterpartyCustomerId!, currency: found.receivedCurrency! },
      ]);
      const transfer = await manager.findOneOrFail(WalletTransactionEntity, { where: { id: transactionId }, lock: { mode: 'pessimistic_write' } });
      if (transfer.status !== 'pending') return;

      const clearing = await this.accounts.systemAccountId(manager, 'external:cross-border', transfer.currency);
      await this.ledger.post(manager, transfer.id, [
        { accountId: clearing, amount: -transfer.amount, currency: transfer.currency },
        ...(await deliveryLegs(this.accounts, manager, transfer, transfer.counterpartyCustomerId!, transfer.amount)),
      ]);
      const now = this.clock.now();
      Object.assign(transfer, { status: 'succeeded', updatedAt: now, completedAt: now });
      await manager.save(transfer);
    });
  }
}
