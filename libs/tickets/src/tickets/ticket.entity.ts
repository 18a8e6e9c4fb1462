import { Locale } from '@okpay/contracts';
import { Column, ColumnOptions, Entity, PrimaryColumn } from 'typeorm';
import { PauseInterval, TicketChannel, TicketPriority, TicketRecord, TicketStatus } from './ticket.record';

/** Assigned by the database from a sequence; read back as a number (ticket numbers stay far below 2^53). */
const TICKET_NUMBER: ColumnOptions = {
  insert: false,
  update: false,
  transformer: { to: (value: unknown) => value, from: (value: string) => Number(value) },
};

@Entity('tickets')
export class TicketEntity implements TicketRecord {
  @PrimaryColumn('uuid')
  id!: string;

  /** Human number, shown as `#10042`. */
  @Column('bigint', TICKET_NUMBER)
  number!: number;

  @Column('text')
  subject!: string;

  @Column('text')
  status!: TicketStatus;

  @Column('text')
  priority!: TicketPriority;

  /** The bot's intent id for what the ticket is about. */
  @Column('text', { nullable: true })
  category!: string | null;

  @Column('text', { array: true })
  tags!: string[];

  @Column('text')
  channel!: TicketChannel;

  /** The customer's language, when known: agents who speak it get the ticket. */
  @Column('text', { nullable: true })
  language!: Locale | null;

  @Column('text', { nullable: true })
  groupName!: string | null;

  @Column('uuid', { nullable: true })
  assigneeAgentId!: string | null;

  @Column('uuid')
  contactId!: string;

  /** The wallet customer who owns the ticket, when known: only they may see it. */
  @Column('uuid', { nullable: true })
  customerId!: string | null;

  /** Wallet transaction references (`TX-…`) the ticket is about. */
  @Column('text', { array: true })
  transactionRefs!: string[];

  @Column('uuid', { nullable: true })
  followUpOf!: string | null;

  /** Set on a ticket that was merged into another (it is then closed). */
  @Column('uuid', { nullable: true })
  mergedInto!: string | null;

  /** While pending, the SLA clock stands still. */
  @Column('jsonb')
  slaPauses!: PauseInterval[];

  @Column('timestamptz', { nullable: true })
  firstResponseDueAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  resolutionDueAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  firstRespondedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  solvedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;
}
