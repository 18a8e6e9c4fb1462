import { EntityManager } from 'typeorm';
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

/** Closes the ticket only if it is still solved from the solve at `solvedAt`; false when it is not. */
export async function closeIfStillSolved(manager: EntityManager, ticketId: string, solvedAt: Date, now: Date): Promise<boolean> {
  const [rows] = await manager.query(
    `UPDATE tickets SET status = 'closed', closed_at = $3, updated_at = $3 WHERE id = $1 AND status = 'solved' AND solved_at = $2 RETURNING id`,
    [ticketId, solvedAt, now],
  );
  return rows.length > 0;
}
