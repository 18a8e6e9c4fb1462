import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { UpdateTicketUseCase } from '@okpay/tickets';
import { DataSource, EntityManager } from 'typeorm';
import { HEARTBEAT_TIMEOUT_MS } from '../chat/chat-routing-policy';

/** Recurring sweep that assigns tickets nobody took (agents also trigger it by coming online). */
export const ASSIGN_TICKETS_JOB = 'routing.assign-tickets';

/** Tickets one decision looks past when the first ones have nobody with the skill. */
const MAX_SKIPPED = 25;

/**
 * Gives unassigned new and open tickets (priority, then age) to an online agent who speaks the
 * ticket's language and covers its topic: the one with the fewest open tickets under their ticket
 * capacity, then the longest idle. Tickets and agents are claimed with SKIP LOCKED, and an
 * agent's load is counted after their row is locked, so concurrent runs never overfill anyone.
 */
@Injectable()
export class TicketAssignment {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tickets: UpdateTicketUseCase,
    private readonly clock: Clock,
  ) {}

  /** @returns how many tickets were assigned. */
  async assignWaiting(): Promise<number> {
    // With nobody online the walk below would sort every waiting ticket and try each: the job runs
    // often, and after hours the waiting tickets pile up.
    if (!(await this.anyoneOnline())) return 0;
    let assigned = 0;
    while (await this.assignNext()) assigned++;
    return assigned;
  }

  private assignNext(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const skipped: string[] = [];
      while (skipped.length <= MAX_SKIPPED) {
        const [ticket] = await manager.query(
          `SELECT id, language, category FROM tickets
           WHERE assignee_agent_id IS NULL AND status IN ('new', 'open') AND NOT (id = ANY($1::uuid[]))
           ORDER BY CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, created_at, id
           LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [skipped],
        );
        if (!ticket) return false;
        const agentId = await this.availableAgent(manager, ticket.language, ticket.category, now);
        if (!agentId) {
          skipped.push(ticket.id);
          continue;
        }
        await this.tickets.assignAutomatically(manager, ticket.id, agentId);
        return true;
      }
      return false;
    });
  }

  private async anyoneOnline(): Promise<boolean> {
    const since = new Date(this.clock.now().getTime() - HEARTBEAT_TIMEOUT_MS);
    const online: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM agent_routing_profiles WHERE presence = 'online' AND last_heartbeat_at > $1 LIMIT 1`,
      [since],
    );
    return online.length > 0;
  }

  private async availableAgent(
    manager: EntityManager,
    language: string | null,
    topic: string | null,
    now: Date,
  ): Promise<string | null> {
    const candidates: { agent_id: string; ticket_capacity: number }[] = await manager.query(
      `SELECT p.agent_id, p.ticket_capacity FROM agent_routing_profiles p
       WHERE p.presence = 'online' AND p.last_heartbeat_at > $1
         AND ($2::text IS NULL OR $2 = ANY(p.languages))
         AND (cardinality(p.topics) = 0 OR $3::text IS NULL OR $3 = ANY(p.topics))
       ORDER BY (SELECT count(*) FROM tickets t WHERE t.assignee_agent_id = p.agent_id AND t.status NOT IN ('solved', 'closed')), p.idle_since, p.agent_id
       FOR UPDATE OF p SKIP LOCKED`,
      [new Date(now.getTime() - HEARTBEAT_TIMEOUT_MS), language, topic],
    );
    for (const candidate of candidates) {
      // A fresh statement after the lock: sees every assignment committed before it.
      const [{ load }] = await manager.query(
        `SELECT count(*)::int AS load FROM tickets WHERE assignee_agent_id = $1 AND status NOT IN ('solved', 'closed')`,
        [candidate.agent_id],
      );
      if (load < candidate.ticket_capacity) return candidate.agent_id;
    }
    return null;
  }
}
