import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { EntityManager } from 'typeorm';
import { LedgerEntryEntity } from './ledger-entry.entity';

export interface LedgerLeg {
  readonly accountId: string;
  /** Minor units: positive credits, negative debits. */
  readonly amount: number;
  readonly currency: string;
  /** Customer wallets keep a stored balance that moves with the entry. */
  readonly customerWallet?: boolean;
}

export class UnbalancedPostingError extends Error {
  constructor(currency: string, sum: number) {
    super(`ledger posting does not balance in ${currency}: legs sum to ${sum}`);
  }
}

/** A customer wallet would go below zero; callers check funds first, so this is a guard. */
export class WalletOverdrawnError extends Error {
  constructor(accountId: string) {
    super(`posting would overdraw customer wallet ${accountId}`);
  }
}

/**
 * The only writer of ledger entries. A posting is balanced per currency (double entry); customer
 * wallet balances move in the same database transaction by a conditional update, so a wallet can
 * never go negative however many postings race.
 */
@Injectable()
export class Ledger {
  constructor(private readonly clock: Clock) {}

  async post(manager: EntityManager, transactionId: string, legs: readonly LedgerLeg[]): Promise<void> {
    assertBalanced(legs);
    const now = this.clock.now();
    const nonZero = legs.filter((leg) => leg.amount !== 0);
    await manager.insert(
      LedgerEntryEntity,
      nonZero.map((leg) => ({ transactionId, accountId: leg.accountId, amount: leg.amount, currency: leg.currency, createdAt: now })),
    );
    for (const leg of nonZero.filter((l) => l.customerWallet)) {
      const updated = await manager.query(
        `UPDATE accounts SET balance = balance + $1 WHERE id = $2 AND kind = 'customer' AND balance + $1 >= 0 RETURNING id`,
        [leg.amount, leg.accountId],
      );
      // TypeORM answers an UPDATE with [rows, rowCount].
      if (updated[1] === 0) throw new WalletOverdrawnError(leg.accountId);
    }
  }
}

export function assertBalanced(legs: readonly LedgerLeg[]): void {
  const sums = new Map<string, number>();
  for (const leg of legs) {
    if (!Number.isSafeInteger(leg.amount)) throw new Error(`ledger amount ${leg.amount} is not a safe integer`);
    sums.set(leg.currency, (sums.get(leg.currency) ?? 0) + leg.amount);
  }
  for (const [currency, sum] of sums) if (sum !== 0) throw new UnbalancedPostingError(currency, sum);
}
