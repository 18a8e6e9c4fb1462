/** Who acts on a ticket. Customers see and change only their own tickets. */
export type TicketRequester = { readonly kind: 'customer'; readonly id: string } | { readonly kind: 'agent'; readonly id: string };

/**
 * Someone known by how they wrote to us (an email sender), linked to a wallet customer or not.
 * They write as the customer, and only on their own contact's tickets.
 */
export interface ContactRequester {
  readonly kind: 'contact';
  readonly contactId: string;
  readonly customerId: string | null;
}
