import { Injectable } from '@nestjs/common';
import { Locale } from '@okpay/contracts';
import { Clock } from '@okpay/shared';
import { EntityManager } from 'typeorm';
import { newReplyToken } from '../addresses/support-addresses';
import { EmailThreadEntity } from './email-thread.entity';

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

  byToken(manager: EntityManager, token: string): Promise<EmailThreadEntity | null> {
    return manager.findOneBy(EmailThreadEntity, { replyToken: token });
  }

  /** The ticket of the most recent stored mail among these Message-IDs. */
  async ticketOfMessageIds(manager: EntityManager, messageIds: readonly string[]): Promise<string | null> {
    if (messageIds.length === 0) return null;
    const [row] = await manager.query(
      `SELECT ticket_id FROM email_messages WHERE message_id = ANY($1) AND ticket_id IS NOT NULL ORDER BY created_at DESC LIMIT 1`,
      [messageIds],
    );
    return row?.ticket_id ?? null;
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
