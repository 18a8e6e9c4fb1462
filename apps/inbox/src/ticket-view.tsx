import type { FrontEndRestCalls, TicketDetailView } from '@okpay/contracts';
import { AGENT_TICKET_STATUSES, TICKET_PRIORITY_NAMES } from '@okpay/contracts';
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from './api-client';
import { CannedPicker } from './canned-picker';
import { replyUnlessChanged } from './ticket-reply';
import { contactMessages } from './contact-messages';
import { formatDue, formatTime } from './format';

type TicketChange = FrontEndRestCalls['PATCH /tickets/:id']['body'];

/** A ticket: fields, SLA clocks, the thread with internal notes, and a reply box. */
export function TicketView({ ticketId, api, onChanged, onOpenContact }: { ticketId: string; api: ApiClient; onChanged: () => void; onOpenContact: (contactId: string, customerId: string | null) => void }) {
  const [ticket, setTicket] = useState<TicketDetailView | null>(null);
  const [draft, setDraft] = useState('');
  const [internal, setInternal] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const now = useNow(30_000);

  const load = async () => setTicket(await api.call('GET /tickets/:id', { params: { id: ticketId } }));
  useEffect(() => {
    void load().catch(() => setError('Could not load the ticket.'));
  }, [ticketId]);

  const change = async (fields: TicketChange) => {
    try {
      await api.call('PATCH /tickets/:id', { params: { id: ticketId }, body: fields });
      await load();
      onChanged();
    } catch {
      setError(`Could not change the ${Object.keys(fields).join(', ')}.`);
    }
  };

  const reply = async (event: Event) => {
    event.preventDefault();
    if (!draft.trim()) return;
    try {
      await replyUnlessChanged(api, ticketId, { body: draft.trim(), internal }, ticket?.updatedAt);
      setDraft('');
      await load();
    } catch {
      setError('Could not send the reply.');
    }
  };

  const sendCanned = async (cannedResponseId: string) => {
    try {
      await api.call('POST /tickets/:id/canned-replies', { params: { id: ticketId }, body: { cannedResponseId } });
      await load();
    } catch {
      setError('Could not send the canned response.');
    }
  };

  if (!ticket) return <p class="empty">{error ?? 'Loading…'}</p>;
  return (
    <section class="thread" aria-labelledby="ticket-title">
      <header class="thread-header">
        <h2 id="ticket-title">
          {ticket.reference} {ticket.subject}
        </h2>
      </header>
      {error && <p role="alert" class="error">{error}</p>}
      <Requester requester={ticket.requester} onOpen={onOpenContact} />
      <div class="ticket-fields">
        <label>
          Status
          <select value={ticket.status} onChange={(event) => void change({ status: (event.target as HTMLSelectElement).value as TicketChange['status'] })}>
            {ticket.status === 'new' && <option value="new">new</option>}
            {AGENT_TICKET_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </label>
        <label>
          Priority
          <select value={ticket.priority} onChange={(event) => void change({ priority: (event.target as HTMLSelectElement).value as TicketChange['priority'] })}>
            {TICKET_PRIORITY_NAMES.map((priority) => (
              <option key={priority} value={priority}>
                {priority}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tags
          <input
            defaultValue={ticket.tags.join(', ')}
            onChange={(event) =>
              void change({
                tags: (event.target as HTMLInputElement).value
                  .split(',')
                  .map((t) => t.trim())
                  .filter(Boolean),
              })
            }
          />
        </label>
        <span>Channel: {ticket.channel}</span>
      </div>
      <div class="sla" aria-label="SLA clocks">
        <SlaClock label="First response" dueAt={ticket.sla.firstResponse.dueAt} state={ticket.sla.firstResponse.state} now={now} />
        <SlaClock label="Resolution" dueAt={ticket.sla.resolution.dueAt} state={ticket.sla.resolution.state} now={now} />
        {ticket.sla.paused && <span class="sla-clock">paused</span>}
      </div>
      <div class="messages">
      <ol class="message-list" aria-label="Messages" data-testid="ticket-messages">
        {ticket.messages.map((message) => (
          <li key={message.id} class={`message from-${message.author.type} ${message.internal ? 'note' : ''}`}>
            <span class="who">
              {message.internal ? 'Internal note · ' : ''}
              {message.author.type}
            </span>
            <p class="text">{message.body}</p>
            <time dateTime={message.createdAt}>{formatTime(message.createdAt)}</time>
          </li>
        ))}
      </ol>
      </div>
      <form class={`reply ${internal ? 'note' : ''}`} onSubmit={(event) => void reply(event)}>
        <label for="ticket-reply" class="sr">
          {internal ? 'Internal note' : 'Reply'}
        </label>
        <textarea id="ticket-reply" rows={4} value={draft} placeholder={internal ? 'Note for agents only…' : 'Reply to the customer…'} onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)} />
        <div class="reply-actions">
          <label class="inline">
            <input type="checkbox" checked={internal} onChange={(event) => setInternal((event.target as HTMLInputElement).checked)} /> Internal note
          </label>
          <CannedPicker api={api} onPick={(response) => void sendCanned(response.id)} />
          <button type="submit" class="primary">
            {internal ? 'Add note' : 'Send reply'}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Who wrote: their name and address, a way to their contact page. */
function Requester({ requester, onOpen }: { requester: TicketDetailView['requester']; onOpen: (contactId: string, customerId: string | null) => void }) {
  const text = contactMessages();
  const who = [requester.name, requester.email && `<${requester.email}>`].filter(Boolean).join(' ') || text.unnamed;
  return (
    <p class="requester">
      {text.requester}:{' '}
      <button type="button" class="link" aria-label={text.openContact(who)} onClick={() => onOpen(requester.contactId, requester.customerId ?? null)}>
        {who}
      </button>
    </p>
  );
}

function SlaClock({ label, dueAt, state, now }: { label: string; dueAt: string | null; state: string; now: number }) {
  if (!dueAt) return <span class="sla-clock">{label}: {state}</span>;
  const due = formatDue(dueAt, now);
  const done = state === 'met' || state === 'achieved';
  return (
    <span class={`sla-clock ${!done && due.overdue ? 'overdue' : ''}`}>
      {label}: {done ? state : due.text}
    </span>
  );
}

/** The current time, re-read every `intervalMs`, so clocks count down on screen. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
