import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../ledger/bigint-column';
import { RefundRequestRecord, RefundStatus } from './refund-request.record';

/** A customer's request to get (part of) a payment back. */
@Entity('refund_requests')
export class RefundRequestEntity implements RefundRequestRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  customerId!: string;

  @Column('uuid')
  paymentId!: string;

  @Column('bigint', bigintColumn)
  amount!: number;

  @Column('text')
  currency!: string;

  @Column('text')
  reason!: string;

  @Column('text')
  status!: RefundStatus;

  @Column('text', { nullable: true })
  rejectionReason!: string | null;

  /** The last business day by which the money should be back, on the support calendar. */
  @Column('timestamptz')
  expectedBy!: Date;

  @Column('uuid', { nullable: true })
  refundTransactionId!: string | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;
}
