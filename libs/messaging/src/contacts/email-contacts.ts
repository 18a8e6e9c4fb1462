import { Injectable } from '@nestjs/common';
import { ContactRecord, ContactsRepository } from '@okpay/tickets';
import { maskSensitiveText } from '@okpay/shared';
import { EntityManager } from 'typeorm';
import { WalletCustomerContact, WalletCustomerEmails } from '../ports/wallet-customer-emails';

export interface EmailSender {
  readonly contact: ContactRecord;
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
    private readonly contacts: ContactsRepository,
  ) {}

  async forSender(manager: EntityManager, address: string, name: string | null): Promise<EmailSender> {
    const email = address.toLowerCase();
    const customer = await this.customers.findByEmail(email);
    if (customer) return { contact: await this.contacts.forCustomer(manager, { id: customer.id, email, name: customer.name }), customer };
    // The sender's display name is typed by them like any text.
    return { contact: await this.contacts.forAddress(manager, email, name === null ? null : maskSensitiveText(name)), customer: null };
  }
}
