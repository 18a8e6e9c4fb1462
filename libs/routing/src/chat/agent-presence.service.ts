import { Injectable } from '@nestjs/common';
import { deterministicJobId, JobScheduler } from '@okpay/database';
import { Clock } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { AgentPresence, AgentRoutingProfileEntity } from './agent-routing-profile.entity';
import { ChatAssignment } from './chat-assignment.service';
import { AGENT_HEARTBEAT_TIMEOUT_JOB, AgentHeartbeatTimeoutJobData, HEARTBEAT_TIMEOUT_MS } from './chat-routing-policy';

export interface RoutingProfileChange {
  readonly chatCapacity?: number;
  readonly ticketCapacity?: number;
  readonly languages?: string[];
  readonly topics?: string[];
}

/**
 * Agents' presence. Online agents send heartbeats; each heartbeat schedules a durable check, and
 * an agent whose heartbeat stops goes offline with their chats requeued.
 */
@Injectable()
export class AgentPresenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assignment: ChatAssignment,
    private readonly jobs: JobScheduler,
    private readonly clock: Clock,
  ) {}

  async profile(agentId: string): Promise<AgentRoutingProfileEntity> {
    await this.ensureProfile(agentId);
    return this.dataSource.getRepository(AgentRoutingProfileEntity).findOneByOrFail({ agentId });
  }

  async setPresence(agentId: string, presence: AgentPresence): Promise<AgentRoutingProfileEntity> {
    await this.ensureProfile(agentId);
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const profile = await manager.findOneOrFail(AgentRoutingProfileEntity, { where: { agentId }, lock: { mode: 'pessimistic_write' } });
      if (presence === 'offline') {
        await this.assignment.agentGone(manager, agentId);
      } else if (profile.presence !== 'online' && presence === 'online' && profile.activeChats === 0) {
        profile.idleSince = now;
      }
      profile.presence = presence;
      if (presence === 'online') profile.lastHeartbeatAt = now;
      await manager.save(profile);
      if (presence === 'online') await this.scheduleHeartbeatCheck(agentId, now, manager);
    });
    if (presence !== 'away') await this.assignment.offerAll();
    return this.profile(agentId);
  }

  async heartbeat(agentId: string): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE agent_routing_profiles SET last_heartbeat_at = $2 WHERE agent_id = $1 AND presence <> 'offline'`, [agentId, now]);
      await this.scheduleHeartbeatCheck(agentId, now, manager);
    });
  }

  /** The durable check: offline only if no heartbeat came after the one that scheduled it. */
  async heartbeatTimedOut(job: AgentHeartbeatTimeoutJobData): Promise<boolean> {
    const gone = await this.dataSource.transaction(async (manager) => {
      const profile = await manager.findOne(AgentRoutingProfileEntity, { where: { agentId: job.agentId }, lock: { mode: 'pessimistic_write' } });
      if (!profile || profile.presence === 'offline') return false;
      if (profile.lastHeartbeatAt && profile.lastHeartbeatAt.getTime() > new Date(job.heartbeatAt).getTime()) return false;
      await this.assignment.agentGone(manager, job.agentId);
      profile.presence = 'offline';
      await manager.save(profile);
      return true;
    });
    if (gone) await this.assignment.offerAll();
    return gone;
  }

  async changeProfile(agentId: string, change: RoutingProfileChange): Promise<AgentRoutingProfileEntity> {
    await this.ensureProfile(agentId);
    await this.dataSource.getRepository(AgentRoutingProfileEntity).update({ agentId }, change);
    await this.assignment.offerAll();
    return this.profile(agentId);
  }

  private async ensureProfile(agentId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO agent_routing_profiles (agent_id, idle_since) VALUES ($1, $2) ON CONFLICT (agent_id) DO NOTHING`,
      [agentId, this.clock.now()],
    );
  }

  private scheduleHeartbeatCheck(agentId: string, heartbeatAt: Date, manager: Parameters<JobScheduler['schedule']>[1]): Promise<void> {
    return this.jobs.schedule(
      {
        name: AGENT_HEARTBEAT_TIMEOUT_JOB,
        id: deterministicJobId(AGENT_HEARTBEAT_TIMEOUT_JOB, agentId, heartbeatAt.toISOString()),
        data: { agentId, heartbeatAt: heartbeatAt.toISOString() } satisfies AgentHeartbeatTimeoutJobData,
        startAfter: new Date(heartbeatAt.getTime() + HEARTBEAT_TIMEOUT_MS),
      },
      manager,
    );
  }
}
