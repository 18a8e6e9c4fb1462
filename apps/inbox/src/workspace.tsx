import type { AgentLoginResponse, CallbackWorkItemView, ConversationSummary, Locale, RoutingProfileView, TicketSummaryView } from '@okpay/contracts';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { AgentRealtime, ChatCommandError, type RealtimeState } from './agent-realtime';
import { ApiClient } from './api-client';
import { CollisionPresence } from './collision-presence';
import { OfferAttention } from './attention';
import { ChatHistory } from './chat-history';
import { ChatView } from './chat-view';
import { ContactPage } from './contact-page';
import { CustomerPanel } from './customer-panel';
import { formatTime } from './format';
import { inboxMessages } from './inbox-messages';
import { SearchBox } from './search-box';
import { TicketView } from './ticket-view';
import { TicketList } from './ticket-list';
import { Topbar } from './topbar';

export type Selection =
  | { kind: 'chat'; conversationId: string; customerId: string | null }
  | { kind: 'ticket'; id: string; customerId: string | null }
  | { kind: 'contact'; id: string; customerId: string | null }
  | { kind: 'history'; conversationId: string; customerId: string | null }
  | null;

const LIST_REFRESH_MS = 30_000;

/** Chat offers the server refuses because they are gone: the chat went back to the queue. */
const OFFER_GONE = new Set(['chat_offer_expired', 'chat_offer_not_found']);

interface Lists {
  waiting: ConversationSummary[];
  mine: ConversationSummary[];
  callbacks: CallbackWorkItemView[];
}

/** A message above the workspace, with the next step the agent can take. */
interface Notice {
  text: string;
  action?: { label: string; run: () => void };
}

/** Lists on the left, the selected conversation in the middle, the customer on the right. */
export function Workspace({ session, locale, onChooseLocale, onSignOut }: { session: AgentLoginResponse; locale: Locale; onChooseLocale: (locale: Locale) => void; onSignOut: () => void }) {
  const text = inboxMessages();
  const api = useMemo(() => new ApiClient(session.token, onSignOut), [session.token]);
  const attention = useMemo(() => new OfferAttention(), []);
  const realtime = useMemo(
    () =>
      new AgentRealtime(session.token, {
        onOffer: () => attention.announce(inboxMessages().newChat),
        // The server withdraws an offer nobody answered in time (or whose customer left): say where the chat went.
        onOfferWithdrawn: () => showOfferExpired(),
      }),
    [session.token],
  );
  const [live, setLive] = useState<RealtimeState | null>(null);
  const [profile, setProfile] = useState<RoutingProfileView | null>(null);
  const [lists, setLists] = useState<Lists>({ waiting: [], mine: [], callbacks: [] });
  const [shownTicket, setShownTicket] = useState<TicketSummaryView | null>(null);
  const [selection, setSelection] = useState<Selection>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    const unsubscribe = realtime.subscribe(setLive);
    return () => {
      unsubscribe();
      realtime.disconnect();
    };
  }, [realtime]);

  // Read the profile after each (re)connect and after each `agent:presence`: connecting puts an offline
  // agent online, but that commit can land after this read, and only the event says it did.
  // A read overtaken by a later one is dropped, so a slow stale answer cannot win.
  useEffect(() => {
    let latest = true;
    void api.call('GET /agents/me/routing', {}).then((read) => latest && setProfile(read), () => undefined);
    return () => {
      latest = false;
    };
  }, [api, live?.connected, live?.presenceChanges]);

  // Online agents prove they are still there; routing takes silent ones offline after a minute.
  useEffect(() => {
    if (profile?.presence !== 'online') return;
    const beat = setInterval(() => realtime.heartbeat(), 20_000);
    return () => clearInterval(beat);
  }, [realtime, profile?.presence]);

  const refresh = async () => {
    const [waiting, mine, callbacks] = await Promise.all([
      api.call('GET /conversations/waiting', {}).catch(() => lists.waiting),
      api.call('GET /conversations/mine', {}).catch(() => lists.mine),
      api.call('GET /callbacks', { query: { due: 'true' } }).catch(() => lists.callbacks),
    ]);
    setLists({ waiting, mine, callbacks });
  };

  // Lists follow the socket (offers, messages, accepts) and, as a backstop, a slow refresh.
  const listKey = live ? `${live.offers.map((o) => o.conversationId).join()}|${Object.keys(live.messages).join()}|${Object.keys(live.closed).join()}|${live.connected}` : '';
  useEffect(() => {
    void refresh();
  }, [listKey, api]);
  useEffect(() => {
    const timer = setInterval(() => void refresh(), LIST_REFRESH_MS);
    return () => clearInterval(timer);
  }, [api]);
  // The ticket list reads itself again when the socket or the open ticket says something moved.
  const [ticketChanges, setTicketChanges] = useState(0);
  const [bulkChanges, setBulkChanges] = useState(0);
  const ticketListKey = `${listKey}|${ticketChanges}|${live?.ticketChange.seq ?? 0}`;

  // Alt+K: the search box; Alt+R: the open ticket's or chat's reply box.
  useEffect(() => {
    const jump = (event: KeyboardEvent) => {
      if (!event.altKey) return;
      const target = event.code === 'KeyK' ? '.search input' : event.code === 'KeyR' ? '#ticket-reply, #chat-reply' : null;
      const element = target ? document.querySelector<HTMLElement>(target) : null;
      if (!element) return;
      event.preventDefault();
      element.focus();
    };
    addEventListener('keydown', jump);
    return () => removeEventListener('keydown', jump);
  }, []);

  const showWaitingChats = () => {
    setNotice(null);
    void refresh();
    document.getElementById('list-waiting')?.focus();
  };
  function showOfferExpired() {
    setNotice({ text: inboxMessages().offerExpired, action: { label: inboxMessages().showWaitingChats, run: showWaitingChats } });
  }

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
      if (error instanceof ChatCommandError && OFFER_GONE.has(error.code)) return showOfferExpired();
      setNotice({ text: inboxMessages().couldNotTakeChat(error instanceof Error ? error.message : ''), action: { label: inboxMessages().tryAgain, run: () => void accept(conversationId) } });
    }
  };

  const openTicket = (id: string, customerId: string | null) => setSelection({ kind: 'ticket', id, customerId });
  const openContact = (id: string, customerId: string | null) => setSelection({ kind: 'contact', id, customerId });

  return (
    <div class="workspace">
      <Topbar
        session={session}
        live={live}
        presence={profile?.presence}
        locale={locale}
        onPresence={(presence) => void setPresence(presence)}
        onChooseLocale={onChooseLocale}
        onSignOut={onSignOut}
      />

      {live?.lost && (
        <p class="notice lost" role="alert">
          {text.connectionLost}{' '}
          <button type="button" onClick={() => realtime.reconnect()}>
            {text.reconnectNow}
          </button>
        </p>
      )}

      {notice && (
        <p class="notice" role="alert">
          {notice.text}{' '}
          {notice.action && (
            <button type="button" class="primary" onClick={notice.action.run}>
              {notice.action.label}
            </button>
          )}{' '}
          <button type="button" onClick={() => setNotice(null)}>
            {text.dismiss}
          </button>
        </p>
      )}

      {live && live.offers.length > 0 && (
        <section class="offers" aria-label={text.chatOffers} aria-live="assertive">
          {live.offers.map((offer) => (
            <div class="offer" key={offer.conversationId}>
              <span>{text.offerLine(formatTime(offer.expiresAt))}</span>
              <button type="button" class="primary" onClick={() => void accept(offer.conversationId)}>
                {text.acceptChat}
              </button>
              <button type="button" onClick={() => realtime.dismissOffer(offer.conversationId)}>
                {text.dismiss}
              </button>
            </div>
          ))}
        </section>
      )}

      <nav class="lists" aria-label={text.workLists}>
        <SearchBox api={api} onOpenTicket={openTicket} onOpenContact={openContact} />
        <ListSection id="list-waiting" title={text.waitingChats} count={lists.waiting.length}>
          {lists.waiting.map((chat) => (
            <li key={chat.id}>
              <button type="button" class="item" onClick={() => void accept(chat.id)} aria-label={text.takeWaitingChat(formatTime(chat.routing?.arrivedAt ?? chat.createdAt))}>
                <ChatPreview chat={chat} />
                <small>{text.waitingSince(formatTime(chat.routing?.arrivedAt ?? chat.createdAt))}</small>
              </button>
            </li>
          ))}
        </ListSection>
        <ListSection id="list-my-chats" title={text.myChats} count={lists.mine.length}>
          {lists.mine.map((chat) => {
            const state = chat.routing?.status ?? chat.status;
            return (
              <li key={chat.id}>
                <button
                  type="button"
                  class={`item ${selection?.kind === 'chat' && selection.conversationId === chat.id ? 'selected' : ''}`}
                  aria-current={selection?.kind === 'chat' && selection.conversationId === chat.id}
                  onClick={() => (chat.routing?.status === 'offered' ? void accept(chat.id) : setSelection({ kind: 'chat', conversationId: chat.id, customerId: chat.customerId }))}
                >
                  <ChatPreview chat={chat} />
                  <small>{text.chatStates[state] ?? state}</small>
                </button>
              </li>
            );
          })}
        </ListSection>
        <TicketList api={api} agent={session.agent} openTicket={selection?.kind === 'ticket' && shownTicket?.id === selection.id ? shownTicket : null} refreshKey={ticketListKey}
          onOpen={openTicket}
          onBulkChanged={() => setBulkChanges((n) => n + 1)}
        />
        <ListSection id="list-callbacks" title={text.callbacksDue} count={lists.callbacks.length}>
          {lists.callbacks.map((callback) => (
            <li key={callback.id} class="item static">
              <span>
                {callback.name ?? text.customer} · {callback.phone}
              </span>
              <small>
                {formatTime(callback.scheduledFor)} · {callback.topic}
              </small>
            </li>
          ))}
        </ListSection>
      </nav>

      <main class="conversation" aria-label={text.conversation}>
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
            <TicketView
              ticketId={selection.id}
              api={api}
              onLoaded={setShownTicket}
              reloadKey={`${bulkChanges}|${live?.ticketChange.ticketIds.includes(selection.id) ? live.ticketChange.seq : 0}`}
              onChanged={() => setTicketChanges((n) => n + 1)}
              onOpenContact={openContact}
            />
          </CollisionPresence>
        )}
        {selection?.kind === 'contact' && (
          <ContactPage
            key={selection.id}
            contactId={selection.id}
            api={api}
            onOpenTicket={openTicket}
            onOpenContact={(id) => openContact(id, null)}
            onOpenChat={(conversationId, customerId) => setSelection({ kind: 'history', conversationId, customerId })}
          />
        )}
        {selection?.kind === 'history' && <ChatHistory key={selection.conversationId} conversationId={selection.conversationId} api={api} />}
        {!selection && <p class="empty">{text.pickSomething}</p>}
      </main>

      <aside class="customer" aria-label={text.customer}>
        {selection?.customerId ? <CustomerPanel key={selection.customerId} customerId={selection.customerId} api={api} /> : <p class="empty">{text.noCustomer}</p>}
      </aside>
    </div>
  );
}

function ListSection({ id, title, count, children }: { id: string; title: string; count: number; children: preact.ComponentChildren }) {
  return (
    <section class="list" aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {title} <span class="count">{count}</span>
      </h2>
      <ul>{children}</ul>
    </section>
  );
}

/** Who and what: the customer kind, the language and the last message, as text. */
function ChatPreview({ chat }: { chat: ConversationSummary }) {
  const text = inboxMessages();
  const last = chat.lastMessage;
  return (
    <span class="preview">
      {chat.customerId ? text.walletCustomer : text.visitor} · {chat.locale}
      {last && <span class="last">{last.text || (last.attachment ? text.attachmentLine(last.attachment.fileName) : '')}</span>}
    </span>
  );
}
