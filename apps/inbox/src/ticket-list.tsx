import type { AgentLoginResponse, AgentView, FrontEndRestCalls, SavedTicketView, TicketFilters, TicketSummaryView } from '@okpay/contracts';
import { AGENT_TICKET_STATUSES, TICKET_CHANNEL_NAMES, TICKET_SLA_FILTERS } from '@okpay/contracts';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, type ApiClient } from './api-client';
import { channelText, inboxMessages, ticketStatusText } from './inbox-messages';

const UNRESOLVED = 'new,open,pending,on_hold';

/** The views every agent has; each is a set of the list's filters. */
const BUILT_IN_VIEWS = {
  mine: { assignee: 'me', status: UNRESOLVED },
  unassigned: { assignee: 'unassigned', status: UNRESOLVED },
  allOpen: { status: 'new,open' },
  pending: { status: 'pending' },
  solved: { status: 'solved' },
  slaAtRisk: { sla: 'at_risk' },
  slaBreached: { sla: 'breached' },
  closed: { status: 'closed' },
} as const satisfies Record<string, TicketFilters>;
type BuiltInView = keyof typeof BUILT_IN_VIEWS;

/** `builtin:<name>`, `saved:<id>`, or `custom` once the agent edits the filters. */
type ViewChoice = `builtin:${BuiltInView}` | `saved:${string}` | 'custom';

const LIST_LENGTH = 50;
const LIST_REFRESH_MS = 30_000;

interface Props {
  api: ApiClient;
  agent: AgentLoginResponse['agent'];
  /** The ticket open in the middle, as last read: the list shows it the same way. */
  openTicket: TicketSummaryView | null;
  /** Changes whenever the socket says something moved: the list reads itself again. */
  refreshKey: string;
  onOpen: (ticketId: string, customerId: string | null) => void;
  /** A bulk change went through: an open ticket among them must be read again. */
  onBulkChanged: () => void;
}

/** Tickets by view or filters, saved views of one's own, and bulk status, assignee and tag changes. */
export function TicketList({ api, agent, openTicket, refreshKey, onOpen, onBulkChanged }: Props) {
  const text = inboxMessages();
  const [choice, setChoice] = useState<ViewChoice>('builtin:mine');
  const [filters, setFilters] = useState<TicketFilters>(BUILT_IN_VIEWS.mine);
  const [saved, setSaved] = useState<SavedTicketView[]>([]);
  const [agents, setAgents] = useState<AgentView[]>([]);
  const [tickets, setTickets] = useState<TicketSummaryView[]>([]);
  const [failed, setFailed] = useState(false);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);

  useEffect(() => {
    void api.call('GET /ticket-views', {}).then(setSaved, () => undefined);
    // Only supervisors and admins may list agents (and assign to them).
    if (agent.role !== 'agent') void api.call('GET /agents', {}).then(setAgents, () => undefined);
  }, [api]);

  const filterKey = JSON.stringify(filters);
  useEffect(() => {
    let current = true;
    api.call('GET /tickets', { query: { ...filters, limit: LIST_LENGTH } }).then(
      (page) => {
        if (!current) return;
        setTickets(page.items);
        setFailed(false);
        setPicked((before) => new Set(page.items.filter((t) => before.has(t.id)).map((t) => t.id)));
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [filterKey, refreshKey, reloads, api]);
  useEffect(() => {
    const timer = setInterval(reload, LIST_REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const choose = (value: ViewChoice) => {
    setChoice(value);
    setPicked(new Set());
    if (value.startsWith('builtin:')) setFilters(BUILT_IN_VIEWS[value.slice('builtin:'.length) as BuiltInView]);
    else if (value.startsWith('saved:')) setFilters(saved.find((v) => `saved:${v.id}` === value)?.filters ?? {});
  };
  const setFilter = (name: keyof TicketFilters, value: string) => {
    setChoice('custom');
    setFilters((before) => {
      const next: Record<string, string> = { ...before, [name]: value.trim() };
      if (!next[name]) delete next[name];
      return next as TicketFilters;
    });
  };

  const saveView = async (name: string) => {
    try {
      const view = await api.call('POST /ticket-views', { body: { name, filters } });
      setSaved((before) => [...before, view].sort((a, b) => a.name.localeCompare(b.name)));
      setChoice(`saved:${view.id}`);
      setMessage(null);
    } catch (error) {
      setMessage({ text: error instanceof ApiError && error.problem.code === 'name_taken' ? text.list.nameTaken : text.list.saveFailed, error: true });
    }
  };
  const deleteView = async (view: SavedTicketView) => {
    await api.call('DELETE /ticket-views/:id', { params: { id: view.id } }).catch(() => undefined);
    setSaved((before) => before.filter((v) => v.id !== view.id));
    choose('builtin:mine');
  };

  const applyBulk = async (change: Omit<BulkBody, 'ticketIds'>) => {
    try {
      const changed = await api.call('POST /tickets/bulk', { body: { ticketIds: [...picked], ...change } });
      setMessage({ text: text.list.bulkDone(changed.length), error: false });
      setPicked(new Set());
      reload();
      onBulkChanged();
    } catch (error) {
      const code = error instanceof ApiError ? error.problem.code : undefined;
      setMessage({ text: code === 'ticket_closed' ? text.list.bulkClosed : code === 'forbidden' ? text.list.bulkForbidden : text.list.bulkFailed, error: true });
    }
  };

  // Whichever copy of the open ticket was changed last is shown, in the list as in the middle.
  const shown = tickets.map((ticket) => (openTicket && ticket.id === openTicket.id && openTicket.updatedAt >= ticket.updatedAt ? openTicket : ticket));
  const savedChoice = saved.find((v) => `saved:${v.id}` === choice);
  const togglePick = (id: string, on: boolean) => setPicked((before) => (on ? new Set([...before, id]) : new Set([...before].filter((p) => p !== id))));

  return (
    <section class="list tickets" aria-labelledby="list-tickets">
      <h2 id="list-tickets" tabIndex={-1}>
        {text.tickets} <span class="count">{shown.length}</span>
      </h2>
      <div class="view-picker">
        <select aria-label={text.list.view} value={choice} onChange={(event) => choose((event.target as HTMLSelectElement).value as ViewChoice)}>
          {Object.keys(BUILT_IN_VIEWS).map((name) => (
            <option key={name} value={`builtin:${name}`}>
              {text.list.builtInViews[name as BuiltInView]}
            </option>
          ))}
          {saved.length > 0 && (
            <optgroup label={text.list.myViews}>
              {saved.map((view) => (
                <option key={view.id} value={`saved:${view.id}`}>
                  {view.name}
                </option>
              ))}
            </optgroup>
          )}
          {choice === 'custom' && <option value="custom">{text.list.builtInViews.custom}</option>}
        </select>
        {savedChoice && (
          <button type="button" class="link" onClick={() => void deleteView(savedChoice)}>
            {text.list.deleteView(savedChoice.name)}
          </button>
        )}
      </div>
      <FilterPanel filters={filters} agents={agents} onFilter={setFilter} onSave={(name) => void saveView(name)} />
      {message && (
        <p class={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {failed && (
        <p class="error" role="alert">
          {text.list.loadFailed}{' '}
          <button type="button" onClick={reload}>
            {text.tryAgain}
          </button>
        </p>
      )}
      {picked.size > 0 && <BulkBar count={picked.size} agent={agent} agents={agents} onApply={(change) => void applyBulk(change)} onClear={() => setPicked(new Set())} />}
      {shown.length > 0 && (
        <label class="inline select-all">
          <input
            type="checkbox"
            checked={picked.size === shown.length}
            onChange={(event) => setPicked((event.target as HTMLInputElement).checked ? new Set(shown.map((t) => t.id)) : new Set())}
          />{' '}
          {text.list.selectAll}
        </label>
      )}
      <ul>
        {shown.map((ticket) => (
          <li key={ticket.id} class="ticket-row">
            <input type="checkbox" aria-label={text.list.selectTicket(ticket.reference)} checked={picked.has(ticket.id)} onChange={(event) => togglePick(ticket.id, (event.target as HTMLInputElement).checked)} />
            <button
              type="button"
              class={`item ${openTicket?.id === ticket.id ? 'selected' : ''}`}
              aria-current={openTicket?.id === ticket.id}
              onClick={() => onOpen(ticket.id, ticket.customerId)}
            >
              <span>
                {ticket.reference} {ticket.subject}
              </span>
              <small data-testid="ticket-line">{text.list.ticketLine(ticketStatusText(ticket.status), text.priorities[ticket.priority as keyof typeof text.priorities] ?? ticket.priority)}</small>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

type BulkBody = FrontEndRestCalls['POST /tickets/bulk']['body'];

function FilterPanel({ filters, agents, onFilter, onSave }: { filters: TicketFilters; agents: AgentView[]; onFilter: (name: keyof TicketFilters, value: string) => void; onSave: (name: string) => void }) {
  const text = inboxMessages();
  const [name, setName] = useState('');
  const field = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  return (
    <details class="filters">
      <summary>{text.list.filters}</summary>
      <label>
        {text.ticket.status}
        <select value={filters.status ?? ''} onChange={(event) => onFilter('status', field(event))}>
          <option value="">{text.list.anyStatus}</option>
          <option value={UNRESOLVED}>{text.list.unresolved}</option>
          {['new', ...AGENT_TICKET_STATUSES].map((status) => (
            <option key={status} value={status}>
              {ticketStatusText(status)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {text.list.assignee}
        <AssigneePicker value={filters.assignee ?? ''} agents={agents} anyone onChange={(value) => onFilter('assignee', value)} />
      </label>
      <label>
        {text.list.group}
        <input value={filters.group ?? ''} maxLength={50} onChange={(event) => onFilter('group', field(event))} />
      </label>
      <label>
        {text.list.channel}
        <select value={filters.channel ?? ''} onChange={(event) => onFilter('channel', field(event))}>
          <option value="">{text.list.anyChannel}</option>
          {TICKET_CHANNEL_NAMES.map((channel) => (
            <option key={channel} value={channel}>
              {channelText(channel)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {text.list.tag}
        <input value={filters.tag ?? ''} maxLength={40} onChange={(event) => onFilter('tag', field(event))} />
      </label>
      <label>
        {text.list.sla}
        <select value={filters.sla ?? ''} onChange={(event) => onFilter('sla', field(event))}>
          <option value="">{text.list.anySla}</option>
          {TICKET_SLA_FILTERS.map((sla) => (
            <option key={sla} value={sla}>
              {text.list.slaFilters[sla]}
            </option>
          ))}
        </select>
      </label>
      <form
        class="save-view"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return;
          onSave(name.trim());
          setName('');
        }}
      >
        <label>
          {text.list.viewName}
          <input value={name} maxLength={60} required onInput={(event) => setName(field(event))} />
        </label>
        <button type="submit">{text.list.saveView}</button>
      </form>
    </details>
  );
}

/** Me, unassigned, and (for supervisors and admins, who may list agents) every agent by name. */
function AssigneePicker({ value, agents, anyone, onChange }: { value: string; agents: AgentView[]; anyone?: boolean; onChange: (value: string) => void }) {
  const text = inboxMessages();
  return (
    <select value={value} onChange={(event) => onChange((event.target as HTMLSelectElement).value)}>
      {anyone ? <option value="">{text.list.anyone}</option> : <option value="">—</option>}
      <option value="me">{text.list.me}</option>
      <option value="unassigned">{text.list.unassigned}</option>
      {agents.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </select>
  );
}

/** One change to every ticket picked: status, assignee, an added tag; nothing changes unless all can. */
function BulkBar({ count, agent, agents, onApply, onClear }: { count: number; agent: AgentLoginResponse['agent']; agents: AgentView[]; onApply: (change: Omit<BulkBody, 'ticketIds'>) => void; onClear: () => void }) {
  const text = inboxMessages();
  const [status, setStatus] = useState('');
  const [assignee, setAssignee] = useState('');
  const [tag, setTag] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    const change: Omit<BulkBody, 'ticketIds'> = {
      ...(status ? { status: status as (typeof AGENT_TICKET_STATUSES)[number] } : {}),
      ...(assignee ? { assigneeId: assignee === 'unassigned' ? null : assignee === 'me' ? agent.id : assignee } : {}),
      ...(tag.trim() ? { addTags: [tag.trim()] } : {}),
    };
    if (Object.keys(change).length > 0) onApply(change);
  };
  return (
    <form class="bulk-bar" onSubmit={submit} aria-label={text.list.selected(count)}>
      <strong>{text.list.selected(count)}</strong>
      <label>
        {text.list.setStatus}
        <select value={status} onChange={(event) => setStatus((event.target as HTMLSelectElement).value)}>
          <option value="">—</option>
          {AGENT_TICKET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ticketStatusText(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {text.list.assignTo}
        <AssigneePicker value={assignee} agents={agents} onChange={setAssignee} />
      </label>
      <label>
        {text.list.addTag}
        <input value={tag} maxLength={40} onInput={(event) => setTag((event.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="primary">
        {text.list.apply}
      </button>
      <button type="button" onClick={onClear}>
        {text.list.clearSelection}
      </button>
    </form>
  );
}
