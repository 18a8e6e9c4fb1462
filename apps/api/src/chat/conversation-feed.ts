import { CHAT_EVENTS, ConversationServerToClientEvents } from '@okpay/contracts';
import { MessagesAfter, StoredChatMessage } from '@okpay/tickets';
import { ChatAudience, toChatMessage } from '../mappers/chat-message.mapper';

/** What a feed uses of a socket (either namespace's): `message:new` as both event maps type it. */
export interface FeedSocket {
  readonly connected: boolean;
  emit(event: typeof CHAT_EVENTS.messageNew, ...message: Parameters<ConversationServerToClientEvents[typeof CHAT_EVENTS.messageNew]>): boolean;
}

export type HistoryLoader = (conversationId: string, afterSeq: number) => Promise<MessagesAfter>;

/**
 * One socket's view of one conversation: sends every message after `lastSeq` exactly once and in
 * seq order. Missed messages (a reconnect's `lastSeq`, a gap while live) are read from the
 * database; live messages that arrive meanwhile wait until the gap is filled. Internal notes
 * advance a widget's position without being sent.
 */
export class ConversationFeed {
  private readonly waiting = new Map<number, StoredChatMessage>();
  private catchingUp: Promise<void> | null = null;
  /** A newer seq was announced while a read was under way that may have missed it. */
  private readAgain = false;

  constructor(
    private readonly socket: FeedSocket,
    readonly conversationId: string,
    private lastSeq: number,
    private readonly audience: ChatAudience,
    private readonly loadAfter: HistoryLoader,
  ) {}

  /** Sends what was missed since `lastSeq`. */
  start(): Promise<void> {
    return this.catchUp();
  }

  /** A message just stored (after commit). */
  offer(stored: StoredChatMessage): void {
    const seq = stored.message.seq;
    if (seq <= this.lastSeq) return;
    if (this.catchingUp || seq !== this.lastSeq + 1) {
      this.waiting.set(seq, stored);
      void this.catchUp();
      return;
    }
    this.send(stored);
    this.drain();
  }

  /** Messages up to `seq` were stored elsewhere (another process): read the ones not sent yet. */
  reached(seq: number): void {
    if (seq <= this.lastSeq) return;
    if (this.catchingUp) this.readAgain = true;
    else void this.catchUp();
  }

  private send(stored: StoredChatMessage): void {
    this.lastSeq = stored.message.seq;
    if (stored.message.internal && this.audience === 'widget') return;
    this.socket.emit(CHAT_EVENTS.messageNew, toChatMessage(stored, this.audience));
  }

  private drain(): void {
    for (let next = this.waiting.get(this.lastSeq + 1); next; next = this.waiting.get(this.lastSeq + 1)) {
      this.waiting.delete(next.message.seq);
      this.send(next);
    }
    for (const seq of this.waiting.keys()) if (seq <= this.lastSeq) this.waiting.delete(seq);
  }

  private catchUp(): Promise<void> {
    this.catchingUp ??= this.readMissed().finally(() => {
      this.catchingUp = null;
      // Something arrived past a gap, or was announced, while we read: read again.
      const again = this.waiting.size > 0 || this.readAgain;
      this.readAgain = false;
      if (again && this.socket.connected) void this.catchUp();
    });
    return this.catchingUp;
  }

  private async readMissed(): Promise<void> {
    for (;;) {
      if (!this.socket.connected) return;
      const from = this.lastSeq;
      const page = await this.loadAfter(this.conversationId, from);
      for (const stored of page.items) if (stored.message.seq > this.lastSeq) this.send(stored);
      // Notes a widget does not see, up to where the conversation stood when read.
      this.lastSeq = Math.max(this.lastSeq, page.lastSeq);
      this.drain();
      if (page.lastSeq === from || (page.complete && this.waiting.size === 0)) return;
    }
  }
}
