import { Locale } from '@okpay/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { KycTier } from '../pricing';
import { CustomerRecord } from './customer.record';

/** A wallet customer: the person whose money, transactions and verification support is about. */
@Entity('customers')
export class CustomerEntity implements CustomerRecord {
  @PrimaryColumn('uuid')
  id!: string;

  /** Stored lower-case; unique. */
  @Column('text')
  email!: string;

  @Column('text')
  name!: string;

  @Column('text')
  locale!: Locale;

  /** E.164. */
  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { default: 'unverified' })
  kycTier!: KycTier;

  @Column('boolean', { default: false })
  twoFactorEnabled!: boolean;

  /** A frozen account can neither pay nor send; support explains why. */
  @Column('timestamptz', { nullable: true })
  frozenAt!: Date | null;

  @Column('text', { nullable: true })
  frozenReason!: string | null;

  /** Wrong passwords in a row; reset by a successful login. */
  @Column('integer', { default: 0 })
  failedLoginCount!: number;

  /** Until when sign-in from an address the customer never signed in from is paused (see LOGIN_PAUSE_POLICY). */
  @Column('timestamptz', { nullable: true })
  lockedUntil!: Date | null;

  @Column('timestamptz')
  createdAt!: Date;
}
