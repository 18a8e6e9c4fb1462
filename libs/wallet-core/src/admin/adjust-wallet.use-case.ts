import { WalletErrorCode } from '@okpay/contracts';
import { Injectable } from '@nestjs/common';
import { inTransactionWithRetry } from '@okpay/database';
import { Clock, DomainError } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { AccountDirectory } from '../accounts/account-directory.service';
import { Ledger } from '../ledger/ledger.service';
import { newTransaction } from '../transactions/new-transaction';
import { WalletTransactionEntity } from '../transactions/wallet-transaction.entity';
import { WalletAuditLog } from './wallet-audit-log';
import { WalletTransactionRecord } from '../transactions/wallet-transaction.record';

export interface AdjustWalletCommand {
  readonly actorAgentId: string;
  readonly customerId: string;
  /** Signed minor units: positive credits the wallet, negative debits it. */
  readonly amount: number;
  readonly currency: string;
  readonly reason: string;
}

export class AdjustmentWouldOverdrawError extends DomainError<WalletErrorCode> {
  constructor() {
    super('adjustment_would_overdraw', 'The adjustment would take the wallet below zero.');
  }
}

/** An admin's correction of a wallet: booked against the adjustments account, always audited. */
@Injectable()
export class AdjustWalletUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountDirectory,
    private readonly ledger: Ledger,
    private readonly audit: WalletAuditLog,
    private readonly clock: Clock,
  ) {}

  execute(command: AdjustWalletCommand): Promise<WalletTransactionRecord> {
    return inTransactionWithRetry(this.dataSource, async (manager) => {
      const wallet = await this.accounts.customerWallet(manager, command.customerId, command.currency, true);
      if (wallet.balance + command.amount < 0) throw new AdjustmentWouldOverdrawError();
      const adjustment = newTransaction(
        {
          customerId: command.customerId,
          type: 'adjustment',
          status: 'succeeded',
          amount: Math.abs(command.amount),
          currency: command.currency,
          description: command.reason,
        },
        this.clock.now(),
      );
      await manager.insert(WalletTransactionEntity, adjustment);
      await this.ledger.post(manager, adjustment.id, [
        { accountId: wallet.id, amount: command.amount, currency: command.currency, customerWallet: true },
        { accountId: await this.accounts.systemAccountId(manager, 'adjustments', command.currency), amount: -command.amount, currency: command.currency },
      ]);
      await this.audit.record(manager, {
        actorAgentId: command.actorAgentId,
        action: 'adjustment',
        customerId: command.customerId,
        transactionId: adjustment.id,
        details: { amount: command.amount, currency: command.currency, reason: command.reason, balanceBefore: wallet.balance },
      });
      return adjustment;
    });
  }
}
