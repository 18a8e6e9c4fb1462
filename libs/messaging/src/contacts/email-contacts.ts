import { Injectable } from '@nestjs/common';
import { ContactEntity } from '@okpay/tickets';
import { Clock, maskSensitiveText } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { EntityManager, FindOptionsWhere, IsNull } from 'typeorm';
import { WalletCustomerContact, WalletCustomerEmails } from '../ports/wallet-customer-emails';

export interface EmailSender {
  readonly contact: ContactEntity;
  /** The wallet customer registered with the sender's address, when there is one. */
  readonly customer: WalletCustomerContact | null;
}

/**
 * The contact behind a sender address: the wallet customer's own contact when a customer is
 * registered with that address (so the ticket is theirs in the app too), else one contact per address.
 */
@Injectable()
export class EmailContacts {
  constructor(
    private readonly customers: WalletCustomerEmails,
    private readonly clock: Clock,
  ) {}

  async forSender(manager: EntityManager, address: string, name: string | null): Promise<EmailSender> {
    const email = address.toLowerCase();
    const customer = await this.customers.findByEmail(email);
    const now = this.clock.now();
    if (customer) {
      const contact = await this.findOrCreate(manager, {
        insert: `INSERT INTO contacts (id, customer_id, email, name, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (customer_id) DO NOTHING`,
        parameters: [randomUUID(), customer.id, email, customer.name, now],
        existing: 'customer_id = $2',
        where: { customerId: customer.id },
      });
      return { contact, customer };
    }
    const contact = await this.findOrCreate(manager, {
      insert: `INSERT INTO contacts (id, customer_id, email, name, created_at) VALUES ($1, NULL, $2, $3, $4)
               ON CONFLICT (email) WHERE customer_id IS NULL AND email IS NOT NULL DO NOTHING`,
      // The sender's display name is typed by them like any text.
      parameters: [randomUUID(), email, name === null ? null : maskSensitiveText(name), now],
      existing: 'email = $2 AND customer_id IS NULL',
      where: { email, customerId: IsNull() },
    });
    return { contact, customer: null };
  }

  /**
   * The contact the insert creates, or the one already there that stops it, in one round trip.
   * Both halves read one snapshot, which predates a contact that a concurrent mail committed
   * while the insert waited on it: only in that race is the contact read a second time.
   */
  private async findOrCreate(manager: EntityManager, query: ContactUpsert): Promise<ContactEntity> {
    const [row]: ContactRow[] = await manager.query(
      `WITH created AS (${query.insert} RETURNING ${CONTACT_COLUMNS})
       SELECT ${CONTACT_COLUMNS} FROM created UNION ALL SELECT ${CONTACT_COLUMNS} FROM contacts WHERE ${query.existing} LIMIT 1`,
      query.parameters,
    );
    return row ? toContact(row) : manager.findOneByOrFail(ContactEntity, query.where);
  }
}

interface ContactUpsert {
  /** `INSERT … ON CONFLICT DO NOTHING` of the new contact. */
  readonly insert: string;
  readonly parameters: readonly unknown[];
  /** SQL condition, over the same parameters, that finds the contact already there. */
  readonly existing: string;
  /** The same condition, for the second read. */
  readonly where: FindOptionsWhere<ContactEntity>;
}

const CONTACT_COLUMNS = 'id, customer_id, email, phone, name, created_at';

interface ContactRow {
  readonly id: string;
  readonly customer_id: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly name: string | null;
  readonly created_at: Date;
}

function toContact(row: ContactRow): ContactEntity {
  return { id: row.id, customerId: row.customer_id, email: row.email, phone: row.phone, name: row.name, createdAt: new Date(row.created_at) };
}
