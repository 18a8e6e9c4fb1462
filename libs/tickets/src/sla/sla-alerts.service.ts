import { Injectable } from '@nestjs/common';
import { deterministicJobId, DurableJob, JobScheduler } from '@okpay/database';
import { Clock } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { TicketEntity } from '../tickets/ticket.entity';
import { AT_RISK_SHARE, SLA_AT_RISK_JOB, SlaAtRiskJobData } from './sla-policy';
import { SlaTargets } from './sla-targets.service';
import { TicketCalendar } from './ticket-calendar';

type Target = SlaAtRiskJobData['target'];

/**
 * Warns the assignee when a ticket has used three quarters of an SLA target's business time:
 * a durable job per target at that instant, which notifies only if the target is still open,
 * the clock is running and the instant has not moved since (priority or pauses change it).
 */
@Injectable()
export class SlaAlerts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: TicketCalendar,
    private readonly targets: SlaTargets,
    private readonly jobs: JobScheduler,
    private readonly clock: Clock,
  ) {}

  async schedule(manager: EntityManager, ticket: TicketEntity): Promise<void> {
    const jobs: DurableJob[] = [];
    for (const target of this.openTargets(ticket)) {
      const atRiskAt = await this.atRiskInstant(ticket, target, manager);
      jobs.push({
        name: SLA_AT_RISK_JOB,
        id: deterministicJobId(SLA_AT_RISK_JOB, ticket.id, target, atRiskAt.toISOString()),
        data: { ticketId: ticket.id, target, atRiskAt: atRiskAt.toISOString() } satisfies SlaAtRiskJobData,
        startAfter: atRiskAt,
      });
    }
    await this.jobs.scheduleAll(jobs, manager);
  }

  /** The job. @returns whether the assignee was notified. */
  async atRisk(job: SlaAtRiskJobData): Promise<boolean> {
    const ticket = await this.dataSource.getRepository(TicketEntity).findOneBy({ id: job.ticketId });
    if (!ticket || !ticket.assigneeAgentId || !this.openTargets(ticket).includes(job.target)) return false;
    if (ticket.slaPauses.some((p) => !p.end)) return false;
    if ((await this.atRiskInstant(ticket, job.target)).toISOString() !== job.atRiskAt) return false;
    const dueAt = job.target === 'first_response' ? ticket.firstResponseDueAt : ticket.resolutionDueAt;
    const inserted = await this.dataSource.query(
      `INSERT INTO agent_notifications (id, agent_id, kind, ticket_id, details, dedupe_key, created_at)
       VALUES ($1, $2, 'sla_at_risk', $3, $4, $5, $6) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        randomUUID(),
        ticket.assigneeAgentId,
        ticket.id,
        JSON.stringify({ target: job.target, reference: `#${ticket.number}`, subject: ticket.subject, dueAt: dueAt?.toISOString() }),
        `${SLA_AT_RISK_JOB}:${ticket.id}:${job.target}:${job.atRiskAt}:${ticket.assigneeAgentId}`,
        this.clock.now(),
      ],
    );
    return inserted.length > 0;
  }

  private openTargets(ticket: TicketEntity): Target[] {
    if (ticket.status === 'closed' || ticket.status === 'solved') return [];
    return ticket.firstRespondedAt ? ['resolution'] : ['first_response', 'resolution'];
  }

  private async atRiskInstant(ticket: TicketEntity, target: Target, manager?: EntityManager): Promise<Date> {
    const policy = await this.targets.budgetsFor(ticket.priority, manager);
    const budget = target === 'first_response' ? policy.firstResponseMs : policy.resolutionMs;
    const now = this.clock.now();
    const pauses = ticket.slaPauses.map((p) => ({ start: new Date(p.start), end: p.end ? new Date(p.end) : now }));
    return this.calendar.addBusinessDuration(ticket.createdAt, Math.round(budget * AT_RISK_SHARE), pauses, manager);
  }
}
