import { EntityManager } from 'typeorm';
import { TicketMessageEntity } from './ticket-message.entity';
import { TicketEntity } from './ticket.entity';

/* The ticket statements the entity API cannot say in one round trip. */

/**
 * Stores a new ticket and answers its number: it comes from a sequence, and returning it makes
 * the stored ticket whole without reading it back. A plain statement, not TypeORM's insert builder:
 * every handoff by the bot opens a ticket, and the builder costs more CPU than the round trip.
 */
export async function insertTicket(manager: EntityManager, ticket: Omit<TicketEntity, 'number'>): Promise<number> {
  const [inserted]: { number: string }[] = await manager.query(
    `INSERT INTO tickets (id, subject, status, priority, category, tags, channel, language, group_name, assignee_agent_id, contact_id, customer_id,
       transaction_refs, follow_up_of, merged_into, sla_pauses, first_response_due_at, resolution_due_at, first_responded_at, solved_at, closed_at,
       created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::jsonb, $17, $18, $19, $20, $21, $22, $23)
     RETURNING number`,
    [
      ticket.id,
      ticket.subject,
      ticket.status,
      ticket.priority,
      ticket.category,
      ticket.tags,
      ticket.channel,
      ticket.language,
      ticket.groupName,
      ticket.assigneeAgentId,
      ticket.contactId,
      ticket.customerId,
      ticket.transactionRefs,
      ticket.followUpOf,
      ticket.mergedInto,
      JSON.stringify(ticket.slaPauses),
      ticket.firstResponseDueAt,
      ticket.resolutionDueAt,
      ticket.firstRespondedAt,
      ticket.solvedAt,
      ticket.closedAt,
      ticket.createdAt,
      ticket.updatedAt,
    ],
  );
  return Number(inserted.number);
}

/**
 * Stores a ticket message as one plain statement: tickets opened by the bot and replies in chat
 * are hot paths, and TypeORM's insert builder costs more CPU than the round trip itself.
 */
export async function insertTicketMessage(manager: EntityManager, message: TicketMessageEntity): Promise<void> {
  await manager.query(
    `INSERT INTO ticket_messages (id, ticket_id, author_type, author_id, body, internal, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [message.id, message.ticketId, message.authorType, message.authorId, message.body, message.internal, message.createdAt],
  );
}

/** Closes the ticket only if it is still solved from the solve at `solvedAt`; false when it is not. */
export async function closeIfStillSolved(manager: EntityManager, ticketId: string, solvedAt: Date, now: Date): Promise<boolean> {
  const [rows] = await manager.query(
    `UPDATE tickets SET status = 'closed', closed_at = $3, updated_at = $3 WHERE id = $1 AND status = 'solved' AND solved_at = $2 RETURNING id`,
    [ticketId, solvedAt, now],
  );
  return rows.length > 0;
}
