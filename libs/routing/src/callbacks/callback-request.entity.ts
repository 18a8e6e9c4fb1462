import { Locale } from '@okpay/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CallbackOutcome, CallbackRequestRecord, CallbackStatus } from './callback-request.record';

/** A customer's request to be phoned back, and where it stands. */
@Entity('callback_requests')
export class CallbackRequestEntity implements CallbackRequestRecord {
  @PrimaryColumn('uuid')
  id!: string;

  /** Absent when a visitor who is not signed in asked. */
  @Column('uuid', { nullable: true })
  customerId!: string | null;

  /** E.164. */
  @Column('text')
  phone!: string;

  /** The customer's IANA zone: calls happen in their daytime. */
  @Column('text')
  timeZone!: string;

  @Column('text')
  topic!: string;

  @Column('text')
  locale!: Locale;

  @Column('text', { nullable: true })
  name!: string | null;

  @Column('text')
  status!: CallbackStatus;

  @Column('integer')
  priority!: number;

  @Column('integer')
  attempts!: number;

  /** When the next call should be made. */
  @Column('timestamptz')
  scheduledFor!: Date;

  /** First arrival; the queue order after priority, kept across retries. */
  @Column('timestamptz')
  arrivedAt!: Date;

  @Column('text', { nullable: true })
  lastOutcome!: CallbackOutcome | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;
}
