export type EmailDirection = 'inbound' | 'outbound';

/** Inbound: `customer`, `automated` (never answered), `bounce`. Outbound: `acknowledgement`, `agent_reply`, `transcript` (a chat, at the customer's request). */
export type EmailKind = 'customer' | 'automated' | 'bounce' | 'acknowledgement' | 'agent_reply' | 'transcript';

/** Inbound mail is `received`; outbound goes `queued` → `sent`, or `retrying` → `failed`, or `suppressed` (bouncing address). */
export type EmailStatus = 'received' | 'queued' | 'sent' | 'retrying' | 'failed' | 'suppressed';

/** One mail in or out, with what threading, dedupe and delivery need. */
export interface EmailMessageRecord {
  readonly id: string;
  readonly direction: EmailDirection;
  readonly kind: EmailKind;
  readonly ticketId: string | null;
  readonly ticketMessageId: string | null;
  /** The chat a transcript is of. */
  readonly conversationId: string | null;
  /** Without angle brackets. */
  readonly messageId: string;
  readonly contentHash: string | null;
  readonly fromAddress: string;
  readonly toAddress: string;
  readonly subject: string;
  readonly inReplyTo: string | null;
  readonly references: string[];
  /** Inbound: the whole text as received (quotes and signature included), masked. Outbound: the text part. */
  readonly fullText: string | null;
  /** Inbound: sanitized HTML. Outbound: the HTML part. */
  readonly safeHtml: string | null;
  readonly status: EmailStatus;
  /** Why it was handled as it was (loop rule, refused attachment, a claimed thread). */
  readonly note: string | null;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly sentAt: Date | null;
  readonly createdAt: Date;
}
