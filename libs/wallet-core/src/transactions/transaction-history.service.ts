import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { decodeKeysetCursor, encodeKeysetCursor } from '@okpay/shared';
import { Repository } from 'typeorm';
import { WalletResourceNotFoundError } from '../wallet.errors';
import { WalletTransactionEntity } from './wallet-transaction.entity';
import { WalletTransactionRecord } from './wallet-transaction.record';

export interface TransactionPage {
  readonly items: WalletTransactionRecord[];
  readonly nextCursor: string | null;
}

/** A customer's own transactions, newest first, by keyset pagination. */
@Injectable()
export class TransactionHistory {
  constructor(@InjectRepository(WalletTransactionEntity) private readonly transactions: Repository<WalletTransactionEntity>) {}

  async page(customerId: string, cursor: string | undefined, limit: number): Promise<TransactionPage> {
    const query = this.transactions
      .createQueryBuilder('t')
      .where('t.customerId = :customerId', { customerId })
      .orderBy('t.createdAt', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .take(limit + 1);
    if (cursor) query.andWhere('(t.createdAt, t.id) < (:createdAt, :id)', decodeKeysetCursor(cursor));
    const rows = await query.getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeKeysetCursor(last) : null };
  }

  /** 404 for another customer's transaction as for a missing one. */
  async findOwn(customerId: string, id: string): Promise<WalletTransactionRecord> {
    const transaction = await this.transactions.findOneBy({ id, customerId });
    if (!transaction) throw new WalletResourceNotFoundError('transaction');
    return transaction;
  }

  findOwnByReference(customerId: string, reference: string): Promise<WalletTransactionRecord | null> {
    return this.transactions.findOneBy({ customerId, reference: reference.toUpperCase() });
  }

  recent(customerId: string, limit: number): Promise<WalletTransactionRecord[]> {
    return this.transactions.find({ where: { customerId }, order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
  }
}
