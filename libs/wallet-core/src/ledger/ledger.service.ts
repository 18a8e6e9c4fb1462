import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { EntityManager } from 'typeorm';

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
 * The writer of ledger entries (payments, transfers and top-ups post inside their statement functions,
 * `wallet_make_payment`, `wallet_send_transfer` and `wallet_top_up`, by the same rules). A posting is balanced per currency (double entry); customer
 * wallet balances move in the same database transaction by a conditional update, so a wallet can
 * never go negative however many postings race.
 */
@Injectable()
export class Ledger {
  constructor(private readonly clock: Clock) {}

  async post(manager: EntityManager, transactionId: string, legs: readonly LedgerLeg[]): Promise<void> {
    assertBalanced(legs);
    const entries = legs.filter((leg) => leg.amount !== 0);
    const walletDeltas = new Map<string, number>();
    for (const leg of entries) {
      if (leg.customerWallet) walletDeltas.set(leg.accountId, (walletDeltas.get(leg.accountId) ?? 0) + leg.amount);
    }
    // One statement: the entries and the wallet balances move together, in one round trip.
    const [{ moved }] = await manager.query(
      `WITH entries AS (
         INSERT INTO ledger_entries (transaction_id, account_id, amount, currency, created_at)
         SELECT $1, leg.account_id, leg.amount, leg.currency, $2
         FROM unnest($3::uuid[], $4::bigint[], $5::text[]) AS leg (account_id, amount, currency)
       ), moved AS (
         UPDATE accounts SET balance = accounts.balance + delta.amount
         FROM unnest($6::uuid[], $7::bigint[]) AS delta (account_id, amount)
         WHERE accounts.id = delta.account_id AND accounts.kind = 'customer' AND accounts.balance + delta.amount >= 0
         RETURNING accounts.id
       )
       SELECT count(*)::int AS moved FROM moved`,
      [
        transactionId,
        this.clock.now(),
        entries.map((leg) => leg.accountId),
        entries.map((leg) => leg.amount),
        entries.map((leg) => leg.currency),
        [...walletDeltas.keys()],
        [...walletDeltas.values()],
      ],
    );
    if (moved !== walletDeltas.size) {
      const overdrawn = [...walletDeltas.keys()].join(', ');
      throw new WalletOverdrawnError(overdrawn);
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
