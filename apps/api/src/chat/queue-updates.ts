import { Injectable, OnModuleInit } from '@nestjs/common';
import { CHAT_EVENTS, QueueUpdate } from '@okpay/contracts';
import { ChatQueue, ChatRoutingEvent, ChatRoutingEvents } from '@okpay/routing';
import { ChatSocketHub } from './chat-socket-hub';

/**
 * Routing decisions, live: offers to the agent's sockets, withdrawn offers and chats taken back
 * from them, and each waiting customer's place in line whenever the queue moves.
 */
@Injectable()
export class QueueUpdates implements OnModuleInit {
  /** Conversations waiting for a person → the last `queue:update` sent (to send only changes). */
  private readonly waiting = new Map<string, string>();
  private refreshing: Promise<void> | null = null;
  private refreshAgain = false;

  constructor(
    private readonly events: ChatRoutingEvents,
    private readonly queue: ChatQueue,
    private readonly hub: ChatSocketHub,
  ) {}

  onModuleInit(): void {
    this.events.subscribe((event) => this.onRoutingEvent(event));
  }

  /** The conversation waits for a person: its widget hears its place now and whenever it moves. */
  async watch(conversationId: string): Promise<void> {
    this.waiting.set(conversationId, '');
    await this.push(conversationId);
  }

  private async onRoutingEvent(event: ChatRoutingEvent): Promise<void> {
    switch (event.type) {
      case 'offered':
        this.hub.toAgent(event.entry.offeredAgentId!, CHAT_EVENTS.offered, {
          conversationId: event.entry.conversationId,
          expiresAt: event.entry.offerExpiresAt!.toISOString(),
        });
        return;
      case 'withdrawn':
        this.hub.toAgent(event.agentId, CHAT_EVENTS.offerWithdrawn, { conversationId: event.entry.conversationId });
        this.hub.unfollowAsAgent(event.agentId, event.entry.conversationId);
        this.waiting.set(event.entry.conversationId, '');
        return;
      case 'queue_changed':
        return this.refreshAll();
    }
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
