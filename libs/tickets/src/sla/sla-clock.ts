import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { EntityManager } from 'typeorm';
import { TicketEntity } from '../tickets/ticket.entity';
import { AT_RISK_SHARE } from './sla-policy';
import { SlaTargets } from './sla-targets.service';
import { TicketCalendar } from './ticket-calendar';

export type SlaState = 'met' | 'ok' | 'at_risk' | 'breached';

export interface SlaView {
  readonly firstResponse: { readonly dueAt: Date | null; readonly state: SlaState };
  readonly resolution: { readonly dueAt: Date | null; readonly state: SlaState };
  readonly paused: boolean;
}

/**
 * Due times counted in business time from the ticket's creation, with time spent pending not
 * counting. Recomputed whenever priority or pauses change.
 */
@Injectable()
export class SlaClock {
  constructor(
    private readonly calendar: TicketCalendar,
    private readonly targets: SlaTargets,
    private readonly clock: Clock,
  ) {}

  /** Pass the transaction's `manager` when inside one (see TicketCalendar). */
  async applyDueTimes(ticket: TicketEntity, manager?: EntityManager): Promise<void> {
    const policy = await this.targets.budgetsFor(ticket.priority, manager);
    const pauses = this.pausesOf(ticket);
    ticket.firstResponseDueAt = await this.calendar.addBusinessDuration(ticket.createdAt, policy.firstResponseMs, pauses, manager);
    ticket.resolutionDueAt = await this.calendar.addBusinessDuration(ticket.createdAt, policy.resolutionMs, pauses, manager);
  }

  async view(ticket: TicketEntity): Promise<SlaView> {
    const policy = await this.targets.budgetsFor(ticket.priority);
    const pauses = this.pausesOf(ticket);
    const used = await this.calendar.businessDurationBetween(ticket.createdAt, this.clock.now(), pauses);
    const paused = ticket.slaPauses.some((p) => !p.end);
    const state = (done: Date | null, dueAt: Date | null, budget: number): SlaState => {
      if (done) return dueAt && done > dueAt ? 'breached' : 'met';
      if (!paused && dueAt && this.clock.now() >= dueAt) return 'breached';
      return used >= budget * AT_RISK_SHARE ? 'at_risk' : 'ok';
    };
    const resolved = ticket.solvedAt ?? ticket.closedAt;
    return {
      firstResponse: { dueAt: ticket.firstResponseDueAt, state: state(ticket.firstRespondedAt, ticket.firstResponseDueAt, policy.firstResponseMs) },
      resolution: { dueAt: ticket.resolutionDueAt, state: state(resolved, ticket.resolutionDueAt, policy.resolutionMs) },
      paused,
    };
  }

  private pausesOf(ticket: TicketEntity): { start: Date; end: Date }[] {
    const now = this.clock.now();
    return ticket.slaPauses.map((p) => ({ start: new Date(p.start), end: p.end ? new Date(p.end) : now }));
  }
}
