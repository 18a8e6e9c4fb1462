import { Locale } from '@okpay/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CannedResponseRecord } from './canned-response.record';

/** A reply agents reuse: a handlebars template over ticket, customer and agent variables. */
@Entity('canned_responses')
export class CannedResponseEntity implements CannedResponseRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  locale!: Locale;

  @Column('text')
  body!: string;

  @Column('timestamptz')
  createdAt!: Date;
}
