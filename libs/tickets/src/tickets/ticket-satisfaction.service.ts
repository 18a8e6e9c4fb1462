import { TicketsErrorCode } from '@okpay/contracts';
import { Injectable } from '@nestjs/common';
import { Clock, DomainError, isUniqueViolation, maskSensitiveText } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { TicketAudit } from '../audit/ticket-audit';
import { TicketQueries } from './ticket-queries.service';

export interface Satisfaction {
  readonly score: number;
  readonly comment: string | null;
  readonly createdAt: Date;
}

export class TicketNotSolvedError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('ticket_not_solved', 'A rating can be given once the ticket is solved.');
  }
}

export class SatisfactionAlreadyGivenError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('satisfaction_already_given', 'This ticket was already rated.');
  }
}

/** The CSAT survey: the customer rates a solved ticket once, 1–5 with an optional comment. */
@Injectable()
export class TicketSatisfactionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tickets: TicketQueries,
    private readonly audit: TicketAudit,
    private readonly clock: Clock,
  ) {}

  async rate(customerId: string, ticketId: string, score: number, comment?: string): Promise<Satisfaction> {
    return this.dataSource.transaction(async (manager) => {
      const ticket = await this.tickets.visible(manager, { kind: 'customer', id: customerId }, ticketId);
      if (ticket.status !== 'solved' && ticket.status !== 'closed') throw new TicketNotSolvedError();
      const given: Satisfaction = { score, comment: comment === undefined ? null : maskSensitiveText(comment), createdAt: this.clock.now() };
      try {
        await manager.query(`INSERT INTO ticket_satisfaction (ticket_id, score, comment, created_at) VALUES ($1, $2, $3, $4)`, [
          ticketId,
          score,
          given.comment,
          given.createdAt,
        ]);
      } catch (error) {
        if (isUniqueViolation(error)) throw new SatisfactionAlreadyGivenError();
        throw error;
      }
      await this.audit.record(manager, ticketId, { type: 'customer', id: customerId }, 'rated', { score });
      return given;
    });
  }

  async of(ticketId: string): Promise<Satisfaction | null> {
    const [row] = await this.dataSource.query(`SELECT score, comment, created_at FROM ticket_satisfaction WHERE ticket_id = $1`, [ticketId]);
    return row ? { score: row.score, comment: row.comment, createdAt: new Date(row.created_at) } : null;
  }
}
