import { Static, Type } from '@sinclair/typebox';

/** The ledger's invariants checked over the whole database; sums are decimal text (they may pass 2^53). */
export const ReconciliationReportViewSchema = Type.Object(
  {
    balanced: Type.Boolean(),
    totalsByCurrency: Type.Array(Type.Object({ currency: Type.String(), debits: Type.String(), credits: Type.String(), net: Type.String() })),
    unbalancedTransactions: Type.Array(Type.String({ format: 'uuid' })),
    walletMismatches: Type.Array(Type.Object({ accountId: Type.String({ format: 'uuid' }), stored: Type.String(), fromEntries: Type.String() })),
  },
  { $id: 'ReconciliationReportView' },
);
export type ReconciliationReportView = Static<typeof ReconciliationReportViewSchema>;
