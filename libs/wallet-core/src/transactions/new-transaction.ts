import { randomUUID } from 'node:crypto';
import { newTransactionReference } from './transaction-reference';
import { WalletTransactionEntity } from './wallet-transaction.entity';

type Required = Pick<WalletTransactionEntity, 'customerId' | 'type' | 'status' | 'amount' | 'currency'>;

/** A transaction row with every optional field empty, timestamps at `now`. */
export function newTransaction(fields: Required & Partial<WalletTransactionEntity>, now: Date): WalletTransactionEntity {
  return Object.assign(new WalletTransactionEntity(), {
    id: randomUUID(),
    reference: newTransactionReference(),
    failureCode: null,
    fee: 0,
    method: null,
    cardMasked: null,
    merchantId: null,
    counterpartyCustomerId: null,
    crossBorder: false,
    receivedAmount: null,
    receivedCurrency: null,
    exchangeRate: null,
    originalTransactionId: null,
    deviceId: null,
    description: null,
    createdAt: now,
    updatedAt: now,
    completedAt: fields.status === 'pending' ? null : now,
    ...fields,
  });
}
