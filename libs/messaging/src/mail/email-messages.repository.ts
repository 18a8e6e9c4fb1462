import { preparedQueryIn } from '@okpay/database';
import { EntityManager } from 'typeorm';
import { EmailKind } from './email-message.record';
import { EmailThreadEntity } from './email-thread.entity';

/** An inbound mail as stored: text fields already masked, HTML already made safe. */
export interface InboundEmailRow {
  readonly id: string;
  readonly kind: EmailKind;
  readonly messageId: string;
  readonly contentHash: string | null;
  readonly fromAddress: string;
  readonly toAddress: string;
  readonly subject: string;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  readonly fullText: string;
  readonly safeHtml: string | null;
  readonly note: string | null;
  readonly receivedAt: Date;
  /** Mail from the address itself shows it works again: a bouncing mark on it is cleared when the mail is new. */
  readonly showsDelivering: boolean;
  /** The ticket the mail is filed under, and the ticket message it became, when it became one. */
  readonly ticket?: { readonly ticketId: string; readonly ticketMessageId: string | null };
  /** The email thread the mail opens for its ticket (a new ticket's, or a follow-up's). */
  readonly thread?: EmailThreadEntity;
}

/**
 * @returns whether the mail was stored: false when this exact message was stored before. One
 * prepared statement with the sender's bouncing mark and the thread the mail opens, as each round
 * trip on the SMTP path delays the 250.
 */
export async function insertInboundEmailOnce(manager: EntityManager, row: InboundEmailRow): Promise<boolean> {
  const rows = await preparedQueryIn<{ id: string }>(
    manager,
    'messaging.insert-inbound-email',
    `WITH inserted AS (
       INSERT INTO email_messages (id, direction, kind, message_id, content_hash, from_address, to_address, subject, in_reply_to, "references",
         full_text, safe_html, status, note, attempts, created_at, ticket_id, ticket_message_id)
       VALUES ($1, 'inbound', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'received', $12, 0, $13, $15, $16)
       ON CONFLICT (message_id, content_hash) WHERE direction = 'inbound' DO NOTHING RETURNING id
     ), delivering AS (
       UPDATE email_addresses SET bouncing_since = NULL, bounce_reason = NULL
       WHERE $14 AND address = $5 AND bouncing_since IS NOT NULL AND EXISTS (SELECT 1 FROM inserted)
     ), thread AS (
       INSERT INTO email_threads (ticket_id, reply_token, address, locale, created_at)
       SELECT $17::uuid, $18::text, $19::text, $20::text, $21::timestamptz WHERE $17::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM inserted)
     )
     SELECT id FROM inserted`,
    [
      row.id,
      row.kind,
      row.messageId,
      row.contentHash,
      row.fromAddress,
      row.toAddress,
      row.subject,
      row.inReplyTo,
      row.references,
      row.fullText,
      row.safeHtml,
      row.note,
      row.receivedAt,
      row.showsDelivering,
      row.ticket?.ticketId ?? null,
      row.ticket?.ticketMessageId ?? null,
      row.thread?.ticketId ?? null,
      row.thread?.replyToken ?? null,
      row.thread?.address ?? null,
      row.thread?.locale ?? null,
      row.thread?.createdAt ?? null,
    ],
  );
  return rows.length > 0;
}

/** Files the mail under its ticket, and under the ticket message it became when it became one. */
export async function linkEmailToTicket(manager: EntityManager, emailId: string, ticketId: string, ticketMessageId: string | null): Promise<void> {
  await manager.query(`UPDATE email_messages SET ticket_id = $2, ticket_message_id = $3 WHERE id = $1`, [emailId, ticketId, ticketMessageId]);
}

/** Marks our mails with these Message-IDs to `address` failed, with the bounce's reason. */
export async function failBouncedEmails(manager: EntityManager, messageIds: readonly string[], address: string, error: string): Promise<void> {
  await manager.query(`UPDATE email_messages SET status = 'failed', last_error = $3 WHERE direction = 'outbound' AND message_id = ANY($1) AND to_address = $2`, [
    messageIds,
    address,
    error,
  ]);
}

/** What the triage job needs of the mail that opened a ticket. */
export interface MailToTriage {
  readonly ticketId: string;
  readonly messageId: string;
  readonly references: string[];
  readonly fullText: string;
}

/**
 * Claims an inbound mail for its triage, locked until the caller's transaction ends: a second run
 * (a retry after the first committed, or one running beside it) finds it claimed and gets `null`.
 */
export async function claimMailForTriage(manager: EntityManager, emailId: string, now: Date): Promise<MailToTriage | null> {
  // An UPDATE answers [rows, affected count].
  const [rows]: [{ ticket_id: string; message_id: string; references: string[]; full_text: string | null }[], number] = await manager.query(
    `UPDATE email_messages SET triaged_at = $2 WHERE id = $1 AND triaged_at IS NULL AND ticket_id IS NOT NULL
     RETURNING ticket_id, message_id, "references", full_text`,
    [emailId, now],
  );
  const [row] = rows;
  return row ? { ticketId: row.ticket_id, messageId: row.message_id, references: row.references, fullText: row.full_text ?? '' } : null;
}
