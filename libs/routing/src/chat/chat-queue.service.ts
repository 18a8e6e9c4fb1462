import { Injectable } from '@nestjs/common';
import { Locale, RoutingErrorCode } from '@okpay/contracts';
import { deterministicJobId, entityFromJson, JobScheduler, preparedQuery } from '@okpay/database';
import { BatchLoader, Clock, DomainError, isUniqueViolation } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { QueueCalendars } from '../calendars/queue-calendars.service';
import { RequestCallbackCommand, RequestCallbackUseCase } from '../callbacks/request-callback.use-case';
import { ChatAssignment } from './chat-assignment.service';
import { ChatQueueEntryEntity } from './chat-queue-entry.entity';
import { ChatRoutingEvents } from './chat-routing-events';
import {
  CHAT_DISCONNECT_GRACE_JOB,
  ChatDisconnectGraceJobData,
  DISCONNECT_GRACE_MS,
  HANDLE_TIME_SAMPLE,
  HEARTBEAT_TIMEOUT_MS,
  MIN_CHATS_FOR_ESTIMATE,
} from './chat-routing-policy';
import { CallbackRequestRecord } from '../callbacks/callback-request.record';
import { ChatQueueEntryRecord } from './chat-queue-entry.record';

export interface ChatRequest {
  readonly conversationId: string;
  /** The conversation begins with this request: it cannot be in the queue yet, so no entry is looked for. */
  readonly isNew?: boolean;
  readonly customerId?: string;
  readonly language: Locale;
  readonly topic?: string;
}

export interface QueuePosition {
  readonly entry: ChatQueueEntryRecord;
  /** 1 = next; 0 once an agent has it. */
  readonly position: number;
  /** Absent while there is too little history to estimate. */
  readonly estimatedWaitSeconds?: number;
}

export type ChatAdmission =
  | ({ readonly admitted: true } & QueuePosition)
  | { readonly admitted: false; readonly reason: 'closed' | 'closing_soon' | 'no_agents_available'; readonly nextOpening: Date | null };

export interface ChatQueueMetrics {
  readonly waiting: number;
  readonly oldestWaitSeconds: number | null;
  readonly agentsOnline: number;
  readonly agentsAvailable: number;
  /** Share of chats in the last hour that an agent took within 60 s of arrival; null without chats. */
  readonly serviceLevel: number | null;
}

/**
 * The chat queue as customers and supervisors see it: who may join (business hours, agents
 * present, the wait fitting before closing), the place in line and an estimated wait.
 */
@Injectable()
export class ChatQueue {
  /**
   * Every customer message asks who owns its conversation (the bot stays silent once a person
   * does); at chat volume those one-row reads are batched into one query per event-loop turn.
   */
  private readonly openEntries = new BatchLoader<string, ChatQueueEntryEntity>((conversationIds) => this.openEntriesOf(conversationIds));

  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: QueueCalendars,
    private readonly assignment: ChatAssignment,
    private readonly requestCallback: RequestCallbackUseCase,
    private readonly jobs: JobScheduler,
    private readonly clock: Clock,
    private readonly events: ChatRoutingEvents,
  ) {}

  async request(chat: ChatRequest): Promise<ChatAdmission> {
    const existing = chat.isNew ? null : await this.openEntry(chat.conversationId);
    if (existing) return { admitted: true, ...(await this.positionOf(existing)) };

    const now = this.clock.now();
    const calendar = await this.calendars.forQueue('chat');
    const hours = calendar.status(now);
    if (!hours.open) return { admitted: false, reason: 'closed', nextOpening: hours.opensAt ?? null };
    const serving = await this.servingAgents(chat.language);
    const nextOpening = hours.closesAt ? calendar.nextOpen(hours.closesAt) : null;
    if (serving === 0) return { admitted: false, reason: 'no_agents_available', nextOpening };
    const waitMs = await this.estimatedWaitMs((await this.waitingCount()) + 1, serving);
    if (waitMs !== undefined && hours.closesAt && now.getTime() + waitMs > hours.closesAt.getTime()) {
      return { admitted: false, reason: 'closing_soon', nextOpening };
    }

    const entry: ChatQueueEntryEntity = Object.assign(new ChatQueueEntryEntity(), {
      id: randomUUID(),
      conversationId: chat.conversationId,
      customerId: chat.customerId ?? null,
      language: chat.language,
      topic: chat.topic ?? null,
      priority: 0,
      arrivedAt: now,
      status: 'waiting',
      offeredAgentId: null,
      offerExpiresAt: null,
      passedOverAgentId: null,
      passedOverUntil: null,
      assignedAgentId: null,
      assignedAt: null,
      closedAt: null,
      disconnectedAt: null,
      updatedAt: now,
    });
    try {
      await this.dataSource.getRepository(ChatQueueEntryEntity).insert(entry);
    } catch (error) {
      // The same conversation asked twice at once: one entry, both get it.
      if (!isUniqueViolation(error)) throw error;
    }
    await this.assignment.offerAll();
    const current = (await this.openEntry(chat.conversationId))!;
    return { admitted: true, ...(await this.positionOf(current)) };
  }

  /** The conversation's waiting, offered or assigned entry, if any: who owns the chat now. */
  current(conversationId: string): Promise<ChatQueueEntryRecord | null> {
    return this.openEntry(conversationId);
  }

  async position(conversationId: string): Promise<QueuePosition | null> {
    const entry = await this.openEntry(conversationId);
    return entry ? this.positionOf(entry) : null;
  }

  /** The customer's connection dropped: their place is kept for a grace period. */
  async disconnected(conversationId: string): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query(
        `UPDATE chat_queue_entries SET disconnected_at = $2, updated_at = $2
         WHERE conversation_id = $1 AND status IN ('waiting', 'offered') RETURNING id`,
        [conversationId, now],
      );
      for (const { id } of rows as { id: string }[]) {
        await this.jobs.schedule(
          {
            name: CHAT_DISCONNECT_GRACE_JOB,
            id: deterministicJobId(CHAT_DISCONNECT_GRACE_JOB, id, now.toISOString()),
            data: { entryId: id, disconnectedAt: now.toISOString() } satisfies ChatDisconnectGraceJobData,
            startAfter: new Date(now.getTime() + DISCONNECT_GRACE_MS),
          },
          manager,
        );
      }
    });
  }

  async reconnected(conversationId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE chat_queue_entries SET disconnected_at = NULL, updated_at = $2 WHERE conversation_id = $1 AND status IN ('waiting', 'offered')`,
      [conversationId, this.clock.now()],
    );
    await this.assignment.offerAll();
  }

  /** The grace job: still gone since that disconnect, so the place is given up. */
  async graceExpired(job: ChatDisconnectGraceJobData): Promise<boolean> {
    const gone = await this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query(
        `UPDATE chat_queue_entries SET status = 'abandoned', updated_at = $3
         WHERE id = $1 AND status = 'waiting' AND disconnected_at = $2 RETURNING id`,
        [job.entryId, new Date(job.disconnectedAt), this.clock.now()],
      );
      return rows.length > 0;
    });
    if (gone) this.events.publish({ type: 'queue_changed' });
    return gone;
  }

  /**
   * A waiting customer would rather be called back: the chat leaves the queue and a callback
   * takes its place, keeping the customer's original arrival.
   */
  async convertToCallback(conversationId: string, callback: Omit<RequestCallbackCommand, 'arrivedAt' | 'customerId'>): Promise<CallbackRequestRecord> {
    return this.dataSource.transaction(async (manager) => {
      const entry = await manager
        .getRepository(ChatQueueEntryEntity)
        .createQueryBuilder('e')
        .setLock('pessimistic_write')
        .where(`e.conversationId = :conversationId AND e.status = 'waiting'`, { conversationId })
        .getOne();
      if (!entry) throw new DomainError<RoutingErrorCode>('not_queued', 'This conversation is not waiting for an agent.');
      const created = await this.requestCallback.execute(
        { ...callback, customerId: entry.customerId ?? undefined, arrivedAt: entry.arrivedAt },
        manager,
      );
      Object.assign(entry, { status: 'converted', callbackId: created.id, updatedAt: this.clock.now() });
      await manager.save(entry);
      return created;
    });
  }

  waitingList(): Promise<ChatQueueEntryRecord[]> {
    return this.dataSource.getRepository(ChatQueueEntryEntity).find({
      where: { status: 'waiting' },
      order: { priority: 'DESC', arrivedAt: 'ASC', id: 'ASC' },
      take: 200,
    });
  }

  agentChats(agentId: string): Promise<ChatQueueEntryRecord[]> {
    return this.dataSource
      .getRepository(ChatQueueEntryEntity)
      .createQueryBuilder('e')
      .where(`(e.status = 'offered' AND e.offeredAgentId = :agentId) OR (e.status = 'assigned' AND e.assignedAgentId = :agentId)`, { agentId })
      .orderBy('e.arrivedAt', 'ASC')
      .getMany();
  }

  async metrics(): Promise<ChatQueueMetrics> {
    const now = this.clock.now();
    const [queue] = await this.dataSource.query(
      `SELECT count(*)::int AS waiting, extract(epoch FROM $1::timestamptz - min(arrived_at))::int AS oldest
       FROM chat_queue_entries WHERE status = 'waiting'`,
      [now],
    );
    const [agents] = await this.dataSource.query(
      `SELECT count(*)::int AS online, count(*) FILTER (WHERE active_chats < chat_capacity)::int AS available
       FROM agent_routing_profiles WHERE presence = 'online' AND last_heartbeat_at > $1`,
      [new Date(now.getTime() - HEARTBEAT_TIMEOUT_MS)],
    );
    const [served] = await this.dataSource.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE assigned_at - arrived_at <= interval '60 seconds')::int AS fast
       FROM chat_queue_entries WHERE assigned_at > $1`,
      [new Date(now.getTime() - 3600_000)],
    );
    return {
      waiting: queue.waiting,
      oldestWaitSeconds: queue.waiting > 0 ? queue.oldest : null,
      agentsOnline: agents.online,
      agentsAvailable: agents.available,
      serviceLevel: served.total > 0 ? served.fast / served.total : null,
    };
  }

  private async openEntry(conversationId: string): Promise<ChatQueueEntryEntity | null> {
    return (await this.openEntries.load(conversationId)) ?? null;
  }

  /**
   * At most one each (a unique index says so). Asked for every chat message and every handoff:
   * prepared, and hydrated from JSON without TypeORM's query builder.
   */
  private async openEntriesOf(conversationIds: readonly string[]): Promise<Map<string, ChatQueueEntryEntity>> {
    const rows = await preparedQuery<{ row: Record<string, unknown> }>(
      this.dataSource,
      'chat-queue.open-entries',
      `SELECT to_jsonb(e) AS row FROM chat_queue_entries e WHERE conversation_id = ANY($1::uuid[]) AND status IN ('waiting', 'offered', 'assigned')`,
      [conversationIds],
    );
    const entries = rows.map(({ row }) => entityFromJson(this.dataSource, ChatQueueEntryEntity, row));
    return new Map(entries.map((entry) => [entry.conversationId, entry]));
  }

  private async positionOf(entry: ChatQueueEntryEntity): Promise<QueuePosition> {
    if (entry.status !== 'waiting') return { entry, position: 0 };
    const [{ ahead }] = await this.dataSource.query(
      `SELECT count(*)::int AS ahead FROM chat_queue_entries
       WHERE status = 'waiting' AND (priority > $1 OR (priority = $1 AND (arrived_at, id) < ($2, $3)))`,
      [entry.priority, entry.arrivedAt, entry.id],
    );
    const position = ahead + 1;
    const waitMs = await this.estimatedWaitMs(position, await this.servingAgents(entry.language));
    if (waitMs === undefined) return { entry, position };
    // Never promise less than the time until we open.
    const calendar = await this.calendars.forQueue('chat');
    const now = this.clock.now();
    const opensAt = calendar.nextOpen(now);
    const untilOpen = opensAt ? Math.max(0, opensAt.getTime() - now.getTime()) : 0;
    return { entry, position, estimatedWaitSeconds: Math.ceil(Math.max(waitMs, untilOpen) / 1000) };
  }

  /** position × smoothed handle time ÷ serving agents; undefined with too little history. */
  private async estimatedWaitMs(position: number, servingAgents: number): Promise<number | undefined> {
    const [{ chats, handle_ms }] = await this.dataSource.query(
      `SELECT count(*)::int AS chats, avg(extract(epoch FROM closed_at - assigned_at) * 1000) AS handle_ms
       FROM (SELECT closed_at, assigned_at FROM chat_queue_entries WHERE status = 'closed' AND assigned_at IS NOT NULL
             ORDER BY closed_at DESC LIMIT $1) recent`,
      [HANDLE_TIME_SAMPLE],
    );
    if (chats < MIN_CHATS_FOR_ESTIMATE) return undefined;
    return (position * Number(handle_ms)) / Math.max(servingAgents, 1);
  }

  private async waitingCount(): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM chat_queue_entries WHERE status = 'waiting'`);
    return n;
  }

  private async servingAgents(language: string): Promise<number> {
    const [{ n }] = await preparedQuery<{ n: number }>(
      this.dataSource,
      'chat-queue.serving-agents',
      `SELECT count(*)::int AS n FROM agent_routing_profiles WHERE presence = 'online' AND last_heartbeat_at > $1 AND $2 = ANY(languages)`,
      [new Date(this.clock.now().getTime() - HEARTBEAT_TIMEOUT_MS), language],
    );
    return n;
  }
}
