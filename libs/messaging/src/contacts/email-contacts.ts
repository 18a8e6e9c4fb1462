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

  /** The wallet customer registered with the address: read on a connection of its own, so it can run beside the mail's other reads. */
  customerOf(address: string): Promise<WalletCustomerContact | null> {
    return this.customers.findByEmail(address.toLowerCase());
  }

  /** `customer` as `customerOf` found it for this address. */
  async forSender(manager: EntityManager, address: string, name: string | null, customer: WalletCustomerContact | null): Promise<EmailSender> {
    const email = address.toLowerCase();
    if (customer) return { contact: await this.contacts.forCustomer(manager, { id: customer.id, email, name: customer.name }), customer };
    // The sender's display name is typed by them like any text.
    return { contact: await this.contacts.forAddress(manager, email, name === null ? null : maskSensitiveText(name)), customer: null };
  }
}
