import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EmailDirection, EmailKind, EmailMessageRecord, EmailStatus } from './email-message.record';

/** One mail in or out, with what threading, dedupe and delivery need. */
@Entity('email_messages')
export class EmailMessageEntity implements EmailMessageRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  direction!: EmailDirection;

  @Column('text')
  kind!: EmailKind;

  @Column('uuid', { nullable: true })
  ticketId!: string | null;

  @Column('uuid', { nullable: true })
  ticketMessageId!: string | null;

  /** The chat a transcript is of. */
  @Column('uuid', { nullable: true })
  conversationId!: string | null;

  /** Without angle brackets. */
  @Column('text')
  messageId!: string;

  @Column('text', { nullable: true })
  contentHash!: string | null;

  @Column('text')
  fromAddress!: string;

  @Column('text')
  toAddress!: string;

  @Column('text')
  subject!: string;

  @Column('text', { nullable: true })
  inReplyTo!: string | null;

  @Column('text', { array: true })
  references!: string[];

  /** Inbound: the whole text as received (quotes and signature included), masked. Outbound: the text part. */
  @Column('text', { nullable: true })
  fullText!: string | null;

  /** Inbound: sanitized HTML. Outbound: the HTML part. */
  @Column('text', { nullable: true })
  safeHtml!: string | null;

  @Column('text')
  status!: EmailStatus;

  /** Why it was handled as it was (loop rule, refused attachment, a claimed thread). */
  @Column('text', { nullable: true })
  note!: string | null;

  @Column('integer')
  attempts!: number;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;

  @Column('timestamptz')
  createdAt!: Date;
}
