import { Injectable } from '@nestjs/common';
import { Clock, decodeKeysetCursor, encodeKeysetCursor } from '@okpay/shared';
import { DataSource, EntityManager } from 'typeorm';
import { TicketAudit, TicketEvent } from '../audit/ticket-audit';
import { SlaClock, SlaView } from '../sla/sla-clock';
import { TicketMessageEntity } from './ticket-message.entity';
import { TicketRequester } from './ticket-requester';
import { TicketEntity } from './ticket.entity';
import { TicketChannel, TicketPriority, TicketRecord, TicketStatus } from './ticket.record';
import { TicketNotFoundError } from './ticket.errors';
import { TicketMessageRecord } from './ticket-message.record';

/** How close to a due time a ticket's clock is listed as at risk. */
export const SLA_AT_RISK_WINDOW_MS = 3600_000;

export interface TicketDetail {
  readonly ticket: TicketRecord;
  /** Internal notes only for agents. */
  readonly messages: TicketMessageRecord[];
  readonly sla: SlaView;
  /** Agents only. */
  readonly events?: TicketEvent[];
  /** Agents only: other open tickets about the same wallet transactions (a suggested link). */
  readonly related?: { id: string; number: number; subject: string; transactionRefs: string[] }[];
}

export interface TicketListFilter {
  /** One status, or any of several. */
  readonly status?: TicketStatus | readonly TicketStatus[];
  /** An agent id, or `unassigned`. */
  readonly assignee?: string;
  readonly customerId?: string;
  readonly priority?: TicketPriority;
  readonly channel?: TicketChannel;
  readonly tag?: string;
  readonly group?: string;
  /** `breached`: past a due time not met; `at_risk`: not yet, but a target not met falls due within the hour. */
  readonly sla?: 'breached' | 'at_risk';
  /** Only tickets whose subject or any message contains this text (case-insensitive). */
  readonly text?: string;
}

@Injectable()
export class TicketQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sla: SlaClock,
    private readonly audit: TicketAudit,
    private readonly clock: Clock,
  ) {}

  /** The ticket if the requester may see it: agents see every ticket, a customer only their own. */
  async visible(manager: EntityManager, requester: TicketRequester, ticketId: string, lock = false): Promise<TicketEntity> {
    const ticket = await manager.findOne(TicketEntity, {
      where: { id: ticketId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!ticket || (requester.kind === 'customer' && ticket.customerId !== requester.id)) throw new TicketNotFoundError();
    return ticket;
  }

  async detail(requester: TicketRequester, ticketId: string): Promise<TicketDetail> {
    const manager = this.dataSource.manager;
    const ticket = await this.visible(manager, requester, ticketId);
    const messages = await manager.find(TicketMessageEntity, {
      where: { ticketId, ...(requester.kind === 'customer' ? { internal: false } : {}) },
      order: { seq: 'ASC' },
    });
    return {
      ticket,
      messages,
      sla: await this.sla.view(ticket),
      ...(requester.kind === 'agent'
        ? { events: await this.audit.trail(manager, ticketId), related: await this.aboutSameTransactions(ticket) }
        : {}),
    };
  }

  private async aboutSameTransactions(ticket: TicketEntity): Promise<NonNullable<TicketDetail['related']>> {
    if (ticket.transactionRefs.length === 0) return [];
    const rows: { id: string; number: string; subject: string; transaction_refs: string[] }[] = await this.dataSource.query(
      `SELECT id, number, subject, transaction_refs FROM tickets
       WHERE id <> $1 AND status <> 'closed' AND transaction_refs && $2::text[]
       ORDER BY created_at DESC LIMIT 10`,
      [ticket.id, ticket.transactionRefs],
    );
    return rows.map((r) => ({ id: r.id, number: Number(r.number), subject: r.subject, transactionRefs: r.transaction_refs }));
  }

  /** Newest first, keyset pagination over (created_at, id). */
  async page(filter: TicketListFilter, cursor: string | undefined, limit: number): Promise<{ items: TicketRecord[]; nextCursor: string | null }> {
    const query = this.dataSource
      .getRepository(TicketEntity)
      .createQueryBuilder('t')
      .orderBy('t.createdAt', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .take(limit + 1);
    if (typeof filter.status === 'string') query.andWhere('t.status = :status', { status: filter.status });
    else if (filter.status) query.andWhere('t.status IN (:...statuses)', { statuses: filter.status });
    if (filter.assignee === 'unassigned') query.andWhere('t.assigneeAgentId IS NULL');
    else if (filter.assignee) query.andWhere('t.assigneeAgentId = :assignee', { assignee: filter.assignee });
    if (filter.customerId) query.andWhere('t.customerId = :customerId', { customerId: filter.customerId });
    if (filter.priority) query.andWhere('t.priority = :priority', { priority: filter.priority });
    if (filter.channel) query.andWhere('t.channel = :channel', { channel: filter.channel });
    if (filter.tag) query.andWhere(':tag = ANY(t.tags)', { tag: filter.tag });
    if (filter.group) query.andWhere('t.groupName = :group', { group: filter.group });
    if (filter.sla === 'breached') {
      query.andWhere(
        `((t.firstRespondedAt IS NULL AND t.firstResponseDueAt < :at) OR (t.solvedAt IS NULL AND t.closedAt IS NULL AND t.resolutionDueAt < :at))`,
        { at: this.clock.now() },
      );
    }
    if (filter.sla === 'at_risk') {
      const at = this.clock.now();
      query.andWhere(
        `((t.firstRespondedAt IS NULL AND t.firstResponseDueAt >= :at AND t.firstResponseDueAt < :soon) OR (t.solvedAt IS NULL AND t.closedAt IS NULL AND t.resolutionDueAt >= :at AND t.resolutionDueAt < :soon))`,
        { at, soon: new Date(at.getTime() + SLA_AT_RISK_WINDOW_MS) },
      );
    }
    if (filter.text) {
      const pattern = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      // Each side can use its own trigram index; an OR with EXISTS made the planner walk the
      // whole inbox in date order instead (p50 ~330 ms at a million tickets).
      query.andWhere(
        `t.id IN (SELECT s.id FROM tickets s WHERE s.subject ILIKE :pattern UNION SELECT m.ticket_id FROM ticket_messages m WHERE m.body ILIKE :pattern)`,
        { pattern },
      );
    }
    if (cursor) query.andWhere('(t.createdAt, t.id) < (:createdAt, :id)', decodeKeysetCursor(cursor));
    const rows = await query.getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeKeysetCursor(last) : null };
  }
}
