import { Column, Entity, PrimaryColumn } from 'typeorm';

export type MerchantStatus = 'active' | 'unavailable';

@Entity('merchants')
export class MerchantEntity {
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
