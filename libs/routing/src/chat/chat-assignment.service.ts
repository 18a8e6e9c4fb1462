import { Injectable } from '@nestjs/common';
import { deterministicJobId, JobScheduler } from '@okpay/database';
import { Clock } from '@okpay/shared';
import { DataSource, EntityManager } from 'typeorm';
import { ChatQueueEntryEntity } from './chat-queue-entry.entity';
import { ChatRoutingEvents } from './chat-routing-events';
import {
  CHAT_OFFER_TIMEOUT_JOB,
  ChatOfferTimeoutJobData,
  HEARTBEAT_TIMEOUT_MS,
  OFFER_TIMEOUT_MS,
  REQUEUE_PRIORITY,
} from './chat-routing-policy';
import { ChatNotAssignedError, ChatOfferExpiredError, ChatOfferNotFoundError } from './chat.errors';
import { ChatQueueEntryRecord } from './chat-queue-entry.record';

/** How many waiting chats one decision looks past when the first ones have nobody with the skill. */
const MAX_SKIPPED = 25;

/**
 * Offers waiting chats to agents: the first waiting chat (priority, then first arrival) that
 * some available agent can take goes to the longest-idle such agent (an agent in a chat is not
 * idle: fewest chats first, then longest since their last chat ended). Chats and agents are
 * claimed with FOR UPDATE SKIP LOCKED and capacity is counted on the agent's own locked row, so
 * any number of concurrent runs never offer an agent more than their capacity.
 */
@Injectable()
export class ChatAssignment {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobScheduler,
    private readonly clock: Clock,
    private readonly events: ChatRoutingEvents,
  ) {}

  /**
   * Makes offers until no waiting chat has an available agent. Every caller changed the queue
   * just before, so listeners hear that places may have moved. @returns the offers made.
   */
  async offerAll(): Promise<ChatQueueEntryRecord[]> {
    const offers: ChatQueueEntryEntity[] = [];
    for (let offer = await this.offerNext(); offer; offer = await this.offerNext()) {
      offers.push(offer);
      this.events.publish({ type: 'offered', entry: offer });
    }
    this.events.publish({ type: 'queue_changed' });
    return offers;
  }

  /** One routing decision, in one transaction. */
  offerNext(): Promise<ChatQueueEntryRecord | null> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const skipped: string[] = [];
      while (skipped.length <= MAX_SKIPPED) {
        const [entry] = await manager.query(
          `SELECT id, language, topic, passed_over_agent_id, passed_over_until FROM chat_queue_entries
           WHERE status = 'waiting' AND disconnected_at IS NULL AND NOT (id = ANY($1::uuid[]))
           ORDER BY priority DESC, arrived_at, id
           LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [skipped],
        );
        if (!entry) return null;
        const passedOver = entry.passed_over_until && new Date(entry.passed_over_until) > now ? entry.passed_over_agent_id : null;
        const [agent] = await manager.query(
          `SELECT agent_id FROM agent_routing_profiles
           WHERE presence = 'online' AND last_heartbeat_at > $1 AND active_chats < chat_capacity
             AND $2 = ANY(languages) AND (cardinality(topics) = 0 OR $3::text IS NULL OR $3 = ANY(topics))
             AND agent_id IS DISTINCT FROM $4
           ORDER BY active_chats, idle_since, agent_id
           LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [new Date(now.getTime() - HEARTBEAT_TIMEOUT_MS), entry.language, entry.topic, passedOver],
        );
        if (!agent) {
          skipped.push(entry.id);
          continue;
        }
        return this.offer(manager, entry.id, agent.agent_id, now);
      }
      return null;
    });
  }

  /** The agent takes an offered chat; from now on it is theirs. */
  async accept(agentId: string, entryId: string): Promise<ChatQueueEntryRecord> {
    return this.dataSource.transaction(async (manager) => {
      const entry = await manager.findOne(ChatQueueEntryEntity, { where: { id: entryId }, lock: { mode: 'pessimistic_write' } });
      if (!entry || entry.offeredAgentId !== agentId) throw new ChatOfferNotFoundError();
      const now = this.clock.now();
      if (entry.status !== 'offered' || entry.offerExpiresAt! <= now) throw new ChatOfferExpiredError();
      Object.assign(entry, { status: 'assigned', assignedAgentId: agentId, assignedAt: now, offeredAgentId: null, offerExpiresAt: null, updatedAt: now });
      return manager.save(entry);
    });
  }

  /** The offer timeout job: the chat goes to the next agent, not straight back to this one. */
  async offerTimedOut(job: ChatOfferTimeoutJobData): Promise<void> {
    const lapsed = await this.dataSource.transaction(async (manager) => {
      const entry = await manager.findOne(ChatQueueEntryEntity, { where: { id: job.entryId }, lock: { mode: 'pessimistic_write' } });
      if (!entry || entry.status !== 'offered' || entry.offeredAgentId !== job.agentId) return null;
      if (entry.offerExpiresAt!.toISOString() !== job.expiresAt) return null;
      await this.returnToQueue(manager, entry, { passedOver: job.agentId });
      await this.releaseCapacity(manager, job.agentId, 1);
      return entry;
    });
    if (lapsed) {
      this.events.publish({ type: 'withdrawn', entry: lapsed, agentId: job.agentId });
      await this.offerAll();
    }
  }

  /** The agent finished a chat: their capacity frees and the queue moves. */
  async close(agentId: string, entryId: string): Promise<ChatQueueEntryRecord> {
    const closed = await this.dataSource.transaction(async (manager) => {
      const entry = await manager.findOne(ChatQueueEntryEntity, { where: { id: entryId }, lock: { mode: 'pessimistic_write' } });
      if (!entry || entry.status !== 'assigned' || entry.assignedAgentId !== agentId) throw new ChatNotAssignedError();
      const now = this.clock.now();
      Object.assign(entry, { status: 'closed', closedAt: now, updatedAt: now });
      await manager.save(entry);
      await this.releaseCapacity(manager, agentId, 1);
      return entry;
    });
    await this.offerAll();
    return closed;
  }

  /**
   * The agent hands a chat back for someone else (transfer): it keeps its place by original
   * arrival, is not offered straight back to them, and their capacity frees.
   */
  async transfer(agentId: string, entryId: string): Promise<ChatQueueEntryRecord> {
    const transferred = await this.dataSource.transaction(async (manager) => {
      const entry = await manager.findOne(ChatQueueEntryEntity, { where: { id: entryId }, lock: { mode: 'pessimistic_write' } });
      if (!entry || entry.status !== 'assigned' || entry.assignedAgentId !== agentId) throw new ChatNotAssignedError();
      await this.returnToQueue(manager, entry, { passedOver: agentId });
      await this.releaseCapacity(manager, agentId, 1);
      return entry;
    });
    this.events.publish({ type: 'withdrawn', entry: transferred, agentId });
    await this.offerAll();
    return transferred;
  }

  /**
   * An agent went offline (or stopped sending heartbeats): offers to them go to others, and
   * their live chats go back to the front of the queue, keeping their original arrival.
   * Runs in the caller's transaction; after it commits, the caller tells `withdrawn` for each.
   */
  async agentGone(manager: EntityManager, agentId: string): Promise<ChatQueueEntryRecord[]> {
    const entries = await manager
      .getRepository(ChatQueueEntryEntity)
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where(`(e.status = 'offered' AND e.offeredAgentId = :agentId) OR (e.status = 'assigned' AND e.assignedAgentId = :agentId)`, { agentId })
      .getMany();
    for (const entry of entries) {
      await this.returnToQueue(manager, entry, { passedOver: agentId, toFront: entry.status === 'assigned' });
    }
    await manager.query(`UPDATE agent_routing_profiles SET active_chats = 0 WHERE agent_id = $1`, [agentId]);
    return entries;
  }

  private async offer(manager: EntityManager, entryId: string, agentId: string, now: Date): Promise<ChatQueueEntryEntity> {
    const expiresAt = new Date(now.getTime() + OFFER_TIMEOUT_MS);
    await manager.query(
      `UPDATE chat_queue_entries SET status = 'offered', offered_agent_id = $2, offer_expires_at = $3, updated_at = $4 WHERE id = $1`,
      [entryId, agentId, expiresAt, now],
    );
    await manager.query(`UPDATE agent_routing_profiles SET active_chats = active_chats + 1 WHERE agent_id = $1`, [agentId]);
    await this.jobs.schedule(
      {
        name: CHAT_OFFER_TIMEOUT_JOB,
        id: deterministicJobId(CHAT_OFFER_TIMEOUT_JOB, entryId, agentId, expiresAt.toISOString()),
        data: { entryId, agentId, expiresAt: expiresAt.toISOString() } satisfies ChatOfferTimeoutJobData,
        startAfter: expiresAt,
      },
      manager,
    );
    return manager.findOneByOrFail(ChatQueueEntryEntity, { id: entryId });
  }

  private async returnToQueue(manager: EntityManager, entry: ChatQueueEntryEntity, how: { passedOver: string; toFront?: boolean }): Promise<void> {
    const now = this.clock.now();
    Object.assign(entry, {
      status: 'waiting',
      offeredAgentId: null,
      offerExpiresAt: null,
      assignedAgentId: null,
      assignedAt: null,
      passedOverAgentId: how.passedOver,
      passedOverUntil: new Date(now.getTime() + OFFER_TIMEOUT_MS),
      priority: how.toFront ? Math.max(entry.priority, REQUEUE_PRIORITY) : entry.priority,
      updatedAt: now,
    });
    await manager.save(entry);
  }

  private async releaseCapacity(manager: EntityManager, agentId: string, chats: number): Promise<void> {
    // An agent left with nothing to do starts being idle now: they are next in line after those idle longer.
    await manager.query(
      `UPDATE agent_routing_profiles
       SET active_chats = greatest(active_chats - $2, 0),
           idle_since = CASE WHEN active_chats - $2 <= 0 THEN $3 ELSE idle_since END
       WHERE agent_id = $1`,
      [agentId, chats, this.clock.now()],
    );
  }
}
