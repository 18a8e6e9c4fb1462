import { MessageAuthorKind, QuickReply } from '@okpay/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ConversationMessageRecord } from './conversation-message.record';

/** One message of a conversation; `seq` orders it (one more than the one before, per conversation). */
@Entity('conversation_messages')
export class ConversationMessageEntity implements ConversationMessageRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  conversationId!: string;

  @Column('integer')
  seq!: number;

  @Column('text')
  authorType!: MessageAuthorKind;

  @Column('uuid', { nullable: true })
  authorId!: string | null;

  @Column('text', { nullable: true })
  authorName!: string | null;

  /** The sender's idempotency key. */
  @Column('text', { nullable: true })
  clientId!: string | null;

  /** Masked (card numbers, one-time codes) before storage. */
  @Column('text')
  body!: string;

  /** A private note: agents only, never sent to a widget. */
  @Column('boolean')
  internal!: boolean;

  @Column('uuid', { nullable: true })
  attachmentId!: string | null;

  @Column('jsonb', { nullable: true })
  quickReplies!: QuickReply[] | null;

  @Column('timestamptz')
  createdAt!: Date;
}
