import type {
  AttachmentView,
  BusinessHoursView,
  CallbackRequestAck,
  ChatErrorEvent,
  ChatMessage,
  ConversationClosed,
  ConversationSession,
  FrontEndRestCall,
  HandoffUnavailable,
  LeaveMessageAck,
  Locale,
  MessageAck,
  QueueUpdate,
  ReadReceipt,
  RestCallAnswer,
  RestCallInput,
  SocketAckAnswer,
  SocketError,
  SocketErrorAck,
  TypingEvent,
  WidgetClientToServerEvents,
  WidgetOpenItemView,
  WidgetHandshakeAuth,
  WidgetServerToClientEvents,
} from '@okpay/contracts';
import { CHAT_EVENTS, restCallTarget } from '@okpay/contracts';
import { io, type Socket } from 'socket.io-client';
import { MessageLog, type PendingMessage } from './message-log';
import { forgetSession, loadSession, newClientId, saveSession, type StoredSession } from './session-store';

export type ConnectionPhase = 'starting' | 'connecting' | 'online' | 'offline';

export interface WidgetState {
  conversationId: string | null;
  phase: ConnectionPhase;
  messages: ChatMessage[];
  pending: PendingMessage[];
  queue: QueueUpdate | null;
  typing: TypingEvent['author'] | null;
  hours: BusinessHoursView | null;
  /** Why no person can come now, and when one can: the widget offers "leave a message". */
  leaveMessage: HandoffUnavailable | null;
  /** What came of that offer, as the server recorded it: restored after a reload or reconnect. */
  offerOutcome: OfferOutcome | null;
  /** The agent side has read up to here (read receipts). */
  agentReadSeq: number;
  /** The conversation ended; `csat` asks for a rating. */
  closed: ConversationClosed | null;
  /** A signed-in customer's open matter (a failed payment today, a refund under way), named on open until they ask anything. */
  openItem: WidgetOpenItemView | null;
  error: string | null;
}

/** A message left (its ticket) or a call back booked (when), for the offer the visitor took. */
export interface OfferOutcome {
  ticketNumber?: number;
  callbackAt?: string;
}

export interface WidgetOptions {
  origin: string;
  locale: Locale;
  /** Signed by the host page (HMAC) for a logged-in wallet customer; never a bare user id. */
  identity: string | null;
}

/** The `/widget` socket, typed by the contract's event maps. */
type WidgetSocket = Socket<WidgetServerToClientEvents, WidgetClientToServerEvents>;

const ACK_TIMEOUT_MS = 8000;
const RETRY_DELAY_MS = 2000;

/**
 * The widget's side of the conversation: a session that survives reloads, the `/widget` socket
 * (reconnecting with the last seq it holds), sends retried with the same clientId until acked.
 */
export class ChatClient {
  private readonly log = new MessageLog();
  private readonly listeners = new Set<(state: WidgetState) => void>();
  private readonly inFlight = new Set<string>();
  private session: StoredSession | null = null;
  private socket: WidgetSocket | null = null;
  private state: WidgetState = {
    conversationId: null,
    phase: 'starting',
    messages: [],
    pending: [],
    queue: null,
    typing: null,
    hours: null,
    leaveMessage: null,
    offerOutcome: null,
    agentReadSeq: 0,
    closed: null,
    openItem: null,
    error: null,
  };
  private renewedAfterRejection = false;

  constructor(private readonly options: WidgetOptions) {}

  subscribe(listener: (state: WidgetState) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<void> {
    void this.refreshBusinessHours();
    this.session = loadSession(this.options.identity) ?? (await this.newSession());
    for (const { clientId, text } of this.session.unsent) this.log.queue(clientId, text);
    this.connect();
    if (this.signedIn) void this.refreshOpenItem();
  }

  send(text: string): void {
    const trimmed = text.trim();
    if (!trimmed) return;
    const clientId = newClientId();
    this.log.queue(clientId, trimmed);
    this.persistUnsent();
    // Asked (about it, or about something else): the open-matter line has done its work.
    this.update({ openItem: null });
    this.deliver(clientId);
  }

  retry(clientId: string): void {
    this.log.retrying(clientId);
    this.publish();
    this.deliver(clientId);
  }

  setTyping(isTyping: boolean): void {
    this.socket?.volatile.emit(CHAT_EVENTS.typing, { isTyping });
  }

  /** Everything up to `seq` is on the visitor's screen. */
  markRead(seq: number): void {
    this.socket?.emit(CHAT_EVENTS.messageRead, { seq });
  }

  /**
   * Asks for a person in words, as a chat message: the bot (once bound) reads it as a handoff,
   * the default responder queues every message for people, and it works the same for visitors
   * and signed-in customers. The server answers with `queue:update` or `conversation:unavailable`.
   */
  askForPerson(text: string): void {
    this.send(text);
  }

  dismissLeaveMessage(): void {
    this.update({ leaveMessage: null, offerOutcome: null });
  }

  /** The message becomes a ticket; the answer says whether a callback can be offered. */
  leaveMessage(text: string, email: string | undefined): Promise<LeaveMessageAck> {
    return this.ask(CHAT_EVENTS.leaveMessage, { text, ...(email ? { email } : {}) });
  }

  requestCallback(phone: string, name: string | undefined): Promise<CallbackRequestAck> {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return this.ask(CHAT_EVENTS.requestCallback, { phone, ...(name ? { name } : {}), ...(timeZone ? { timeZone } : {}) });
  }

  /** A customer signed in on the host site: their transcript goes to their account's address. */
  get signedIn(): boolean {
    return this.options.identity !== null;
  }

  /** "Email me this chat": to the account's address, or the one a visitor gives; times in the visitor's zone. */
  emailTranscript(email: string | undefined): Promise<RestCallAnswer<'POST /widget/transcript'>> {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return this.call('POST /widget/transcript', { body: { conversationId: this.session!.conversationId, ...(email ? { email } : {}), ...(timeZone ? { timeZone } : {}) } }, this.session!.token);
  }

  async rate(score: number, comment: string): Promise<void> {
    await this.ask(CHAT_EVENTS.csatSubmit, { score, ...(comment ? { comment } : {}) });
  }

  /** Uploads a file as raw bytes (the server decides its type from the content), then sends it as a message. */
  async sendFile(file: File): Promise<void> {
    const upload = restCallTarget('POST /chat/attachments', { query: { fileName: file.name.slice(0, 200) } });
    const response = await fetch(`${this.options.origin}/api/v1${upload.path}`, {
      method: upload.method,
      headers: { authorization: `Bearer ${this.session!.token}`, 'content-type': 'application/octet-stream' },
      body: file,
    });
    if (!response.ok) throw new Error(`upload: ${response.status}`);
    const attachment = (await response.json()) as RestCallAnswer<'POST /chat/attachments'>;
    await this.ask(CHAT_EVENTS.messageSend, { clientId: newClientId(), text: '', attachmentId: attachment.id });
  }

  /** Attachments need the session's token, so they are fetched here and handed to the browser as a download. */
  async openAttachment(attachment: AttachmentView): Promise<void> {
    const response = await fetch(new URL(attachment.url, this.options.origin).href, { headers: { authorization: `Bearer ${this.session!.token}` } });
    if (!response.ok) throw new Error(`download: ${response.status}`);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = attachment.fileName;
    link.rel = 'noopener';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  /** After a closed conversation: forget it and start a fresh one. */
  async startOver(): Promise<void> {
    await this.replaceSession();
  }

  stop(): void {
    this.socket?.disconnect();
  }

  private connect(): void {
    const session = this.session!;
    this.update({ phase: 'connecting' });
    const socket: WidgetSocket = io(`${this.options.origin}/widget`, {
      // A function, so every reconnect presents the latest seq held and gets only what it missed.
      auth: (cb) => cb({ token: session.token, lastSeq: this.log.lastSeq, locale: this.options.locale } satisfies WidgetHandshakeAuth & { locale: Locale }),
      transports: ['websocket', 'polling'],
    });
    this.socket = socket;
    socket.on('connect', () => {
      this.renewedAfterRejection = false;
      this.update({ phase: 'online', error: null });
      for (const pending of this.log.unacknowledged()) this.deliver(pending.clientId);
    });
    socket.on('disconnect', () => this.update({ phase: 'offline', typing: null }));
    socket.on('connect_error', (error: Error & { data?: Partial<SocketError> }) => {
      this.update({ phase: 'offline' });
      // socket.io does not retry a handshake the server refused. Refused for now (too many
      // connections, or the server briefly without its database): the same session again when it
      // says; an expired or unknown session gets a fresh one, once.
      const retryAfter = error.data?.retryAfterSeconds ?? (error.data?.code === 'unavailable' ? RETRY_DELAY_MS / 1000 : undefined);
      if (!socket.active && retryAfter) {
        setTimeout(() => socket.connect(), retryAfter * 1000);
      } else if (!socket.active && !this.renewedAfterRejection) {
        this.renewedAfterRejection = true;
        void this.replaceSession();
      }
    });
    socket.on(CHAT_EVENTS.session, (conversation: ConversationSession) => {
      if (this.session && this.session.conversationId !== conversation.conversationId) {
        this.session = { ...this.session, conversationId: conversation.conversationId };
        saveSession(this.session);
      }
      this.update({ agentReadSeq: conversation.agentReadSeq, closed: conversation.status === 'closed' ? (this.state.closed ?? { conversationId: conversation.conversationId, csat: false }) : null });
      void this.restoreOffer();
    });
    socket.on(CHAT_EVENTS.messageNew, (message: ChatMessage) => {
      if (this.log.add(message)) {
        const fromTeam = message.author.type !== 'customer';
        // A person (or the system saying one joined) answers: the wait is over.
        const answered = message.author.type === 'agent' || message.author.type === 'system';
        this.update({ typing: fromTeam ? null : this.state.typing, queue: answered ? null : this.state.queue });
      }
    });
    socket.on(CHAT_EVENTS.queueUpdate, (queue: QueueUpdate) => this.update({ queue: queue.position > 0 ? queue : null }));
    socket.on(CHAT_EVENTS.typing, (event: TypingEvent) => this.update({ typing: event.isTyping ? (event.author ?? { type: 'agent' }) : null }));
    socket.on(CHAT_EVENTS.messageRead, (receipt: ReadReceipt) => {
      if (receipt.reader === 'agent') this.update({ agentReadSeq: Math.max(this.state.agentReadSeq, receipt.seq) });
    });
    socket.on(CHAT_EVENTS.conversationClosed, (closed: ConversationClosed) => this.update({ closed, queue: null, typing: null }));
    socket.on(CHAT_EVENTS.handoffUnavailable, (offer: HandoffUnavailable) => this.update({ leaveMessage: offer, queue: null }));
    socket.on(CHAT_EVENTS.chatError, (error: ChatErrorEvent) => this.update({ error: error.code }));
  }

  private deliver(clientId: string): void {
    const socket = this.socket;
    const pending = this.log.unacknowledged().find((m) => m.clientId === clientId);
    if (!socket?.connected || !pending || this.inFlight.has(clientId)) return;
    this.inFlight.add(clientId);
    socket.timeout(ACK_TIMEOUT_MS).emit(CHAT_EVENTS.messageSend, { clientId, text: pending.text }, (error: Error | null, ack: MessageAck | SocketErrorAck) => {
      this.inFlight.delete(clientId);
      if (!error && ack && 'seq' in ack) {
        this.log.acknowledge(clientId, ack, this.session!.conversationId, new Date());
        this.persistUnsent();
      } else {
        this.log.markFailed(clientId);
        const retryAfter = ack && 'error' in ack ? ack.error.retryAfterSeconds : undefined;
        // A lost ack (or a rate limit) is retried with the same clientId: the server stores the message once.
        if (error || retryAfter) setTimeout(() => this.deliver(clientId), retryAfter ? retryAfter * 1000 : RETRY_DELAY_MS);
        else this.update({ error: ack && 'error' in ack ? ack.error.code : 'failed' });
      }
      this.publish();
    });
  }

  private async ask<Event extends keyof WidgetClientToServerEvents>(
    event: Event,
    payload: Parameters<WidgetClientToServerEvents[Event]>[0],
  ): Promise<SocketAckAnswer<WidgetClientToServerEvents[Event]>> {
    if (!this.socket?.connected) throw new Error('offline');
    // socket.io-client cannot resolve the parameters of a generic event name; this method's signature types the callers.
    const answer: SocketAckAnswer<WidgetClientToServerEvents[Event]> | SocketErrorAck = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, ...([payload] as never));
    if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(answer.error.code);
    return answer;
  }

  private async replaceSession(): Promise<void> {
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    forgetSession();
    const unsent = this.log.unacknowledged();
    this.log.clear();
    this.update({ closed: null, queue: null, leaveMessage: null, offerOutcome: null, agentReadSeq: 0 });
    this.session = await this.newSession();
    for (const { clientId, text } of unsent) this.log.queue(clientId, text);
    this.persistUnsent();
    this.connect();
  }

  private async newSession(): Promise<StoredSession> {
    let session: StoredSession;
    if (this.options.identity) {
      // A logged-in wallet customer: the host's signature is exchanged for a widget-only customer token.
      const customer = await this.call('POST /widget/identities', { body: { identity: this.options.identity } });
      session = { token: customer.token, conversationId: '', identity: this.options.identity, unsent: [] };
    } else {
      const visitor = await this.call('POST /widget/sessions', { body: { locale: this.options.locale } });
      session = { token: visitor.visitorToken, conversationId: visitor.conversationId, identity: null, unsent: [] };
    }
    saveSession(session);
    return session;
  }

  private async refreshBusinessHours(): Promise<void> {
    try {
      this.update({ hours: await this.call('GET /business-hours/status', { query: { queue: 'chat' } }) });
    } catch {
      // the status line is a courtesy; the chat works without it
    }
  }

  private async refreshOpenItem(): Promise<void> {
    try {
      const openItem = await this.call('GET /widget/open-item', {}, this.session?.token);
      this.update({ openItem: openItem.item === 'none' ? null : openItem });
    } catch {
      // a courtesy line; without it the topics still offer the same questions
    }
  }

  /** The handoff offer and its outcome as the server has them: a reload shows what the visitor was offered and did. */
  private async restoreOffer(): Promise<void> {
    try {
      const offer = await this.call('GET /widget/handoff-offer', {}, this.session?.token);
      if (offer.offer === 'none') return;
      const unavailable: HandoffUnavailable = { reason: offer.reason ?? 'closed', nextOpening: offer.nextOpening ?? null };
      const outcome: OfferOutcome | null =
        offer.offer === 'message_left' ? { ticketNumber: offer.ticketNumber } : offer.offer === 'callback_scheduled' ? { callbackAt: offer.scheduledFor } : null;
      this.update({ leaveMessage: unavailable, offerOutcome: outcome, queue: null });
    } catch {
      // without it the live events still offer what is needed next
    }
  }

  private persistUnsent(): void {
    if (!this.session) return;
    this.session = { ...this.session, unsent: this.log.unacknowledged().map(({ clientId, text }) => ({ clientId, text })) };
    saveSession(this.session);
  }

  /** A REST call; the widget's token is sent only to the calls that need it (a session, the opening hours need none). */
  private async call<Call extends FrontEndRestCall>(call: Call, input: RestCallInput<Call>, token?: string): Promise<RestCallAnswer<Call>> {
    const { method, path } = restCallTarget(call, input);
    const body = (input as { body?: unknown }).body;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.options.origin}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
    return (await response.json()) as RestCallAnswer<Call>;
  }

  private update(change: Partial<WidgetState>): void {
    this.state = { ...this.state, ...change };
    this.publish();
  }

  private publish(): void {
    this.state = { ...this.state, conversationId: this.session?.conversationId || null, messages: this.log.stored(), pending: this.log.stillSending() };
    for (const listener of this.listeners) listener(this.state);
  }
}


