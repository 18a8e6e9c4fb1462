import { Injectable } from '@nestjs/common';
import { decodeKeysetCursor, encodeKeysetCursor } from '@okpay/shared';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { Brackets, DataSource, In } from 'typeorm';
import { ConversationEntity } from '../conversations/conversation.entity';
import { ConversationRecord } from '../conversations/conversation.record';
import { TicketEntity } from '../tickets/ticket.entity';
import { TicketRecord } from '../tickets/ticket.record';
import { ContactEntity } from './contact.entity';
import { ContactNotFoundError } from './contact.errors';
import { ContactRecord } from './contact.record';

export interface ContactHistory {
  readonly contact: ContactRecord;
  /** Newest first. */
  readonly tickets: TicketRecord[];
  /** Newest first: the wallet customer's chats and those that became one of the contact's tickets. */
  readonly conversations: ConversationRecord[];
}

/** How much of a contact's history the profile shows; the ticket list pages the rest. */
const HISTORY_LIMIT = 100;

/** Contacts for agents: found by name, email or phone, and one person's history. */
@Injectable()
export class ContactQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first, keyset pagination over (created_at, id); contacts merged into another are left out. */
  async search(text: string | undefined, cursor: string | undefined, limit: number): Promise<{ items: ContactRecord[]; nextCursor: string | null }> {
    const query = this.dataSource
      .getRepository(ContactEntity)
      .createQueryBuilder('c')
      .where('c.mergedInto IS NULL')
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .take(limit + 1);
    if (text) {
      const phone = phoneOf(text);
      query.andWhere(
        new Brackets((match) => {
          match.where('c.name ILIKE :pattern', { pattern: containing(text) }).orWhere('c.email ILIKE :pattern');
          if (phone) match.orWhere('c.phone = :phone', { phone });
          else if (/^\+?[\d\s-]{4,}$/.test(text)) match.orWhere('c.phone LIKE :digits', { digits: containing(text.replace(/[\s-]/g, '')) });
        }),
      );
    }
    if (cursor) query.andWhere('(c.createdAt, c.id) < (:createdAt, :id)', decodeKeysetCursor(cursor));
    const rows = await query.getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeKeysetCursor(last) : null };
  }

  async history(contactId: string): Promise<ContactHistory> {
    const manager = this.dataSource.manager;
    const contact = await manager.findOneBy(ContactEntity, { id: contactId });
    if (!contact) throw new ContactNotFoundError();
    const tickets = await manager.find(TicketEntity, { where: { contactId }, order: { createdAt: 'DESC', id: 'DESC' }, take: HISTORY_LIMIT });
    const ticketIds = tickets.map((t) => t.id);
    const linked = [...(contact.customerId ? [{ customerId: contact.customerId }] : []), ...(ticketIds.length > 0 ? [{ ticketId: In(ticketIds) }] : [])];
    const conversations =
      linked.length > 0 ? await manager.find(ConversationEntity, { where: linked, order: { createdAt: 'DESC', id: 'DESC' }, take: HISTORY_LIMIT }) : [];
    return { contact, tickets, conversations };
  }

  /** Who a ticket is with, for its detail. */
  async requesterOf(ticket: TicketRecord): Promise<ContactRecord> {
    return this.dataSource.manager.findOneByOrFail(ContactEntity, { id: ticket.contactId });
  }
}

function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The E.164 form of a searched phone number; numbers without a country code are read as mainland Chinese, as callbacks do. */
function phoneOf(text: string): string | null {
  const parsed = parsePhoneNumberFromString(text, 'CN');
  return parsed?.isValid() ? parsed.number : null;
}
