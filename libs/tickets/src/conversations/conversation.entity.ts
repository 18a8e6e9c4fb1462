import { ConversationStatus, Locale } from '@okpay/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ConversationRecord } from './conversation.record';

/** A live chat between a customer (or an anonymous widget visitor) and the bot and agents. */
@Entity('conversations')
export class ConversationEntity implements ConversationRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { nullable: true })
  customerId!: string | null;

  /** The widget visitor session, for a visitor who is not signed in. */
  @Column('uuid', { nullable: true })
  visitorId!: string | null;

  @Column('text')
  locale!: Locale;

  @Column('text')
  status!: ConversationStatus;

  @Column('integer')
  lastSeq!: number;

  @Column('integer')
  customerReadSeq!: number;

  @Column('integer')
  agentReadSeq!: number;

  @Column('timestamptz', { nullable: true })
  handoffRefusedAt!: Date | null;

  /** The ticket a "leave a message" turned the conversation into. */
  @Column('uuid', { nullable: true })
  ticketId!: string | null;

  @Column('integer', { nullable: true })
  csatScore!: number | null;

  @Column('text', { nullable: true })
  csatComment!: string | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;
}
