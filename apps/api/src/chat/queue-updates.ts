import { Injectable, OnModuleInit } from '@nestjs/common';
import { CHAT_EVENTS, QueueUpdate } from '@okpay/contracts';
import { EventBus } from '@okpay/database';
import { ChatQueue } from '@okpay/routing';
import { ChatSocketHub } from './chat-socket-hub';

/**
 * Routing decisions, live: offers to the agent's sockets, withdrawn offers and chats taken back
 * from them, the agent's presence, and each waiting customer's place in line whenever the queue
 * moves. Every process hears every decision (the event bus) and tells the agent sockets it holds;
 * places in line go to the widget wherever it is connected, from the process that watches its
 * conversation.
 */
@Injectable()
export class QueueUpdates implements OnModuleInit {
  /** Conversations waiting for a person → the last `queue:update` sent (to send only changes). */
  private readonly waiting = new Map<string, string>();
  private refreshing: Promise<void> | null = null;
  private refreshAgain = false;

  constructor(
    private readonly events: EventBus,
    private readonly queue: ChatQueue,
    private readonly hub: ChatSocketHub,
  ) {}

  onModuleInit(): void {
    this.events.subscribe('routing.offered', ({ agentId, conversationId, expiresAt }) => this.hub.toAgentHere(agentId, CHAT_EVENTS.offered, { conversationId, expiresAt }));
    this.events.subscribe('routing.withdrawn', ({ agentId, conversationId }) => {
      this.hub.toAgentHere(agentId, CHAT_EVENTS.offerWithdrawn, { conversationId });
      this.hub.unfollowAsAgentHere(agentId, conversationId);
      this.waiting.set(conversationId, '');
    });
    this.events.subscribe('routing.presence-changed', ({ agentId, presence }) => this.hub.toAgentHere(agentId, CHAT_EVENTS.presenceChanged, { presence }));
    this.events.subscribe('routing.queue-changed', () => this.refreshAll());
  }

  /** The conversation waits for a person: its widget hears its place now and whenever it moves. */
  async watch(conversationId: string): Promise<void> {
    this.waiting.set(conversationId, '');
    await this.push(conversationId);
  }

  /** Coalesced: a burst of queue changes costs one pass over the waiting conversations, plus one. */
  private refreshAll(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.refreshAgain = false;
        for (const conversationId of [...this.waiting.keys()]) await this.push(conversationId);
      } while (this.refreshAgain);
    })().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async push(conversationId: string): Promise<void> {
    const place = await this.queue.position(conversationId);
    const update: QueueUpdate = place
      ? { position: place.position, ...(place.estimatedWaitSeconds !== undefined ? { estimatedWaitSeconds: place.estimatedWaitSeconds } : {}) }
      : { position: 0 };
    // Taken by an agent, or no longer queued: nothing more to tell.
    if (!place || place.entry.status === 'assigned') this.waiting.delete(conversationId);
    else if (this.waiting.get(conversationId) === JSON.stringify(update)) return;
    else this.waiting.set(conversationId, JSON.stringify(update));
    if (place) this.hub.toWidgets(conversationId, CHAT_EVENTS.queueUpdate, update);
  }
}
