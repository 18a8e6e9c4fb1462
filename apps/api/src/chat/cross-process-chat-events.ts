import { Injectable, OnModuleInit } from '@nestjs/common';
import { ClusterEventMap } from '@okpay/contracts';
import { EventBus } from '@okpay/database';
import { ChatRoutingEvent, ChatRoutingEvents } from '@okpay/routing';
import { ChatSocketHub } from './chat-socket-hub';

/**
 * Chat on several processes: routing decisions taken here (by a request or a job) go on the event
 * bus for every process, this one included; what other processes tell of stored messages and
 * followed conversations reaches the sockets held here.
 */
@Injectable()
export class CrossProcessChatEvents implements OnModuleInit {
  constructor(
    private readonly routing: ChatRoutingEvents,
    private readonly events: EventBus,
    private readonly hub: ChatSocketHub,
  ) {}

  onModuleInit(): void {
    this.routing.subscribe((event) => this.relay(event));
    this.events.subscribe('chat.reached-seq', ({ conversationId, seq }) => this.hub.reachedSeq(conversationId, seq));
    this.events.subscribe('chat.agent-followed', ({ agentId, conversationId }) => this.hub.followAsAgentHere(agentId, conversationId));
    this.events.subscribe('chat.agent-unfollowed', ({ agentId, conversationId }) => this.hub.unfollowAsAgentHere(agentId, conversationId));
  }

  private relay(event: ChatRoutingEvent): void {
    switch (event.type) {
      case 'offered':
        return this.events.publish('routing.offered', offered(event.entry));
      case 'withdrawn':
        return this.events.publish('routing.withdrawn', { agentId: event.agentId, conversationId: event.entry.conversationId });
      case 'presence_changed':
        return this.events.publish('routing.presence-changed', { agentId: event.agentId, presence: event.presence });
      case 'queue_changed':
        return this.events.publish('routing.queue-changed', {});
    }
  }
}

function offered(entry: Extract<ChatRoutingEvent, { type: 'offered' }>['entry']): ClusterEventMap['routing.offered'] {
  return { agentId: entry.offeredAgentId!, conversationId: entry.conversationId, expiresAt: entry.offerExpiresAt!.toISOString() };
}
