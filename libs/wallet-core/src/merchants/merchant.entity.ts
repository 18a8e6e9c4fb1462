import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MerchantRecord, MerchantStatus } from './merchant.record';

@Entity('merchants')
export class MerchantEntity implements MerchantRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  category!: string;

  /** ISO 3166-1 alpha-2; a merchant abroad makes a payment cross-border. */
  @Column('text')
  country!: string;

  @Column('text')
  status!: MerchantStatus;

  @Column('timestamptz')
  createdAt!: Date;
}
