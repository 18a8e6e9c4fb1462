import { Injectable } from '@nestjs/common';
import { ContactRecord, ContactsRepository } from '@okpay/tickets';
import { maskSensitiveText } from '@okpay/shared';
import { DataSource, EntityManager } from 'typeorm';
import { WalletCustomerContact, WalletCustomerEmails } from '../ports/wallet-customer-emails';

export interface KnownSender {
  readonly customer: WalletCustomerContact | null;
  /** The contact of the address as a sender who is no wallet customer, when there is one. */
  readonly addressContact: ContactRecord | null;
}

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
    private readonly dataSource: DataSource,
  ) {}

  /**
   * What is known of a sender before their mail's transaction: the wallet customer registered with
   * the address, and the contact of the address; two reads side by side, each on a connection of
   * its own (beside the mail's other reads), so that a known sender's mail needs no contact statement in it.
   */
  async known(address: string): Promise<KnownSender> {
    const email = address.toLowerCase();
    const [customer, addressContact] = await Promise.all([this.customers.findByEmail(email), this.contacts.findForAddress(this.dataSource.manager, email)]);
    return { customer, addressContact };
  }

  /** The sender's contact, found or created in the mail's transaction, from what `known` found of this address. */
  async forSender(manager: EntityManager, address: string, name: string | null, known: KnownSender): Promise<EmailSender> {
    const email = address.toLowerCase();
    const { customer, addressContact } = known;
    if (customer) return { contact: await this.contacts.forCustomer(manager, { id: customer.id, email, name: customer.name }), customer };
    // A merged contact is followed by forAddress.
    if (addressContact && !addressContact.mergedInto) return { contact: addressContact, customer: null };
    // The sender's display name is typed by them like any text.
    return { contact: await this.contacts.forAddress(manager, email, name === null ? null : maskSensitiveText(name)), customer: null };
  }
}
