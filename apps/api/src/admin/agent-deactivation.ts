import { Injectable, OnModuleInit } from '@nestjs/common';
import { AgentDirectory, AgentRecord } from '@okpay/auth';
import { EventBus } from '@okpay/database';
import { AgentPresenceService } from '@okpay/routing';
import { ChatSocketHub } from '../chat/chat-socket-hub';

/**
 * Deactivating an agent signs them out everywhere at once: their tokens fail from the next call
 * (every request re-reads the agent), every process closes the agent's sockets on the event bus,
 * and going offline hands their chats back to the queue.
 */
@Injectable()
export class AgentDeactivation implements OnModuleInit {
  constructor(
    private readonly agents: AgentDirectory,
    private readonly presence: AgentPresenceService,
    private readonly events: EventBus,
    private readonly hub: ChatSocketHub,
  ) {}

  onModuleInit(): void {
    this.events.subscribe('agents.deactivated', ({ agentId }) => this.hub.disconnectAgentHere(agentId));
  }

  async deactivate(agentId: string): Promise<{ readonly before: AgentRecord; readonly after: AgentRecord }> {
    const change = await this.agents.change(agentId, { active: false });
    await this.presence.setPresence(agentId, 'offline');
    this.events.publish('agents.deactivated', { agentId });
    return change;
  }
}
