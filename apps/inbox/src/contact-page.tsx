import type { ContactProfileView } from '@okpay/contracts';
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from './api-client';
import { contactMessages } from './contact-messages';
import { formatTime } from './format';
import { channelText, inboxMessages, ticketStatusText } from './inbox-messages';

interface Props {
  contactId: string;
  api: ApiClient;
  onOpenTicket: (ticketId: string, customerId: string | null) => void;
  onOpenContact: (contactId: string) => void;
  onOpenChat: (conversationId: string, customerId: string | null) => void;
}

/** One person: how to reach them, and their tickets, chats and callbacks, newest first. */
export function ContactPage({ contactId, api, onOpenTicket, onOpenContact, onOpenChat }: Props) {
  const text = contactMessages();
  const [contact, setContact] = useState<ContactProfileView | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void api.call('GET /contacts/:id', { params: { id: contactId } }).then(setContact, () => setFailed(true));
  }, [contactId, api]);

  if (failed) return <p class="empty" role="alert">{text.loadFailed}</p>;
  if (!contact) return <p class="empty">{text.loading}</p>;
  return (
    <section class="thread contact" aria-labelledby="contact-title" data-testid="contact-page">
      <header class="thread-header">
        <h2 id="contact-title">{contact.name ?? contact.email ?? text.unnamed}</h2>
      </header>
      {contact.mergedInto && (
        <p class="notice">
          {text.mergedInto}{' '}
          <button type="button" onClick={() => onOpenContact(contact.mergedInto!)}>
            {text.openMerged}
          </button>
        </p>
      )}
      <dl>
        <dt>{text.email}</dt>
        <dd>{contact.email ?? '—'}</dd>
        <dt>{text.phone}</dt>
        <dd>{contact.phone ?? '—'}</dd>
        {contact.customerId && (
          <>
            <dt>{text.walletCustomer}</dt>
            <dd>✓</dd>
          </>
        )}
      </dl>
      <h3 id="contact-tickets">{text.tickets}</h3>
      <ul aria-labelledby="contact-tickets" data-testid="contact-tickets">
        {contact.tickets.length === 0 && <li>{text.none}</li>}
        {contact.tickets.map((ticket) => (
          <li key={ticket.id}>
            <button type="button" class="item" onClick={() => onOpenTicket(ticket.id, ticket.customerId)}>
              <span>
                {ticket.reference} {ticket.subject}
              </span>
              <small>
                {ticketStatusText(ticket.status)} · {channelText(ticket.channel)} · {formatTime(ticket.createdAt)}
              </small>
            </button>
          </li>
        ))}
      </ul>
      <h3 id="contact-chats">{text.chats}</h3>
      <ul aria-labelledby="contact-chats">
        {contact.conversations.length === 0 && <li>{text.none}</li>}
        {contact.conversations.map((chat) => (
          <li key={chat.id}>
            <button type="button" class="item" aria-label={inboxMessages().history.open(formatTime(chat.createdAt))} onClick={() => onOpenChat(chat.id, contact.customerId ?? null)}>
              <span>{text.chatLine(inboxMessages().chatStates[chat.status] ?? chat.status, chat.ticketId !== null)}</span>
              <small>
                <time dateTime={chat.createdAt}>{formatTime(chat.createdAt)}</time>
              </small>
            </button>
          </li>
        ))}
      </ul>
      <h3 id="contact-callbacks">{text.callbacks}</h3>
      <ul aria-labelledby="contact-callbacks">
        {contact.callbacks.length === 0 && <li>{text.none}</li>}
        {contact.callbacks.map((callback) => (
          <li key={callback.id}>
            {callback.phone} · {callback.topic} · {callback.status} · <time dateTime={callback.scheduledFor}>{formatTime(callback.scheduledFor)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
