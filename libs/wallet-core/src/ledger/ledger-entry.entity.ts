import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintColumn } from './bigint-column';

/** One side of a movement: positive credits the account, negative debits it. */
@Entity('ledger_entries')
export class LedgerEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('uuid')
  transactionId!: string;

  @Column('uuid')
  accountId!: string;

  @Column('bigint', bigintColumn)
  amount!: number;

  @Column('text')
  currency!: string;

  @Column('timestamptz')
  createdAt!: Date;
}
