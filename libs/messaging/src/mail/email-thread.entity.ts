import { Locale } from '@okpay/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An email ticket's thread: where answers go, in which language, and the token of its reply address. */
@Entity('email_threads')
export class EmailThreadEntity {
  @PrimaryColumn('uuid')
  ticketId!: string;

  @Column('text')
  replyToken!: string;

  /** The customer's address, lowercase. */
  @Column('text')
  address!: string;

  @Column('text')
  locale!: Locale;

  @Column('timestamptz')
  createdAt!: Date;
}
