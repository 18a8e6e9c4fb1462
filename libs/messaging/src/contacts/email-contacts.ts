import { Injectable } from '@nestjs/common';
import { ContactEntity } from '@okpay/tickets';
import { Clock } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
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
      await manager.query(
        `INSERT INTO contacts (id, customer_id, email, name, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (customer_id) DO NOTHING`,
        [randomUUID(), customer.id, email, customer.name, now],
      );
      const contact = await manager.findOneByOrFail(ContactEntity, { customerId: customer.id });
      return { contact, customer };
    }
    // Most mail comes from senders seen before: look first, create only when new.
    const known = await manager.findOneBy(ContactEntity, { email, customerId: IsNull() });
    if (known) return { contact: known, customer: null };
    await manager.query(
      `INSERT INTO contacts (id, customer_id, email, name, created_at) VALUES ($1, NULL, $2, $3, $4)
       ON CONFLICT (email) WHERE customer_id IS NULL AND email IS NOT NULL DO NOTHING`,
      [randomUUID(), email, name, now],
    );
    const contact = await manager.findOneByOrFail(ContactEntity, { email, customerId: IsNull() });
    return { contact, customer: null };
  }
}
