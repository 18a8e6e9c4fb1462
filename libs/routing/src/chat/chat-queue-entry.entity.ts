import { Locale } from '@okpay/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ChatQueueEntryRecord, ChatQueueStatus } from './chat-queue-entry.record';

/** A conversation waiting for, offered to, or owned by an agent. */
@Entity('chat_queue_entries')
export class ChatQueueEntryEntity implements ChatQueueEntryRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  conversationId!: string;

  @Column('uuid', { nullable: true })
  customerId!: string | null;

  @Column('text')
  language!: Locale;

  @Column('text', { nullable: true })
  topic!: string | null;

  @Column('integer')
  priority!: number;

  /** Original arrival, kept across offers, timeouts and requeues: the queue order after priority. */
  @Column('timestamptz')
  arrivedAt!: Date;

  @Column('text')
  status!: ChatQueueStatus;

  @Column('uuid', { nullable: true })
  offeredAgentId!: string | null;

  @Column('timestamptz', { nullable: true })
  offerExpiresAt!: Date | null;

  /** Not offered straight back to this agent, until `passedOverUntil`. */
  @Column('uuid', { nullable: true })
  passedOverAgentId!: string | null;

  @Column('timestamptz', { nullable: true })
  passedOverUntil!: Date | null;

  @Column('uuid', { nullable: true })
  assignedAgentId!: string | null;

  @Column('timestamptz', { nullable: true })
  assignedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  disconnectedAt!: Date | null;

  /** Set when the chat became a phone callback. */
  @Column('uuid', { nullable: true })
  callbackId!: string | null;

  @Column('timestamptz')
  updatedAt!: Date;
}
