import { Injectable } from '@nestjs/common';
import { deterministicJobId, JobScheduler } from '@okpay/database';
import { Clock } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { AgentRoutingProfileEntity } from './agent-routing-profile.entity';
import { AgentPresence, AgentRoutingProfileRecord } from './agent-routing-profile.record';
import { ChatAssignment } from './chat-assignment.service';
import { ChatQueueEntryEntity } from './chat-queue-entry.entity';
import { ChatRoutingEvents } from './chat-routing-events';
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
    private readonly events: ChatRoutingEvents,
  ) {}

  async profile(agentId: string): Promise<AgentRoutingProfileRecord> {
    await this.ensureProfile(agentId);
    return this.dataSource.getRepository(AgentRoutingProfileEntity).findOneByOrFail({ agentId });
  }

  async setPresence(agentId: string, presence: AgentPresence): Promise<AgentRoutingProfileRecord> {
    await this.ensureProfile(agentId);
    const now = this.clock.now();
    let withdrawn: ChatQueueEntryEntity[] = [];
    let changed = false;
    await this.dataSource.transaction(async (manager) => {
      const profile = await manager.findOneOrFail(AgentRoutingProfileEntity, { where: { agentId }, lock: { mode: 'pessimistic_write' } });
      changed = profile.presence !== presence;
      if (presence === 'offline') {
        withdrawn = await this.assignment.agentGone(manager, agentId);
      } else if (profile.presence !== 'online' && presence === 'online' && profile.activeChats === 0) {
        profile.idleSince = now;
      }
      profile.presence = presence;
      if (presence === 'online') profile.lastHeartbeatAt = now;
      await manager.save(profile);
      if (presence === 'online') await this.scheduleHeartbeatCheck(agentId, now, manager);
    });
    for (const entry of withdrawn) this.events.publish({ type: 'withdrawn', entry, agentId });
    if (changed) this.events.publish({ type: 'presence_changed', agentId, presence });
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
    const withdrawn = await this.dataSource.transaction(async (manager) => {
      const profile = await manager.findOne(AgentRoutingProfileEntity, { where: { agentId: job.agentId }, lock: { mode: 'pessimistic_write' } });
      if (!profile || profile.presence === 'offline') return null;
      if (profile.lastHeartbeatAt && profile.lastHeartbeatAt.getTime() > new Date(job.heartbeatAt).getTime()) return null;
      const entries = await this.assignment.agentGone(manager, job.agentId);
      profile.presence = 'offline';
      await manager.save(profile);
      return entries;
    });
    if (!withdrawn) return false;
    for (const entry of withdrawn) this.events.publish({ type: 'withdrawn', entry, agentId: job.agentId });
    this.events.publish({ type: 'presence_changed', agentId: job.agentId, presence: 'offline' });
    await this.assignment.offerAll();
    return true;
  }

  async changeProfile(agentId: string, change: RoutingProfileChange): Promise<AgentRoutingProfileRecord> {
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
