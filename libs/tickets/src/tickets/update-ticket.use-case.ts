import { Injectable } from '@nestjs/common';
import { deterministicJobId, JobScheduler } from '@okpay/database';
import { Clock } from '@okpay/shared';
import { DataSource, EntityManager } from 'typeorm';
import { TicketAudit } from '../audit/ticket-audit';
import { SlaAlerts } from '../sla/sla-alerts.service';
import { SlaClock } from '../sla/sla-clock';
import { AUTO_CLOSE_AFTER_DAYS, AUTO_CLOSE_TICKET_JOB, AutoCloseJobData } from '../sla/sla-policy';
import { TicketQueries } from './ticket-queries.service';
import { TicketEntity } from './ticket.entity';
import { TicketPriority, TicketRecord, TicketStatus } from './ticket.record';
import { TicketClosedError } from './ticket.errors';
import { closeIfStillSolved } from './tickets.repository';

export interface TicketChange {
  readonly status?: Exclude<TicketStatus, 'new'>;
  readonly priority?: TicketPriority;
  /** Agent id, or null to unassign. */
  readonly assigneeId?: string | null;
  readonly tags?: string[];
  /** Added to the ticket's own tags (bulk tagging keeps what each ticket had). */
  readonly addTags?: string[];
  readonly category?: string | null;
  readonly group?: string | null;
}

/**
 * An agent changes a ticket's fields. Every changed field is audited; closed is final; moving
 * into and out of pending pauses and resumes the SLA clock; solving schedules the auto-close.
 */
@Injectable()
export class UpdateTicketUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tickets: TicketQueries,
    private readonly sla: SlaClock,
    private readonly alerts: SlaAlerts,
    private readonly audit: TicketAudit,
    private readonly jobs: JobScheduler,
    private readonly clock: Clock,
  ) {}

  execute(agentId: string, ticketId: string, change: TicketChange): Promise<TicketRecord> {
    return this.dataSource.transaction((manager) => this.applyIn(manager, agentId, ticketId, change));
  }

  /** The change inside the caller's transaction (bulk changes apply many in one), the ticket locked until it ends. */
  async applyIn(manager: EntityManager, agentId: string, ticketId: string, change: TicketChange): Promise<TicketRecord> {
    const ticket = await this.tickets.visible(manager, { kind: 'agent', id: agentId }, ticketId, true);
    if (ticket.status === 'closed') throw new TicketClosedError();
    const now = this.clock.now();
    const before = { ...ticket };
    const diff: Record<string, { from: unknown; to: unknown }> = {};
    const set = <K extends keyof TicketEntity>(field: K, value: TicketEntity[K], name: string = field) => {
      if (JSON.stringify(ticket[field]) === JSON.stringify(value)) return;
      diff[name] = { from: ticket[field], to: value };
      ticket[field] = value;
    };

    if (change.priority !== undefined) set('priority', change.priority);
    if (change.assigneeId !== undefined) set('assigneeAgentId', change.assigneeId, 'assignee');
    if (change.tags !== undefined) set('tags', [...new Set(change.tags)].sort());
    if (change.addTags !== undefined) set('tags', [...new Set([...ticket.tags, ...change.addTags])].sort());
    if (change.category !== undefined) set('category', change.category);
    if (change.group !== undefined) set('groupName', change.group, 'group');
    if (change.status !== undefined && change.status !== ticket.status) {
      set('status', change.status);
      if (before.status === 'pending') ticket.slaPauses = ticket.slaPauses.map((p) => (p.end ? p : { ...p, end: now.toISOString() }));
      if (change.status === 'pending') ticket.slaPauses = [...ticket.slaPauses, { start: now.toISOString() }];
      if (change.status === 'solved') ticket.solvedAt = now;
      if (change.status === 'closed') ticket.closedAt = now;
      if (before.status === 'solved' && change.status !== 'closed') ticket.solvedAt = null;
    }
    if (Object.keys(diff).length === 0) return ticket;

    if (diff.priority || diff.status) await this.sla.applyDueTimes(ticket, manager);
    ticket.updatedAt = now;
    await manager.save(TicketEntity, ticket);
    await this.audit.record(manager, ticket.id, { type: 'agent', id: agentId }, 'updated', diff);
    if (diff.priority || diff.status) await this.alerts.schedule(manager, ticket);
    if (diff.status && ticket.status === 'solved') {
      await this.jobs.schedule(
        {
          name: AUTO_CLOSE_TICKET_JOB,
          id: deterministicJobId(AUTO_CLOSE_TICKET_JOB, ticket.id, now.toISOString()),
          data: { ticketId: ticket.id, solvedAt: now.toISOString() } satisfies AutoCloseJobData,
          startAfter: new Date(now.getTime() + AUTO_CLOSE_AFTER_DAYS * 24 * 3600_000),
        },
        manager,
      );
    }
    return ticket;
  }

  /**
   * Routing gives an unassigned ticket to an agent, inside routing's transaction (which holds
   * the ticket's lock). Audited with the system as actor.
   */
  async assignAutomatically(manager: EntityManager, ticketId: string, agentId: string): Promise<void> {
    const now = this.clock.now();
    await manager.update(TicketEntity, { id: ticketId }, { assigneeAgentId: agentId, updatedAt: now });
    await this.audit.record(manager, ticketId, { type: 'system', id: null }, 'updated', { assignee: { from: null, to: agentId } });
  }

  /**
   * The bot's triage of a ticket opened by mail, in the triage job's transaction (the ticket
   * locked until it ends): it fills only what is still as the ticket opened (no category, normal
   * priority), so an agent's earlier change stands, and schedules the SLA alerts the opening left
   * to it. Audited with the system as actor.
   */
  async applyTriage(manager: EntityManager, ticketId: string, triage: { readonly category?: string; readonly priority?: TicketPriority }): Promise<TicketRecord> {
    const ticket = await manager.findOneOrFail(TicketEntity, { where: { id: ticketId }, lock: { mode: 'pessimistic_write' } });
    const diff: Record<string, { from: unknown; to: unknown }> = {};
    if (triage.category && ticket.category === null) {
      diff.category = { from: null, to: triage.category };
      ticket.category = triage.category;
    }
    if (triage.priority && triage.priority !== ticket.priority && ticket.priority === 'normal') {
      diff.priority = { from: ticket.priority, to: triage.priority };
      ticket.priority = triage.priority;
    }
    if (Object.keys(diff).length > 0) {
      if (diff.priority) await this.sla.applyDueTimes(ticket, manager);
      ticket.updatedAt = this.clock.now();
      const { category, priority, firstResponseDueAt, resolutionDueAt, updatedAt } = ticket;
      await manager.update(TicketEntity, { id: ticket.id }, { category, priority, firstResponseDueAt, resolutionDueAt, updatedAt });
      await this.audit.record(manager, ticket.id, { type: 'system', id: null }, 'updated', diff);
    }
    await this.alerts.schedule(manager, ticket);
    return ticket;
  }

  /** The auto-close job: only if the ticket is still solved from that same solve. */
  async autoClose(job: AutoCloseJobData): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await closeIfStillSolved(manager, job.ticketId, new Date(job.solvedAt), this.clock.now()))) return false;
      await this.audit.record(manager, job.ticketId, { type: 'system', id: null }, 'updated', { status: { from: 'solved', to: 'closed' } });
      return true;
    });
  }
}
