import type { ContactView, TicketSummaryView } from '@okpay/contracts';
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from './api-client';
import { contactMessages } from './contact-messages';
import { ticketStatusText } from './inbox-messages';

/** Pause after the last keystroke before searching, so typing does not send a request per key. */
const TYPING_PAUSE_MS = 250;

interface Results {
  readonly contacts: ContactView[];
  readonly tickets: TicketSummaryView[];
}

type SearchState = { kind: 'idle' } | { kind: 'searching' } | { kind: 'failed' } | { kind: 'done'; results: Results };

/** One box over contacts (name, email, phone) and tickets (subject and messages), results as you type. */
export function SearchBox({ api, onOpenTicket, onOpenContact }: { api: ApiClient; onOpenTicket: (ticketId: string, customerId: string | null) => void; onOpenContact: (contactId: string, customerId: string | null) => void }) {
  const text = contactMessages();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setState({ kind: 'idle' });
      return;
    }
    let current = true;
    setState({ kind: 'searching' });
    const timer = setTimeout(() => {
      Promise.all([api.call('GET /contacts', { query: { q, limit: 5 } }), api.call('GET /tickets/search', { query: { q } })]).then(
        ([contacts, tickets]) => current && setState({ kind: 'done', results: { contacts: contacts.items, tickets: tickets.items.slice(0, 10) } }),
        () => current && setState({ kind: 'failed' }),
      );
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, api]);

  return (
    <section class="list search" role="search" aria-label={text.searchLabel}>
      <input type="search" aria-label={text.searchLabel} placeholder={text.searchPlaceholder} value={query} onInput={(event) => setQuery((event.target as HTMLInputElement).value)} />
      <div aria-live="polite">
        {query.trim().length === 1 && <p class="empty">{text.searchTooShort}</p>}
        {state.kind === 'searching' && <p class="empty">{text.searching}</p>}
        {state.kind === 'failed' && <p class="error">{text.searchFailed}</p>}
        {state.kind === 'done' && state.results.contacts.length === 0 && state.results.tickets.length === 0 && <p class="empty">{text.noResults}</p>}
      </div>
      {state.kind === 'done' && state.results.contacts.length > 0 && (
        <>
          <h2 id="search-contacts">{text.contacts}</h2>
          <ul aria-labelledby="search-contacts" data-testid="search-contacts">
            {state.results.contacts.map((contact) => (
              <li key={contact.id}>
                <button type="button" class="item" onClick={() => onOpenContact(contact.id, contact.customerId ?? null)}>
                  <span>{contact.name ?? contact.email ?? contact.phone ?? text.unnamed}</span>
                  <small>{[contact.email, contact.phone].filter(Boolean).join(' · ')}</small>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {state.kind === 'done' && state.results.tickets.length > 0 && (
        <>
          <h2 id="search-tickets">{text.tickets}</h2>
          <ul aria-labelledby="search-tickets" data-testid="search-tickets">
            {state.results.tickets.map((ticket) => (
              <li key={ticket.id}>
                <button type="button" class="item" onClick={() => onOpenTicket(ticket.id, ticket.customerId)}>
                  <span>
                    {ticket.reference} {ticket.subject}
                  </span>
                  <small>{ticketStatusText(ticket.status)}</small>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
