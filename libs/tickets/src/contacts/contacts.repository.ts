import { Injectable } from '@nestjs/common';
import { preparedQueryIn } from '@okpay/database';
import { Clock } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { EntityManager, FindOptionsWhere, IsNull } from 'typeorm';
import { ContactEntity } from './contact.entity';
import { ContactRecord } from './contact.record';

/**
 * Contacts, found or created in the caller's transaction. The one other writer of the `contacts`
 * table is `insertOpenedTicket`, which stores an anonymous requester's new contact with their ticket.
 */
@Injectable()
export class ContactsRepository {
  constructor(private readonly clock: Clock) {}

  /** A wallet customer's contact, created on their first ticket. */
  async forCustomerId(manager: EntityManager, customerId: string): Promise<ContactRecord> {
    return this.findOrCreate(manager, {
      name: 'contacts.for-customer-id',
      insert: `INSERT INTO contacts (id, customer_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (customer_id) DO NOTHING`,
      parameters: [randomUUID(), customerId, this.clock.now()],
      existing: 'customer_id = $2',
      where: { customerId },
    });
  }

  /** The wallet customer's own contact, so their tickets are theirs in the app too. */
  async forCustomer(manager: EntityManager, customer: { readonly id: string; readonly email: string; readonly name: string }): Promise<ContactRecord> {
    return this.findOrCreate(manager, {
      name: 'contacts.for-customer',
      insert: `INSERT INTO contacts (id, customer_id, email, name, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (customer_id) DO NOTHING`,
      parameters: [randomUUID(), customer.id, customer.email, customer.name, this.clock.now()],
      existing: 'customer_id = $2',
      where: { customerId: customer.id },
    });
  }

  /** One contact per address for people who are not wallet customers; `name` as already masked by the caller. */
  async forAddress(manager: EntityManager, email: string, name: string | null): Promise<ContactRecord> {
    const contact = await this.findOrCreate(manager, {
      name: 'contacts.for-address',
      insert: `INSERT INTO contacts (id, customer_id, email, name, created_at) VALUES ($1, NULL, $2, $3, $4)
               ON CONFLICT (email) WHERE customer_id IS NULL AND email IS NOT NULL DO NOTHING`,
      parameters: [randomUUID(), email, name, this.clock.now()],
      existing: 'email = $2 AND customer_id IS NULL',
      where: { email, customerId: IsNull() },
    });
    // A merge chains at most once: merging into a merged contact is refused.
    return contact.mergedInto ? manager.findOneByOrFail(ContactEntity, { id: contact.mergedInto }) : contact;
  }

  /** The contact of an address that is no wallet customer's, as `forAddress` would find it, without creating one: `null` when there is none. */
  async findForAddress(manager: EntityManager, email: string): Promise<ContactRecord | null> {
    const [row] = await preparedQueryIn<ContactRow>(
      manager,
      'contacts.find-for-address',
      `SELECT ${CONTACT_COLUMNS} FROM contacts WHERE email = $1 AND customer_id IS NULL`,
      [email],
    );
    return row ? toContact(row) : null;
  }

  async findById(manager: EntityManager, id: string): Promise<ContactRecord | null> {
    return manager.findOneBy(ContactEntity, { id });
  }

  /**
   * The contact the insert creates, or the one already there that stops it, in one round trip.
   * Both halves read one snapshot, which predates a contact that a concurrent mail committed
   * while the insert waited on it: only in that race is the contact read a second time. Prepared:
   * every mail and every new ticket finds its contact here.
   */
  private async findOrCreate(manager: EntityManager, query: ContactUpsert): Promise<ContactRecord> {
    const [row] = await preparedQueryIn<ContactRow>(
      manager,
      query.name,
      `WITH created AS (${query.insert} RETURNING ${CONTACT_COLUMNS})
       SELECT ${CONTACT_COLUMNS} FROM created UNION ALL SELECT ${CONTACT_COLUMNS} FROM contacts WHERE ${query.existing} LIMIT 1`,
      query.parameters,
    );
    return row ? toContact(row) : manager.findOneByOrFail(ContactEntity, query.where);
  }
}

interface ContactUpsert {
  /** The prepared statement's name: one for each `insert`. */
  readonly name: string;
  /** `INSERT … ON CONFLICT DO NOTHING` of the new contact. */
  readonly insert: string;
  readonly parameters: readonly unknown[];
  /** SQL condition, over the same parameters, that finds the contact already there. */
  readonly existing: string;
  /** The same condition, for the second read. */
  readonly where: FindOptionsWhere<ContactEntity>;
}

const CONTACT_COLUMNS = 'id, customer_id, email, phone, name, merged_into, created_at';

interface ContactRow {
  readonly id: string;
  readonly customer_id: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly name: string | null;
  readonly merged_into: string | null;
  readonly created_at: Date;
}

function toContact(row: ContactRow): ContactRecord {
  return { id: row.id, customerId: row.customer_id, email: row.email, phone: row.phone, name: row.name, mergedInto: row.merged_into, createdAt: new Date(row.created_at) };
}
