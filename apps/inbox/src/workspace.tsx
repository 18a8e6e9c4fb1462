import type { AgentLoginResponse, CallbackWorkItemView, ConversationSummary, RoutingProfileView, TicketSummaryView } from '@okpay/contracts';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { AgentRealtime, type RealtimeState } from './agent-realtime';
import { adminEntryMessages } from './admin/admin-entry-messages';
import { ADMIN_HASH, canAdminister } from './admin/admin-route';
import { ApiClient } from './api-client';
import { CollisionPresence } from './collision-presence';
import { OfferAttention } from './attention';
import { ChatView } from './chat-view';
import { ContactPage } from './contact-page';
import { CustomerPanel } from './customer-panel';
import { formatTime } from './format';
import { reportsMessages } from './reports-messages';
import { canSeeReports, REPORTS_HASH } from './reports-route';
import { SearchBox } from './search-box';
import { TicketView } from './ticket-view';

export type Selection =
  | { kind: 'chat'; conversationId: string; customerId: string | null }
  | { kind: 'ticket'; id: string; customerId: string | null }
  | { kind: 'contact'; id: string; customerId: string | null }
  | null;

const TICKET_VIEWS = {
  mine: { label: 'My tickets', query: { assignee: 'me' } },
  open: { label: 'Open', query: { status: 'open' } },
  new: { label: 'New', query: { status: 'new' } },
  breached: { label: 'SLA breached', query: { sla: 'breached' } },
} as const;
type TicketViewName = keyof typeof TICKET_VIEWS;

const LIST_REFRESH_MS = 30_000;

interface Lists {
  waiting: ConversationSummary[];
  mine: ConversationSummary[];
  tickets: TicketSummaryView[];
  callbacks: CallbackWorkItemView[];
}

/** Lists on the left, the selected conversation in the middle, the customer on the right. */
export function Workspace({ session, onSignOut }: { session: AgentLoginResponse; onSignOut: () => void }) {
  const api = useMemo(() => new ApiClient(session.token, onSignOut), [session.token]);
  const attention = useMemo(() => new OfferAttention(), []);
  const realtime = useMemo(() => new AgentRealtime(session.token, () => attention.announce('New chat')), [session.token]);
  const [live, setLive] = useState<RealtimeState | null>(null);
  const [profile, setProfile] = useState<RoutingProfileView | null>(null);
  const [lists, setLists] = useState<Lists>({ waiting: [], mine: [], tickets: [], callbacks: [] });
  const [ticketView, setTicketView] = useState<TicketViewName>('mine');
  const [selection, setSelection] = useState<Selection>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const unsubscribe = realtime.subscribe(setLive);
    return () => {
      unsubscribe();
      realtime.disconnect();
    };
  }, [realtime]);

  // Connecting the /agent socket puts an offline agent online: read the profile again after each (re)connect.
  useEffect(() => {
    void api.call('GET /agents/me/routing', {}).then(setProfile, () => undefined);
  }, [api, live?.connected]);

  // Online agents prove they are still there; routing takes silent ones offline after a minute.
  useEffect(() => {
    if (profile?.presence !== 'online') return;
    const beat = setInterval(() => realtime.heartbeat(), 20_000);
    return () => clearInterval(beat);
  }, [realtime, profile?.presence]);

  const refresh = async () => {
    const [waiting, mine, tickets, callbacks] = await Promise.all([
      api.call('GET /conversations/waiting', {}).catch(() => lists.waiting),
      api.call('GET /conversations/mine', {}).catch(() => lists.mine),
      api.call('GET /tickets', { query: { ...TICKET_VIEWS[ticketView].query, limit: 25 } }).then((page) => page.items, () => lists.tickets),
      api.call('GET /callbacks', { query: { due: 'true' } }).catch(() => lists.callbacks),
    ]);
    setLists({ waiting, mine, tickets, callbacks });
  };

  // Lists follow the socket (offers, messages, accepts) and, as a backstop, a slow refresh.
  const listKey = live ? `${live.offers.map((o) => o.conversationId).join()}|${Object.keys(live.messages).join()}|${Object.keys(live.closed).join()}|${live.connected}` : '';
  useEffect(() => {
    void refresh();
  }, [listKey, ticketView, api]);
  useEffect(() => {
    const timer = setInterval(() => void refresh(), LIST_REFRESH_MS);
    return () => clearInterval(timer);
  }, [ticketView, api]);

  const setPresence = async (presence: 'online' | 'away' | 'offline') => {
    setProfile(await api.call('PUT /agents/me/presence', { body: { presence } }));
  };

  const accept = async (conversationId: string) => {
    attention.stopFlash();
    try {
      await realtime.accept(conversationId);
      const mine = await api.call('GET /conversations/mine', {});
      setLists((current) => ({ ...current, mine }));
      const item = mine.find((c) => c.id === conversationId);
      setSelection({ kind: 'chat', conversationId, customerId: item?.customerId ?? null });
    } catch (error) {
      setNotice(`Could not take the chat: ${error instanceof Error ? error.message : 'try again'}.`);
    }
  };

  const openTicket = (id: string, customerId: string | null) => setSelection({ kind: 'ticket', id, customerId });
  const openContact = (id: string, customerId: string | null) => setSelection({ kind: 'contact', id, customerId });

  return (
    <div class="workspace">
      <header class="topbar">
        <h1>OKPay Support</h1>
        <span class={`connection ${live?.connected ? 'up' : 'down'}`} role="status">
          {live?.connected ? 'Live' : 'Reconnecting…'}
        </span>
        <label class="presence">
          Status
          <select
            aria-label="Presence"
            value={profile?.presence ?? 'offline'}
            onChange={(event) => void setPresence((event.target as HTMLSelectElement).value as 'online' | 'away' | 'offline')}
          >
            <option value="online">Online</option>
            <option value="away">Away</option>
            <option value="offline">Offline</option>
          </select>
        </label>
        {canSeeReports(session.agent.role) && <a href={REPORTS_HASH}>{reportsMessages().reports}</a>}
        {canAdminister(session.agent.role) && <a href={ADMIN_HASH}>{adminEntryMessages().admin}</a>}
        <span class="agent-name">{session.agent.name}</span>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>

      {notice && (
        <p class="notice" role="alert">
          {notice}{' '}
          <button type="button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </p>
      )}

      {live && live.offers.length > 0 && (
        <section class="offers" aria-label="Chat offers" aria-live="assertive">
          {live.offers.map((offer) => (
            <div class="offer" key={offer.conversationId}>
              <span>New chat offered · answer by {formatTime(offer.expiresAt)}</span>
              <button type="button" class="primary" onClick={() => void accept(offer.conversationId)}>
                Accept chat
              </button>
              <button type="button" onClick={() => realtime.dismissOffer(offer.conversationId)}>
                Dismiss
              </button>
            </div>
          ))}
        </section>
      )}

      <nav class="lists" aria-label="Work lists">
        <SearchBox api={api} onOpenTicket={openTicket} onOpenContact={openContact} />
        <ListSection title="Waiting chats" count={lists.waiting.length}>
          {lists.waiting.map((chat) => (
            <li key={chat.id}>
              <button type="button" class="item" onClick={() => void accept(chat.id)} aria-label={`Take waiting chat from ${formatTime(chat.routing?.arrivedAt ?? chat.createdAt)}`}>
                <ChatPreview chat={chat} />
                <small>waiting since {formatTime(chat.routing?.arrivedAt ?? chat.createdAt)}</small>
              </button>
            </li>
          ))}
        </ListSection>
        <ListSection title="My chats" count={lists.mine.length}>
          {lists.mine.map((chat) => (
            <li key={chat.id}>
              <button
                type="button"
                class={`item ${selection?.kind === 'chat' && selection.conversationId === chat.id ? 'selected' : ''}`}
                aria-current={selection?.kind === 'chat' && selection.conversationId === chat.id}
                onClick={() => (chat.routing?.status === 'offered' ? void accept(chat.id) : setSelection({ kind: 'chat', conversationId: chat.id, customerId: chat.customerId }))}
              >
                <ChatPreview chat={chat} />
                <small>{chat.routing?.status ?? chat.status}</small>
              </button>
            </li>
          ))}
        </ListSection>
        <ListSection
          title="Tickets"
          count={lists.tickets.length}
          extra={
            <select aria-label="Ticket view" value={ticketView} onChange={(event) => setTicketView((event.target as HTMLSelectElement).value as TicketViewName)}>
              {Object.entries(TICKET_VIEWS).map(([name, view]) => (
                <option key={name} value={name}>
                  {view.label}
                </option>
              ))}
            </select>
          }
        >
          {lists.tickets.map((ticket) => (
            <li key={ticket.id}>
              <button
                type="button"
                class={`item ${selection?.kind === 'ticket' && selection.id === ticket.id ? 'selected' : ''}`}
                onClick={() => setSelection({ kind: 'ticket', id: ticket.id, customerId: ticket.customerId })}
              >
                <span>
                  {ticket.reference} {ticket.subject}
                </span>
                <small>
                  {ticket.status} · {ticket.priority}
                </small>
              </button>
            </li>
          ))}
        </ListSection>
        <ListSection title="Callbacks due" count={lists.callbacks.length}>
          {lists.callbacks.map((callback) => (
            <li key={callback.id} class="item static">
              <span>
                {callback.name ?? 'Customer'} · {callback.phone}
              </span>
              <small>
                {formatTime(callback.scheduledFor)} · {callback.topic}
              </small>
            </li>
          ))}
        </ListSection>
      </nav>

      <main class="conversation" aria-label="Conversation">
        {selection?.kind === 'chat' && live && (
          <CollisionPresence key={selection.conversationId} realtime={realtime} kind="conversation" id={selection.conversationId}>
            <ChatView
              conversationId={selection.conversationId}
              api={api}
              realtime={realtime}
              live={live}
              agentName={session.agent.name}
              onEnded={() => {
                setSelection(null);
                void refresh();
              }}
            />
          </CollisionPresence>
        )}
        {selection?.kind === 'ticket' && (
          <CollisionPresence key={selection.id} realtime={realtime} kind="ticket" id={selection.id}>
            <TicketView ticketId={selection.id} api={api} onChanged={() => void refresh()} onOpenContact={openContact} />
          </CollisionPresence>
        )}
        {selection?.kind === 'contact' && (
          <ContactPage key={selection.id} contactId={selection.id} api={api} onOpenTicket={openTicket} onOpenContact={(id) => openContact(id, null)} />
        )}
        {!selection && <p class="empty">Pick a chat or a ticket from the lists.</p>}
      </main>

      <aside class="customer" aria-label="Customer">
        {selection?.customerId ? <CustomerPanel key={selection.customerId} customerId={selection.customerId} api={api} /> : <p class="empty">No wallet customer linked (visitor).</p>}
      </aside>
    </div>
  );
}

function ListSection({ title, count, extra, children }: { title: string; count: number; extra?: preact.ComponentChildren; children: preact.ComponentChildren }) {
  const id = `list-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section class="list" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span class="count">{count}</span>
      </h2>
      {extra}
      <ul>{children}</ul>
    </section>
  );
}

/** Who and what: the customer kind, the language and the last message, as text. */
function ChatPreview({ chat }: { chat: ConversationSummary }) {
  const last = chat.lastMessage;
  return (
    <span class="preview">
      {chat.customerId ? 'Wallet customer' : 'Visitor'} · {chat.locale}
      {last && <span class="last">{last.text || (last.attachment ? `📎 ${last.attachment.fileName}` : '')}</span>}
    </span>
  );
}
