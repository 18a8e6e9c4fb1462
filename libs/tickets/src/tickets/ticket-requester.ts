/** Who acts on a ticket. Customers see and change only their own tickets. */
export type TicketRequester = { readonly kind: 'customer'; readonly id: string } | { readonly kind: 'agent'; readonly id: string };
