import { Column, ColumnOptions, Entity, PrimaryColumn } from 'typeorm';
import { MessageAuthorType, TicketMessageRecord } from './ticket-message.record';

/** Assigned by the database; only used to order messages. */
const STORAGE_ORDER: ColumnOptions = { insert: false, update: false, select: false };

/** A message on a ticket. Internal notes are messages customers never see. */
@Entity('ticket_messages')
export class TicketMessageEntity implements TicketMessageRecord {
  @PrimaryColumn('uuid')
  id!: string;

  /** Storage order; assigned by the database. */
  @Column('bigint', STORAGE_ORDER)
  seq?: string;

  @Column('uuid')
  ticketId!: string;

  @Column('text')
  authorType!: MessageAuthorType;

  @Column('uuid', { nullable: true })
  authorId!: string | null;

  /** Card numbers and one-time codes are masked before this is stored. */
  @Column('text')
  body!: string;

  @Column('boolean')
  internal!: boolean;

  @Column('timestamptz')
  createdAt!: Date;
}
