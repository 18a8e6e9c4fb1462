import { ContactProfileView, ContactView, TicketRequesterView } from '@okpay/contracts';
import { CallbackRequestRecord } from '@okpay/routing';
import { ContactHistory, ContactRecord } from '@okpay/tickets';
import { toTicketSummary } from './ticket.mapper';

export function toContactView(contact: ContactRecord): ContactView {
  return {
    id: contact.id,
    ...(contact.name !== null ? { name: contact.name } : {}),
    ...(contact.email !== null ? { email: contact.email } : {}),
    ...(contact.phone !== null ? { phone: contact.phone } : {}),
    ...(contact.customerId !== null ? { customerId: contact.customerId } : {}),
  };
}

export function toContactProfile(history: ContactHistory, callbacks: readonly CallbackRequestRecord[]): ContactProfileView {
  return {
    ...toContactView(history.contact),
    ...(history.contact.mergedInto !== null ? { mergedInto: history.contact.mergedInto } : {}),
    tickets: history.tickets.map(toTicketSummary),
    conversations: history.conversations.map((c) => ({
      id: c.id,
      status: c.status,
      locale: c.locale,
      ticketId: c.ticketId,
      createdAt: c.createdAt.toISOString(),
      closedAt: c.closedAt?.toISOString() ?? null,
    })),
    callbacks: callbacks.map((c) => ({
      id: c.id,
      status: c.status,
      topic: c.topic,
      phone: c.phone,
      scheduledFor: c.scheduledFor.toISOString(),
      createdAt: c.createdAt.toISOString(),
    })),
  };
}

export function toTicketRequesterView(contact: ContactRecord): TicketRequesterView {
  return {
    contactId: contact.id,
    ...(contact.name !== null ? { name: contact.name } : {}),
    ...(contact.email !== null ? { email: contact.email } : {}),
    ...(contact.customerId !== null ? { customerId: contact.customerId } : {}),
  };
}
