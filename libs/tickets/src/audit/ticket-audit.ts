import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { EntityManager } from 'typeorm';

export interface TicketActor {
  readonly type: 'customer' | 'agent' | 'system';
  readonly id: string | null;
}

export interface TicketEvent {
  readonly id: string;
  readonly actorType: TicketActor['type'];
  readonly actorId: string | null;
  readonly action: string;
  readonly changes: Record<string, unknown>;
  readonly at: Date;
}

/** The append-only trail of who changed what and when (the table refuses updates and deletes). */
@Injectable()
export class TicketAudit {
  constructor(private readonly clock: Clock) {}

  async record(manager: EntityManager, ticketId: string, actor: TicketActor, action: string, changes: Record<string, unknown>): Promise<void> {
    await manager.query(`INSERT INTO ticket_events (ticket_id, actor_type, actor_id, action, changes, at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      ticketId,
      actor.type,
      actor.id,
      action,
      JSON.stringify(changes),
      this.clock.now(),
    ]);
  }

  async trail(manager: EntityManager, ticketId: string): Promise<TicketEvent[]> {
    const rows: { id: string; actor_type: TicketActor['type']; actor_id: string | null; action: string; changes: Record<string, unknown>; at: Date }[] =
      await manager.query(`SELECT id::text, actor_type, actor_id, action, changes, at FROM ticket_events WHERE ticket_id = $1 ORDER BY id`, [ticketId]);
    return rows.map((r) => ({ id: r.id, actorType: r.actor_type, actorId: r.actor_id, action: r.action, changes: r.changes, at: new Date(r.at) }));
  }
}
