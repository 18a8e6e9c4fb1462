import type { ChatMessage, MessageAck } from '@okpay/contracts';

/** A message the customer typed that the server has not acknowledged yet. */
export interface PendingMessage {
  clientId: string;
  text: string;
  failed: boolean;
}

interface QueuedMessage extends PendingMessage {
  /** The highest seq known when it was typed: a stored copy can only come after it. */
  after: number;
}

/**
 * The conversation as the widget knows it: stored messages ordered by `seq`, each once, plus
 * what is still on its way. Replays after a reconnect and acks that cross `message:new` on the
 * wire both land here, so nothing shows twice and nothing is lost.
 */
export class MessageLog {
  private readonly bySeq = new Map<number, ChatMessage>();
  private readonly pending = new Map<string, QueuedMessage>();

  /** The highest seq up to which nothing is missing: what a reconnect asks the server to replay after. */
  get lastSeq(): number {
    let seq = 0;
    while (this.bySeq.has(seq + 1)) seq += 1;
    return seq;
  }

  /** Adds a stored message; false when it was already known. */
  add(message: ChatMessage): boolean {
    if (this.bySeq.has(message.seq)) return false;
    this.bySeq.set(message.seq, message);
    return true;
  }

  queue(clientId: string, text: string): void {
    this.pending.set(clientId, { clientId, text, failed: false, after: this.highestSeq() });
  }

  markFailed(clientId: string): void {
    const message = this.pending.get(clientId);
    if (message) message.failed = true;
  }

  retrying(clientId: string): void {
    const message = this.pending.get(clientId);
    if (message) message.failed = false;
  }

  /** The server stored it: the pending copy becomes the stored message (if `message:new` has not brought it already). */
  acknowledge(clientId: string, ack: MessageAck, conversationId: string, now: Date): void {
    const message = this.pending.get(clientId);
    if (!message) return;
    this.pending.delete(clientId);
    if (!this.bySeq.has(ack.seq)) {
      this.bySeq.set(ack.seq, { id: ack.id, seq: ack.seq, conversationId, author: { type: 'customer' }, text: message.text, createdAt: now.toISOString() });
    }
  }

  stored(): ChatMessage[] {
    return [...this.bySeq.values()].sort((a, b) => a.seq - b.seq);
  }

  /** Everything not yet acknowledged (what must be sent again after a reload or reconnect). */
  unacknowledged(): PendingMessage[] {
    return [...this.pending.values()].map(({ clientId, text, failed }) => ({ clientId, text, failed }));
  }

  /**
   * What to show as "sending": `message:new` can overtake the ack, and a pending message whose
   * stored copy is already shown would appear twice until the ack lands.
   */
  stillSending(): PendingMessage[] {
    const storedOwn = this.stored().filter((m) => m.author.type === 'customer');
    const claimed = new Set<number>();
    return this.unacknowledged().filter((pending) => {
      const after = this.pending.get(pending.clientId)!.after;
      const copy = storedOwn.find((m) => m.seq > after && m.text === pending.text && !claimed.has(m.seq));
      if (copy) claimed.add(copy.seq);
      return !copy;
    });
  }

  private highestSeq(): number {
    let highest = 0;
    for (const seq of this.bySeq.keys()) highest = Math.max(highest, seq);
    return highest;
  }

  clear(): void {
    this.bySeq.clear();
    this.pending.clear();
  }
}
