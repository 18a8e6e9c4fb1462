import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ContactRecord } from './contact.record';

/** Who a ticket is with: a wallet customer when known, or just an email or phone number. */
@Entity('contacts')
export class ContactEntity implements ContactRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { nullable: true })
  customerId!: string | null;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { nullable: true })
  name!: string | null;

  @Column('uuid', { nullable: true })
  mergedInto!: string | null;

  /** The agent who merged this contact into another: the merge's audit beside the moved tickets' trails. */
  @Column('uuid', { nullable: true, select: false })
  mergedBy?: string | null;

  @Column('timestamptz', { nullable: true, select: false })
  mergedAt?: Date | null;

  @Column('timestamptz')
  createdAt!: Date;
}
