import type { CannedResponseView, FrontEndRestCalls, TicketDetailView } from '@okpay/contracts';
import { AGENT_TICKET_STATUSES, TICKET_PRIORITY_NAMES } from '@okpay/contracts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiClient } from './api-client';
import { CannedPicker, useCannedResponses } from './canned-picker';
import { useCannedShortcut } from './canned-shortcut';
import { MacroPanel } from './macro-panel';
import { replyUnlessChanged } from './ticket-reply';
import { contactMessages } from './contact-messages';
import { formatDue, formatTime } from './format';
import { inboxMessages } from './inbox-messages';

type TicketChange = FrontEndRestCalls['PATCH /tickets/:id']['body'];

interface Props {
  ticketId: string;
  api: ApiClient;
  /** Each fresh read of the ticket, so the lists show it as it is here. */
  onLoaded: (ticket: TicketDetailView) => void;
  /** The agent changed it: lists may need to read themselves again. */
  onChanged: () => void;
  onOpenContact: (contactId: string, customerId: string | null) => void;
  /** Changes when the ticket was changed elsewhere (a bulk change, another agent): read it again. */
  reloadKey: string;
}

/** A ticket: fields, SLA clocks, the thread with internal notes, and a reply box. */
export function TicketView({ ticketId, api, onLoaded, onChanged, onOpenContact, reloadKey }: Props) {
  const text = inboxMessages();
  const [ticket, setTicket] = useState<TicketDetailView | null>(null);
  const [draft, setDraft] = useState('');
  const [internal, setInternal] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const now = useNow(30_000);
  const box = useRef<HTMLTextAreaElement>(null);
  const responses = useCannedResponses(api);

  const load = async () => {
    const detail = await api.call('GET /tickets/:id', { params: { id: ticketId } });
    setTicket(detail);
    onLoaded(detail);
  };
  useEffect(() => {
    void load().catch(() => setError(inboxMessages().ticket.loadFailed));
  }, [ticketId, reloadKey]);

  const change = async (fields: TicketChange) => {
    try {
      await api.call('PATCH /tickets/:id', { params: { id: ticketId }, body: fields });
      await load();
      onChanged();
    } catch {
      setError(inboxMessages().ticket.changeFailed);
    }
  };

  const reply = async (event: Event) => {
    event.preventDefault();
    if (!draft.trim()) return;
    try {
      await replyUnlessChanged(api, ticketId, { body: draft.trim(), internal }, ticket?.updatedAt);
      setDraft('');
      await load();
      onChanged();
    } catch {
      setError(inboxMessages().ticket.replyFailed);
    }
  };

  const renderCanned = async (response: CannedResponseView): Promise<string> => {
    try {
      return (await api.call('GET /tickets/:id/canned-replies/:cannedResponseId', { params: { id: ticketId, cannedResponseId: response.id } })).body;
    } catch (failure) {
      setError(inboxMessages().cannedFailed);
      throw failure;
    }
  };
  const insertCanned = async (response: CannedResponseView) => {
    const body = await renderCanned(response);
    setDraft((before) => (before.trim() ? `${before.trimEnd()}\n${body}` : body));
    box.current?.focus();
  };
  const shortcut = useCannedShortcut({ responses, draft, box, render: renderCanned, onDraft: setDraft });

  if (!ticket) return <p class="empty">{error ?? text.ticket.loading}</p>;
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
          {text.ticket.status}
          <select value={ticket.status} onChange={(event) => void change({ status: (event.target as HTMLSelectElement).value as TicketChange['status'] })}>
            {ticket.status === 'new' && <option value="new">{text.ticketStatuses.new}</option>}
            {AGENT_TICKET_STATUSES.map((status) => (
              <option key={status} value={status}>
                {text.ticketStatuses[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.ticket.priority}
          <select value={ticket.priority} onChange={(event) => void change({ priority: (event.target as HTMLSelectElement).value as TicketChange['priority'] })}>
            {TICKET_PRIORITY_NAMES.map((priority) => (
              <option key={priority} value={priority}>
                {text.priorities[priority]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.ticket.tags}
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
        <span>{text.ticket.channel(text.channels[ticket.channel as keyof typeof text.channels] ?? ticket.channel)}</span>
      </div>
      <div class="sla" role="group" aria-label={text.ticket.slaClocks}>
        <SlaClock label={text.ticket.firstResponse} dueAt={ticket.sla.firstResponse.dueAt} state={ticket.sla.firstResponse.state} now={now} />
        <SlaClock label={text.ticket.resolution} dueAt={ticket.sla.resolution.dueAt} state={ticket.sla.resolution.state} now={now} />
        {ticket.sla.paused && <span class="sla-clock">{text.ticket.paused}</span>}
      </div>
      <div class="messages">
      <ol class="message-list" aria-label={text.messages} data-testid="ticket-messages">
        {ticket.messages.map((message) => (
          <li key={message.id} class={`message from-${message.author.type} ${message.internal ? 'note' : ''}`}>
            <span class="who">
              {message.internal ? `${text.internalNote} · ` : ''}
              {text.authors[message.author.type as keyof typeof text.authors] ?? message.author.type}
            </span>
            <p class="text">{message.body}</p>
            <time dateTime={message.createdAt}>{formatTime(message.createdAt)}</time>
          </li>
        ))}
      </ol>
      </div>
      <MacroPanel api={api} ticketId={ticketId} onApplied={() => void load().then(onChanged)} />
      <form class={`reply ${internal ? 'note' : ''}`} onSubmit={(event) => void reply(event)}>
        <label for="ticket-reply" class="sr">
          {internal ? text.internalNote : text.reply}
        </label>
        <textarea
          id="ticket-reply"
          ref={box}
          rows={4}
          value={draft}
          placeholder={internal ? text.notePlaceholder : text.replyPlaceholder}
          aria-describedby="ticket-reply-hint"
          aria-keyshortcuts="Control+Enter Alt+N"
          onInput={(event) => {
            setDraft((event.target as HTMLTextAreaElement).value);
            shortcut.track(event.target as HTMLTextAreaElement);
          }}
          onClick={(event) => shortcut.track(event.target as HTMLTextAreaElement)}
          onKeyDown={(event) => {
            if (shortcut.onKeyDown(event)) return;
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void reply(event);
            if (event.altKey && event.code === 'KeyN') {
              event.preventDefault();
              setInternal((on) => !on);
            }
          }}
        />
        {shortcut.menu}
        <p id="ticket-reply-hint" class="hint">
          {text.shortcutsHint}
        </p>
        <div class="reply-actions">
          <label class="inline">
            <input type="checkbox" checked={internal} onChange={(event) => setInternal((event.target as HTMLInputElement).checked)} /> {text.internalNote}
          </label>
          <CannedPicker responses={responses} onPick={(response) => void insertCanned(response).catch(() => undefined)} />
          <button type="submit" class="primary">
            {internal ? text.addNote : text.ticket.sendReply}
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
  const states = inboxMessages().ticket.slaStates;
  const stateText = states[state as keyof typeof states] ?? state;
  if (!dueAt) return <span class="sla-clock">{label}: {stateText}</span>;
  const due = formatDue(dueAt, now);
  const done = state === 'met' || state === 'achieved';
  return (
    <span class={`sla-clock ${!done && due.overdue ? 'overdue' : ''}`}>
      {label}: {done ? stateText : due.text}
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
