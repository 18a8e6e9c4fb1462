import { LimitKind } from '../pricing';
import { WalletTransactionRecord } from '../transactions/wallet-transaction.record';

/**
 * The daily limit a transaction uses while it is succeeded or pending: payments, transfers (domestic
 * and cross-border alike) and card top-ups. Refunds, adjustments and bank top-ups use none.
 */
export function limitCountedBy(transaction: Pick<WalletTransactionRecord, 'type' | 'method' | 'status'>): LimitKind | null {
  if (transaction.status === 'failed') return null;
  if (transaction.type === 'payment' || transaction.type === 'transfer') return transaction.type;
  if (transaction.type === 'topup' && transaction.method === 'card') return 'card_top_up';
  return null;
}
