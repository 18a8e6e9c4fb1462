import { Injectable } from '@nestjs/common';
import { Locale } from '@okpay/contracts';
import { preparedQueryIn } from '@okpay/database';
import { Clock } from '@okpay/shared';
import { EntityManager } from 'typeorm';
import { newReplyToken } from '../addresses/support-addresses';
import { EmailThreadEntity } from './email-thread.entity';

export type ThreadMethod = 'reply_token' | 'message_id' | 'subject_number';

/** What in a received mail can tie it to a ticket; `null` or empty when it has none. */
export interface ThreadPointers {
  readonly token: string | null;
  readonly messageIds: readonly string[];
  readonly ticketNumber: string | null;
}

export interface ThreadCandidate {
  readonly via: ThreadMethod;
  /** The ticket the pointer names. */
  readonly threadTicketId: string;
  /** Where that thread continues: the same ticket, or the one it was merged into. */
  readonly ticketId: string;
  readonly contactId: string;
}

/** References kept on an outgoing mail: enough for every client to thread, short enough for any header. */
const MAX_REFERENCES = 20;

/** Email threads of tickets and the Message-IDs that tie mails to them. */
@Injectable()
export class EmailThreads {
  constructor(private readonly clock: Clock) {}

  async open(manager: EntityManager, ticketId: string, address: string, locale: Locale): Promise<EmailThreadEntity> {
    const thread = this.newThread(ticketId, address, locale);
    await manager.insert(EmailThreadEntity, thread);
    return thread;
  }

  /** A ticket's thread as `open` stores it, for a caller that stores it with its own statement. */
  newThread(ticketId: string, address: string, locale: Locale): EmailThreadEntity {
    return { ticketId, replyToken: newReplyToken(), address: address.toLowerCase(), locale, createdAt: this.clock.now() };
  }

  forTicket(manager: EntityManager, ticketId: string): Promise<EmailThreadEntity | null> {
    return manager.findOneBy(EmailThreadEntity, { ticketId });
  }

  /**
   * The tickets a received mail points at, strongest first: its reply-address token, the most
   * recent stored mail among its Message-IDs, the ticket number in its subject. Each with the
   * ticket it continues in now (the one it was merged into, if so) and that ticket's contact.
   * One statement for all three.
   */
  async candidates(manager: EntityManager, pointers: ThreadPointers): Promise<ThreadCandidate[]> {
    // Most new threads point at nothing: no round trip for them.
    if (pointers.token === null && pointers.messageIds.length === 0 && pointers.ticketNumber === null) return [];
    const rows = await preparedQueryIn<CandidateRow>(
      manager,
      'messaging.thread-candidates',
      `WITH ${POINTED} SELECT ${CANDIDATE_COLUMNS} FROM ${CANDIDATES} ORDER BY p.rank`,
      [pointers.token, pointers.messageIds, pointers.ticketNumber],
    );
    return rows.map(toCandidate);
  }

  /**
   * The same candidates, read before the mail's transaction together with whether this exact
   * message (`messageId` and `contentHash`) is stored already: one round trip for both.
   * @returns `'stored'` for a second delivery of a stored message.
   */
  async candidatesUnlessStored(
    manager: EntityManager,
    pointers: ThreadPointers,
    mail: { readonly messageId: string; readonly contentHash: string },
  ): Promise<ThreadCandidate[] | 'stored'> {
    const [row] = await preparedQueryIn<{ stored: boolean; candidates: CandidateRow[] }>(
      manager,
      'messaging.thread-candidates-unless-stored',
      `WITH ${POINTED}
       SELECT EXISTS (SELECT 1 FROM email_messages WHERE direction = 'inbound' AND message_id = $4 AND content_hash = $5) AS stored,
         COALESCE((SELECT json_agg(c ORDER BY c.rank) FROM (SELECT p.rank, ${CANDIDATE_COLUMNS} FROM ${CANDIDATES}) c), '[]') AS candidates`,
      [pointers.token, pointers.messageIds, pointers.ticketNumber, mail.messageId, mail.contentHash],
    );
    return row.stored ? 'stored' : row.candidates.map(toCandidate);
  }

  /** Message-IDs of the ticket's mails, oldest first (the `References` of the next one), and the customer's latest. */
  async history(manager: EntityManager, ticketId: string): Promise<{ references: string[]; lastInbound: string | null }> {
    const rows: { message_id: string; direction: string }[] = await manager.query(
      `SELECT message_id, direction FROM (
         SELECT message_id, direction, created_at, id FROM email_messages
         WHERE ticket_id = $1 AND kind IN ('customer', 'acknowledgement', 'agent_reply')
         ORDER BY created_at DESC, id DESC LIMIT $2
       ) recent ORDER BY created_at, id`,
      [ticketId, MAX_REFERENCES],
    );
    const inbound = rows.filter((r) => r.direction === 'inbound');
    return { references: rows.map((r) => r.message_id), lastInbound: inbound.at(-1)?.message_id ?? null };
  }
}

/** What a mail's pointers name, ranked: over $1 (reply token), $2 (Message-IDs), $3 (ticket number). */
const POINTED = `pointed (rank, via, ticket_id) AS (
  SELECT 1, 'reply_token', ticket_id FROM email_threads WHERE reply_token = $1::text
  UNION ALL
  (SELECT 2, 'message_id', ticket_id FROM email_messages WHERE message_id = ANY($2::text[]) AND ticket_id IS NOT NULL ORDER BY created_at DESC LIMIT 1)
  UNION ALL
  SELECT 3, 'subject_number', id FROM tickets WHERE number = $3::bigint
)`;
const CANDIDATES = 'pointed p JOIN tickets t ON t.id = p.ticket_id LEFT JOIN tickets merged ON merged.id = t.merged_into';
const CANDIDATE_COLUMNS =
  'p.via, p.ticket_id AS thread_ticket_id, COALESCE(merged.id, t.id) AS ticket_id, COALESCE(merged.contact_id, t.contact_id) AS contact_id';

interface CandidateRow {
  readonly via: ThreadMethod;
  readonly thread_ticket_id: string;
  readonly ticket_id: string;
  readonly contact_id: string;
}

function toCandidate(row: CandidateRow): ThreadCandidate {
  return { via: row.via, threadTicketId: row.thread_ticket_id, ticketId: row.ticket_id, contactId: row.contact_id };
}
