import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface AgentNotification {
  readonly id: string;
  readonly kind: string;
  readonly ticketId: string | null;
  readonly details: Record<string, unknown>;
  readonly createdAt: Date;
  readonly read: boolean;
}

/** What the inbox shows an agent: SLA warnings on their tickets, newest first. */
@Injectable()
export class AgentNotifications {
  constructor(private readonly dataSource: DataSource) {}

  async forAgent(agentId: string): Promise<AgentNotification[]> {
    const rows: { id: string; kind: string; ticket_id: string | null; details: Record<string, unknown>; created_at: Date; read_at: Date | null }[] =
      await this.dataSource.query(
        `SELECT id, kind, ticket_id, details, created_at, read_at FROM agent_notifications WHERE agent_id = $1 ORDER BY created_at DESC LIMIT 100`,
        [agentId],
      );
    return rows.map((r) => ({ id: r.id, kind: r.kind, ticketId: r.ticket_id, details: r.details, createdAt: new Date(r.created_at), read: r.read_at !== null }));
  }
}
