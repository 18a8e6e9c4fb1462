import { Injectable, Logger } from '@nestjs/common';
import { AgentPresence } from './agent-routing-profile.record';
import { ChatQueueEntryRecord } from './chat-queue-entry.record';

/** What routing did, told after it committed, for whoever shows it live (the socket gateways). */
export type ChatRoutingEvent =
  /** A chat was offered to `entry.offeredAgentId` until `entry.offerExpiresAt`. */
  | { readonly type: 'offered'; readonly entry: ChatQueueEntryRecord }
  /** The agent no longer has this chat: an offer lapsed, they transferred it, or they dropped. */
  | { readonly type: 'withdrawn'; readonly entry: ChatQueueEntryRecord; readonly agentId: string }
  /** The agent is now `presence` (they chose it, connected, or their heartbeat stopped). */
  | { readonly type: 'presence_changed'; readonly agentId: string; readonly presence: AgentPresence }
  /** Places in the queue may have moved. */
  | { readonly type: 'queue_changed' };

export type ChatRoutingListener = (event: ChatRoutingEvent) => void | Promise<void>;

/**
 * In-process notifications of routing decisions. Routing stays the system of record; a listener
 * that fails is logged and never undoes a decision.
 */
@Injectable()
export class ChatRoutingEvents {
  private readonly logger = new Logger(ChatRoutingEvents.name);
  private readonly listeners = new Set<ChatRoutingListener>();

  subscribe(listener: ChatRoutingListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: ChatRoutingEvent): void {
    for (const listener of this.listeners) {
      Promise.resolve()
        .then(() => listener(event))
        .catch((error: unknown) => this.logger.error({ err: error, event: event.type }, 'a chat routing listener failed'));
    }
  }
}
