import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AgentPresence, AgentRoutingProfileRecord } from './agent-routing-profile.record';

/** What routing knows of an agent: presence, capacity, skills, and how long they have been idle. */
@Entity('agent_routing_profiles')
export class AgentRoutingProfileEntity implements AgentRoutingProfileRecord {
  @PrimaryColumn('uuid')
  agentId!: string;

  @Column('text')
  presence!: AgentPresence;

  @Column('timestamptz', { nullable: true })
  lastHeartbeatAt!: Date | null;

  @Column('integer')
  chatCapacity!: number;

  @Column('integer')
  phoneCapacity!: number;

  /** Open tickets the agent is given automatically. */
  @Column('integer')
  ticketCapacity!: number;

  /** Chats offered to or owned by the agent. */
  @Column('integer')
  activeChats!: number;

  @Column('text', { array: true })
  languages!: string[];

  /** Empty means every topic. */
  @Column('text', { array: true })
  topics!: string[];

  @Column('timestamptz')
  idleSince!: Date;
}
