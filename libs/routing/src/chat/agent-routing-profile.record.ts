import type { AgentPresence } from '@okpay/contracts';

export type { AgentPresence };

/** What routing knows of an agent: presence, capacity, skills, and how long they have been idle. */
export interface AgentRoutingProfileRecord {
  readonly agentId: string;
  readonly presence: AgentPresence;
  readonly lastHeartbeatAt: Date | null;
  readonly chatCapacity: number;
  readonly phoneCapacity: number;
  /** Open tickets the agent is given automatically. */
  readonly ticketCapacity: number;
  /** Chats offered to or owned by the agent. */
  readonly activeChats: number;
  readonly languages: string[];
  /** Empty means every topic. */
  readonly topics: string[];
  readonly idleSince: Date;
}
