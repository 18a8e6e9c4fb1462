import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../ledger/bigint-column';
import { AccountKind, AccountRecord, SystemAccountCode } from './account.record';

/**
 * Where money sits. Customer wallets carry `balance`, kept in the same database transaction as
 * their ledger entries; merchant and system accounts derive balances from the entries.
 */
@Entity('accounts')
export class AccountEntity implements AccountRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  kind!: AccountKind;

  @Column('uuid', { nullable: true })
  customerId!: string | null;

  @Column('uuid', { nullable: true })
  merchantId!: string | null;

  /** For system accounts: `external:card`, `external:bank`, `fees`, `fx`, `adjustments`. */
  @Column('text', { nullable: true })
  systemCode!: SystemAccountCode | null;

  @Column('text')
  currency!: string;

  /** Minor units; maintained for customer wallets only. */
  @Column('bigint', bigintColumn)
  balance!: number;

  @Column('timestamptz')
  createdAt!: Date;
}
