import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ReconciliationReport {
  readonly balanced: boolean;
  /** Per currency, the sum of all entries: zero in a balanced ledger (every debit has its credit). */
  readonly totalsByCurrency: { currency: string; debits: string; credits: string; net: string }[];
  /** Transactions whose own entries do not sum to zero. */
  readonly unbalancedTransactions: string[];
  /** Customer wallets whose stored balance differs from the sum of their entries. */
  readonly walletMismatches: { accountId: string; stored: string; fromEntries: string }[];
}

/** Checks the ledger's invariants over the whole database (admin command and property tests). */
@Injectable()
export class LedgerReconciliation {
  constructor(private readonly dataSource: DataSource) {}

  async run(): Promise<ReconciliationReport> {
    // One snapshot for all three queries, so concurrent postings cannot make a false alarm.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const totals: { currency: string; debits: string; credits: string; net: string }[] = await manager.query(`
        SELECT currency,
               coalesce(sum(-amount) FILTER (WHERE amount < 0), 0)::text AS debits,
               coalesce(sum(amount) FILTER (WHERE amount > 0), 0)::text AS credits,
               sum(amount)::text AS net
        FROM ledger_entries GROUP BY currency ORDER BY currency`);
      const unbalanced: { transaction_id: string }[] = await manager.query(`
        SELECT transaction_id FROM ledger_entries GROUP BY transaction_id, currency HAVING sum(amount) <> 0`);
      const mismatches: { account_id: string; stored: string; from_entries: string }[] = await manager.query(`
        SELECT a.id AS account_id, a.balance::text AS stored, coalesce(sum(e.amount), 0)::text AS from_entries
        FROM accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id
        WHERE a.kind = 'customer'
        GROUP BY a.id, a.balance
        HAVING a.balance <> coalesce(sum(e.amount), 0)`);
      const report: ReconciliationReport = {
        balanced: false,
        totalsByCurrency: totals,
        unbalancedTransactions: [...new Set(unbalanced.map((r) => r.transaction_id))],
        walletMismatches: mismatches.map((m) => ({ accountId: m.account_id, stored: m.stored, fromEntries: m.from_entries })),
      };
      return {
        ...report,
        balanced:
          totals.every((t) => t.net === '0') && report.unbalancedTransactions.length === 0 && report.walletMismatches.length === 0,
      };
    });
  }
}
