import { Injectable } from '@nestjs/common';
import { Locale } from '@okpay/contracts';
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
    const thread: EmailThreadEntity = { ticketId, replyToken: newReplyToken(), address: address.toLowerCase(), locale, createdAt: this.clock.now() };
    await manager.insert(EmailThreadEntity, thread);
    return thread;
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
    const rows: { via: ThreadMethod; thread_ticket_id: string; ticket_id: string; contact_id: string }[] = await manager.query(
      `WITH pointed (rank, via, ticket_id) AS (
         SELECT 1, 'reply_token', ticket_id FROM email_threads WHERE reply_token = $1
         UNION ALL
         (SELECT 2, 'message_id', ticket_id FROM email_messages WHERE message_id = ANY($2) AND ticket_id IS NOT NULL ORDER BY created_at DESC LIMIT 1)
         UNION ALL
         SELECT 3, 'subject_number', id FROM tickets WHERE number = $3
       )
       SELECT p.via, p.ticket_id AS thread_ticket_id, COALESCE(merged.id, t.id) AS ticket_id, COALESCE(merged.contact_id, t.contact_id) AS contact_id
       FROM pointed p JOIN tickets t ON t.id = p.ticket_id LEFT JOIN tickets merged ON merged.id = t.merged_into
       ORDER BY p.rank`,
      [pointers.token, pointers.messageIds, pointers.ticketNumber],
    );
    return rows.map((r) => ({ via: r.via, threadTicketId: r.thread_ticket_id, ticketId: r.ticket_id, contactId: r.contact_id }));
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
