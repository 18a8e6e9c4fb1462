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
    const pointed = pointedBy(pointers);
    // Most new threads point at nothing: no round trip for them.
    if (!pointed) return [];
    const rows = await preparedQueryIn<CandidateRow>(
      manager,
      `messaging.thread-candidates.${pointed.key}`,
      `WITH ${pointed.cte} SELECT ${CANDIDATE_COLUMNS} FROM ${CANDIDATES} ORDER BY p.rank`,
      pointed.values,
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
    const stored = `EXISTS (SELECT 1 FROM email_messages WHERE direction = 'inbound' AND message_id = $1 AND content_hash = $2) AS stored`;
    const pointed = pointedBy(pointers, 3);
    const [row] = pointed
      ? await preparedQueryIn<{ stored: boolean; candidates: CandidateRow[] }>(
          manager,
          `messaging.thread-candidates-unless-stored.${pointed.key}`,
          `WITH ${pointed.cte}
           SELECT ${stored}, COALESCE((SELECT json_agg(c ORDER BY c.rank) FROM (SELECT p.rank, ${CANDIDATE_COLUMNS} FROM ${CANDIDATES}) c), '[]') AS candidates`,
          [mail.messageId, mail.contentHash, ...pointed.values],
        )
      : await preparedQueryIn<{ stored: boolean; candidates: CandidateRow[] }>(manager, 'messaging.inbound-email-stored', `SELECT ${stored}, '[]'::json AS candidates`, [
          mail.messageId,
          mail.contentHash,
        ]);
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

/** Message-IDs a mail's candidates are looked up by one parameter each; more go as one array. */
const MESSAGE_ID_PARAMETERS = 8;

/**
 * What a mail's pointers name, ranked, as a CTE `pointed` over parameters numbered from `first`;
 * `null` when it has none. Only the pointers the mail has are in it, each set of them a statement
 * of its own: with a branch for an absent pointer, PostgreSQL planned the statement anew on every
 * call (a plan for the parameters at hand, which drop the branch, looked cheaper than the generic one).
 */
function pointedBy(pointers: ThreadPointers, first = 1): { readonly key: string; readonly cte: string; readonly values: unknown[] } | null {
  const branches: string[] = [];
  const values: unknown[] = [];
  let key = '';
  const parameter = (value: unknown, type: string) => {
    values.push(value);
    return `$${first + values.length - 1}::${type}`;
  };
  if (pointers.token !== null) {
    key += 't';
    branches.push(`SELECT 1, 'reply_token', ticket_id FROM email_threads WHERE reply_token = ${parameter(pointers.token, 'text')}`);
  }
  const messageIds = [...new Set(pointers.messageIds)];
  if (messageIds.length > 0) {
    // One parameter each, up to a few: for an array, PostgreSQL's generic plan assumes ten elements and looks dearer than one planned for the array at hand.
    const few = messageIds.length <= MESSAGE_ID_PARAMETERS;
    key += few ? `m${messageIds.length}` : 'm';
    const matches = few ? `IN (${messageIds.map((id) => parameter(id, 'text')).join(', ')})` : `= ANY(${parameter(messageIds, 'text[]')})`;
    branches.push(`(SELECT 2, 'message_id', ticket_id FROM email_messages WHERE message_id ${matches} AND ticket_id IS NOT NULL ORDER BY created_at DESC LIMIT 1)`);
  }
  if (pointers.ticketNumber !== null) {
    key += 'n';
    branches.push(`SELECT 3, 'subject_number', id FROM tickets WHERE number = ${parameter(pointers.ticketNumber, 'bigint')}`);
  }
  return branches.length === 0 ? null : { key, cte: `pointed (rank, via, ticket_id) AS (${branches.join(' UNION ALL ')})`, values };
}
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
