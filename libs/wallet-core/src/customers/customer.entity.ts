import { Locale } from '@okpay/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A wallet customer: the person whose money, transactions and verification support is about. */
@Entity('customers')
export class CustomerEntity {
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

  @Column('timestamptz')
  createdAt!: Date;
}
