import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../ledger/bigint-column';
import { TopUpMethod } from '../pricing';
import { FailureCode, TransactionStatus, TransactionType, WalletTransactionRecord } from './wallet-transaction.record';

/**
 * A customer-visible money movement, failed attempts included: support explains a failed
 * payment from this row. Successful ones own balanced ledger entries.
 */
@Entity('wallet_transactions')
export class WalletTransactionEntity implements WalletTransactionRecord {
  @PrimaryColumn('uuid')
  id!: string;

  /** Human reference customers quote, e.g. `TX-7KQ2M9XD`. */
  @Column('text')
  reference!: string;

  @Column('uuid')
  customerId!: string;

  @Column('text')
  type!: TransactionType;

  @Column('text')
  status!: TransactionStatus;

  @Column('text', { nullable: true })
  failureCode!: FailureCode | null;

  /** Minor units debited from (or credited to) the customer's wallet, before the fee. */
  @Column('bigint', bigintColumn)
  amount!: number;

  @Column('text')
  currency!: string;

  @Column('bigint', bigintColumn)
  fee!: number;

  @Column('text', { nullable: true })
  method!: TopUpMethod | null;

  /** First 6 / last 4 only; the full number is never stored. */
  @Column('text', { nullable: true })
  cardMasked!: string | null;

  @Column('uuid', { nullable: true })
  merchantId!: string | null;

  @Column('uuid', { nullable: true })
  counterpartyCustomerId!: string | null;

  @Column('boolean')
  crossBorder!: boolean;

  @Column('bigint', { ...bigintColumn, nullable: true })
  receivedAmount!: number | null;

  @Column('text', { nullable: true })
  receivedCurrency!: string | null;

  /** Customer rate applied, as a decimal string (never a float). */
  @Column('text', { nullable: true })
  exchangeRate!: string | null;

  /** For a refund: the payment it gives back. */
  @Column('uuid', { nullable: true })
  originalTransactionId!: string | null;

  @Column('text', { nullable: true })
  deviceId!: string | null;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;

  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;
}
