import { EntityManager } from 'typeorm';
import { TicketMessageEntity } from './ticket-message.entity';
import { TicketEntity } from './ticket.entity';

/* The ticket statements the entity API cannot say in one round trip. */

/**
 * Stores a new ticket and answers its number: it comes from a sequence, and returning it makes
 * the stored ticket whole without reading it back.
 */
export async function insertTicket(manager: EntityManager, ticket: Omit<TicketEntity, 'number'>): Promise<number> {
  const inserted = await manager.createQueryBuilder().insert().into(TicketEntity).values(ticket).returning('number').execute();
  return Number(inserted.raw[0].number);
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
