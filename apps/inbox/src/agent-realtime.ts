import type {
  AgentClientToServerEvents,
  AgentMessageSend,
  AgentServerToClientEvents,
  ChatErrorEvent,
  ChatMessage,
  CollisionAnnouncement,
  CollisionPresence,
  ConversationClosed,
  ConversationOffered,
  ConversationRef,
  MessageAck,
  OkAck,
  ReadReceipt,
  SocketAckAnswer,
  SocketErrorAck,
  TicketsChanged,
  TypingEvent,
} from '@okpay/contracts';
import { AGENT_NAMESPACE, CHAT_EVENTS, COLLISION_EVENTS } from '@okpay/contracts';
import { io, type Socket } from 'socket.io-client';

export interface PendingReply {
  clientId: string;
  conversationId: string;
  text: string;
  internal: boolean;
  failed: boolean;
  /** The conversation's highest seq when it was typed: its stored copy comes after. */
  after: number;
}

export interface RealtimeState {
  connected: boolean;
  /** The socket was up and dropped, or cannot get through: the inbox says so until it is back. */
  lost: boolean;
  offers: ConversationOffered[];
  /** Per conversation, ordered by seq, each message once. */
  messages: Record<string, ChatMessage[]>;
  pending: PendingReply[];
  typing: Record<string, boolean>;
  /** Per conversation, what the customer has read. */
  customerRead: Record<string, number>;
  closed: Record<string, boolean>;
  lastError: string | null;
  /** The last tickets the server said changed; `seq` counts the announcements. */
  ticketChange: { seq: number; ticketIds: string[] };
  /** How many times the server said the agent's presence changed: the routing profile is read again after each. */
  presenceChanges: number;
}

/** The `/agent` socket, typed by the contract's event maps. */
type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;

const ACK_TIMEOUT_MS = 8000;

/** The server refused a chat command; `code` is the stable error code (e.g. `chat_offer_expired`). */
export class ChatCommandError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The agent's `/agent` socket: offers, owned conversations' messages, replies retried by clientId. */
export class AgentRealtime {
  private readonly socket: AgentSocket;
  private readonly listeners = new Set<(state: RealtimeState) => void>();
  private readonly bySeq = new Map<string, Map<number, ChatMessage>>();
  private readonly pending = new Map<string, PendingReply>();
  private readonly inFlight = new Set<string>();
  private state: RealtimeState = { connected: false, lost: false, offers: [], messages: {}, pending: [], typing: {}, customerRead: {}, closed: {}, lastError: null, ticketChange: { seq: 0, ticketIds: [] }, presenceChanges: 0 };

  constructor(
    token: string,
    private readonly events: { onOffer: (offer: ConversationOffered) => void; onOfferWithdrawn: (conversationId: string) => void },
  ) {
    // On every (re)connect the server replays, per conversation, what came after the seq we hold.
    this.socket = io(AGENT_NAMESPACE, { auth: (cb) => cb({ token, lastSeqs: this.lastSeqs() }), transports: ['websocket', 'polling'] });
    this.socket.on('connect', () => {
      this.update({ connected: true, lost: false });
      for (const reply of this.pending.values()) this.deliver(reply.clientId);
    });
    this.socket.on('disconnect', () => this.update({ connected: false, lost: true }));
    // socket.io does not retry a refused handshake; one refused for now (too many connections) is retried when allowed.
    this.socket.on('connect_error', (error: Error & { data?: { retryAfterSeconds?: number } }) => {
      this.update({ lost: true });
      const retryAfter = error.data?.retryAfterSeconds;
      if (!this.socket.active && retryAfter) setTimeout(() => this.socket.connect(), retryAfter * 1000);
    });
    this.socket.on(CHAT_EVENTS.offered, (offer: ConversationOffered) => {
      this.update({ offers: [...this.state.offers.filter((o) => o.conversationId !== offer.conversationId), offer] });
      this.events.onOffer(offer);
    });
    this.socket.on(CHAT_EVENTS.offerWithdrawn, (ref: ConversationRef) => {
      if (!this.state.offers.some((o) => o.conversationId === ref.conversationId)) return;
      this.dismissOffer(ref.conversationId);
      this.events.onOfferWithdrawn(ref.conversationId);
    });
    this.socket.on(CHAT_EVENTS.messageNew, (message: ChatMessage) => this.add(message));
    this.socket.on(CHAT_EVENTS.ticketsChanged, (change: TicketsChanged) => this.update({ ticketChange: { seq: this.state.ticketChange.seq + 1, ticketIds: change.ticketIds } }));
    this.socket.on(CHAT_EVENTS.presenceChanged, () => this.update({ presenceChanges: this.state.presenceChanges + 1 }));
    this.socket.on(CHAT_EVENTS.typing, (event: TypingEvent) => {
      if (event.conversationId) this.update({ typing: { ...this.state.typing, [event.conversationId]: event.isTyping } });
    });
    this.socket.on(CHAT_EVENTS.messageRead, (receipt: ReadReceipt) => {
      if (receipt.conversationId && receipt.reader === 'customer') this.update({ customerRead: { ...this.state.customerRead, [receipt.conversationId]: receipt.seq } });
    });
    this.socket.on(CHAT_EVENTS.conversationClosed, (closed: ConversationClosed) => this.update({ closed: { ...this.state.closed, [closed.conversationId]: true } }));
    this.socket.on(CHAT_EVENTS.chatError, (error: ChatErrorEvent) => this.update({ lastError: error.message }));
  }

  subscribe(listener: (state: RealtimeState) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  async accept(conversationId: string): Promise<void> {
    try {
      await this.ask(CHAT_EVENTS.accept, { conversationId });
    } finally {
      this.dismissOffer(conversationId);
    }
  }

  /** Subscribes to a conversation this agent may see (e.g. after a reload); its history follows. */
  watch(conversationId: string): Promise<OkAck> {
    return this.ask(CHAT_EVENTS.watch, { conversationId });
  }

  transfer(conversationId: string): Promise<OkAck> {
    return this.ask(CHAT_EVENTS.transfer, { conversationId });
  }

  close(conversationId: string): Promise<OkAck> {
    return this.ask(CHAT_EVENTS.close, { conversationId });
  }

  heartbeat(): void {
    this.socket.volatile.emit(CHAT_EVENTS.heartbeat, {});
  }

  dismissOffer(conversationId: string): void {
    this.update({ offers: this.state.offers.filter((o) => o.conversationId !== conversationId) });
  }

  send(conversationId: string, text: string, internal = false): void {
    const clientId = crypto.randomUUID();
    const after = Math.max(0, ...(this.bySeq.get(conversationId)?.keys() ?? []));
    this.pending.set(clientId, { clientId, conversationId, text, internal, failed: false, after });
    this.publish();
    this.deliver(clientId);
  }

  /** A file already uploaded to the conversation, sent as its own message. */
  sendAttachment(conversationId: string, attachmentId: string): Promise<MessageAck> {
    return this.ask(CHAT_EVENTS.messageSend, { clientId: crypto.randomUUID(), conversationId, text: '', attachmentId });
  }

  retry(clientId: string): void {
    const reply = this.pending.get(clientId);
    if (reply) reply.failed = false;
    this.publish();
    this.deliver(clientId);
  }

  setTyping(conversationId: string, isTyping: boolean): void {
    this.socket.volatile.emit(CHAT_EVENTS.typing, { conversationId, isTyping });
  }

  markRead(conversationId: string, seq: number): void {
    this.socket.emit(CHAT_EVENTS.messageRead, { conversationId, seq });
  }

  /** Messages loaded over REST (a conversation's history) join the same ordered, de-duplicated log. */
  add(message: ChatMessage): void {
    let log = this.bySeq.get(message.conversationId);
    if (!log) this.bySeq.set(message.conversationId, (log = new Map()));
    if (log.has(message.seq)) return;
    log.set(message.seq, message);
    this.update({
      messages: { ...this.state.messages, [message.conversationId]: [...log.values()].sort((a, b) => a.seq - b.seq) },
      typing: message.author.type === 'customer' ? { ...this.state.typing, [message.conversationId]: false } : this.state.typing,
    });
  }

  /** Collision detection: where this agent is (a ticket or chat, typing or not)… */
  announce(announcement: CollisionAnnouncement): void {
    this.socket.emit(COLLISION_EVENTS.announce, announcement);
  }

  /** …and where the other agents are. */
  onPresence(listener: (presence: CollisionPresence) => void): () => void {
    this.socket.on(COLLISION_EVENTS.presence, listener);
    return () => void this.socket.off(COLLISION_EVENTS.presence, listener);
  }

  disconnect(): void {
    this.socket.disconnect();
  }

  /** The agent asks to try now instead of waiting for socket.io's next back-off attempt. */
  reconnect(): void {
    if (!this.socket.connected) this.socket.disconnect().connect();
  }

  private lastSeqs(): Record<string, number> {
    const seqs: Record<string, number> = {};
    for (const [conversationId, log] of this.bySeq) {
      let seq = 0;
      while (log.has(seq + 1)) seq += 1;
      seqs[conversationId] = seq;
    }
    return seqs;
  }

  private async ask<Event extends keyof AgentClientToServerEvents>(
    event: Event,
    payload: Parameters<AgentClientToServerEvents[Event]>[0],
  ): Promise<SocketAckAnswer<AgentClientToServerEvents[Event]>> {
    // socket.io-client cannot resolve the parameters of a generic event name; this method's signature types the callers.
    const answer: SocketAckAnswer<AgentClientToServerEvents[Event]> | SocketErrorAck = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, ...([payload] as never));
    if (answer && typeof answer === 'object' && 'error' in answer) throw new ChatCommandError(answer.error.code, answer.error.message || answer.error.code);
    return answer;
  }

  private deliver(clientId: string): void {
    const reply = this.pending.get(clientId);
    if (!reply || !this.socket.connected || this.inFlight.has(clientId)) return;
    this.inFlight.add(clientId);
    const command: AgentMessageSend = { clientId, conversationId: reply.conversationId, text: reply.text, ...(reply.internal ? { internal: true } : {}) };
    this.socket.timeout(ACK_TIMEOUT_MS).emit(CHAT_EVENTS.messageSend, command, (error: Error | null, ack: MessageAck | SocketErrorAck | undefined) => {
      this.inFlight.delete(clientId);
      if (!error && ack && 'seq' in ack) {
        this.pending.delete(clientId);
        const stored: ChatMessage = { id: ack.id, seq: ack.seq, conversationId: reply.conversationId, author: { type: 'agent' }, text: reply.text, createdAt: new Date().toISOString() };
        this.add(reply.internal ? { ...stored, internal: true } : stored);
      } else {
        reply.failed = true;
        if (ack && 'error' in ack) this.update({ lastError: ack.error.message });
      }
      this.publish();
    });
  }

  private update(change: Partial<RealtimeState>): void {
    this.state = { ...this.state, ...change };
    this.publish();
  }

  /** Not yet acknowledged, minus those whose stored copy (`message:new` can overtake the ack) is already shown. */
  private stillSending(): PendingReply[] {
    const claimed = new Set<string>();
    return [...this.pending.values()].filter((reply) => {
      const copy = this.state.messages[reply.conversationId]?.find((m) => m.author.type === 'agent' && m.seq > reply.after && m.text === reply.text && !claimed.has(m.id));
      if (copy) claimed.add(copy.id);
      return !copy;
    });
  }

  private publish(): void {
    this.state = { ...this.state, pending: this.stillSending() };
    for (const listener of this.listeners) listener(this.state);
  }
}
