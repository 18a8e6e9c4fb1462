import { MessageAuthorKind, QuickReply } from '@okpay/contracts';

/** One message of a conversation; `seq` orders it (one more than the one before, per conversation). */
export interface ConversationMessageRecord {
  readonly id: string;
  readonly conversationId: string;
  readonly seq: number;
  readonly authorType: MessageAuthorKind;
  readonly authorId: string | null;
  readonly authorName: string | null;
  /** The sender's idempotency key. */
  readonly clientId: string | null;
  /** Masked (card numbers, one-time codes) before storage. */
  readonly body: string;
  /** A private note: agents only, never sent to a widget. */
  readonly internal: boolean;
  readonly attachmentId: string | null;
  readonly quickReplies: QuickReply[] | null;
  readonly createdAt: Date;
}
