import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A wallet customer's password, kept apart from the wallet's own customer record. */
@Entity('customer_credentials')
export class CustomerCredentialEntity {
  @PrimaryColumn('uuid')
  customerId!: string;

  @Column('text')
  passwordHash!: string;

  @Column('timestamptz')
  updatedAt!: Date;
}
