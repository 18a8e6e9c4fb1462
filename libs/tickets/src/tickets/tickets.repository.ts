import { preparedQueryIn } from '@okpay/database';
import { EntityManager } from 'typeorm';
import { TicketActor } from '../audit/ticket-audit';
import { TicketMessageEntity } from './ticket-message.entity';
import { TicketEntity } from './ticket.entity';

/* The ticket statements the entity API cannot say in one round trip. */

/** A ticket as it is opened, everything stored in one statement by `insertOpenedTicket`. */
export interface OpenedTicketRows {
  readonly ticket: Omit<TicketEntity, 'number'>;
  readonly message: TicketMessageEntity;
  /** The `created` entry of the ticket's audit trail. */
  readonly created: { readonly by: TicketActor; readonly changes: Record<string, unknown> };
  /** A requester known by nothing but a phone (if that) gets a contact of their own, stored with the ticket. */
  readonly newContact?: { readonly id: string; readonly phone: string | null };
}

/**
 * Stores a new ticket with its first message, its audit entry and, for a requester with no
 * contact yet, the contact, and answers the ticket's number (from a sequence; returning it makes
 * the stored ticket whole without reading it back). One plain statement: every handoff by the bot
 * opens a ticket, and each round trip costs both processes a wake-up; prepared, since planning it
 * cost half as much as running it. The foreign keys are checked at the end of the statement, when
 * the rows they point to are there.
 */
export async function insertOpenedTicket(manager: EntityManager, rows: OpenedTicketRows): Promise<number> {
  const { ticket, message, created, newContact } = rows;
  const [inserted] = await preparedQueryIn<{ number: string }>(
    manager,
    'tickets.open',
    `WITH contact AS (INSERT INTO contacts (id, phone, created_at) SELECT $24::uuid, $25, $22 WHERE $24::uuid IS NOT NULL),
       ticket AS (
         INSERT INTO tickets (id, subject, status, priority, category, tags, channel, language, group_name, assignee_agent_id, contact_id, customer_id,
           transaction_refs, follow_up_of, merged_into, sla_pauses, first_response_due_at, resolution_due_at, first_responded_at, solved_at, closed_at,
           created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::jsonb, $17, $18, $19, $20, $21, $22, $23)
         RETURNING number),
       message AS (
         INSERT INTO ticket_messages (id, ticket_id, author_type, author_id, body, internal, created_at) VALUES ($26, $1, $27, $28, $29, $30, $31)),
       audit AS (
         INSERT INTO ticket_events (ticket_id, actor_type, actor_id, action, changes, at) VALUES ($1, $32, $33, 'created', $34::jsonb, $22))
     SELECT number FROM ticket`,
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
      newContact?.id ?? null,
      newContact?.phone ?? null,
      message.id,
      message.authorType,
      message.authorId,
      message.body,
      message.internal,
      message.createdAt,
      created.by.type,
      created.by.id,
      JSON.stringify(created.changes),
    ],
  );
  return Number(inserted.number);
}

/** What a message changes on the ticket it is posted to (built up by the caller); a field left out stays as it is. */
export interface TicketMessageChanges {
  updatedAt: Date;
  status?: TicketEntity['status'];
  firstRespondedAt?: Date;
  transactionRefs?: string[];
}

/**
 * Stores a message on a ticket the caller's transaction has locked, with what it changes on the
 * ticket and its audit entry: one prepared statement, as every reply by mail or in the inbox
 * takes this path and each round trip delays it.
 */
export async function appendTicketMessage(
  manager: EntityManager,
  message: TicketMessageEntity,
  changes: TicketMessageChanges,
  audit: { readonly by: TicketActor; readonly action: string; readonly changes: Record<string, unknown> },
): Promise<void> {
  await preparedQueryIn(
    manager,
    'tickets.append-message',
    `WITH message AS (
       INSERT INTO ticket_messages (id, ticket_id, author_type, author_id, body, internal, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)),
     ticket AS (
       UPDATE tickets SET updated_at = $8, status = COALESCE($9, status), first_responded_at = COALESCE($10, first_responded_at),
         transaction_refs = COALESCE($11, transaction_refs)
       WHERE id = $2)
     INSERT INTO ticket_events (ticket_id, actor_type, actor_id, action, changes, at) VALUES ($2, $12, $13, $14, $15::jsonb, $8)`,
    [
      message.id,
      message.ticketId,
      message.authorType,
      message.authorId,
      message.body,
      message.internal,
      message.createdAt,
      changes.updatedAt,
      changes.status ?? null,
      changes.firstRespondedAt ?? null,
      changes.transactionRefs ?? null,
      audit.by.type,
      audit.by.id,
      audit.action,
      JSON.stringify(audit.changes),
    ],
  );
}

/**
 * The ticket, locked until the caller's transaction ends, or `null`. Prepared, without TypeORM's
 * query builder: every reply by mail locks its ticket, and building the query cost more than running it.
 */
export async function lockTicket(manager: EntityManager, id: string): Promise<TicketEntity | null> {
  const [row] = await preparedQueryIn<TicketRow>(manager, 'tickets.lock', `SELECT ${TICKET_COLUMNS} FROM tickets WHERE id = $1 FOR UPDATE`, [id]);
  return row ? toTicket(row) : null;
}

const TICKET_COLUMNS = `id, number, subject, status, priority, category, tags, channel, language, group_name, assignee_agent_id, contact_id, customer_id,
  transaction_refs, follow_up_of, merged_into, sla_pauses, first_response_due_at, resolution_due_at, first_responded_at, solved_at, closed_at, created_at, updated_at`;

interface TicketRow {
  readonly id: string;
  readonly number: string;
  readonly subject: string;
  readonly status: TicketEntity['status'];
  readonly priority: TicketEntity['priority'];
  readonly category: string | null;
  readonly tags: string[];
  readonly channel: TicketEntity['channel'];
  readonly language: TicketEntity['language'];
  readonly group_name: string | null;
  readonly assignee_agent_id: string | null;
  readonly contact_id: string;
  readonly customer_id: string | null;
  readonly transaction_refs: string[];
  readonly follow_up_of: string | null;
  readonly merged_into: string | null;
  readonly sla_pauses: TicketEntity['slaPauses'];
  readonly first_response_due_at: Date | null;
  readonly resolution_due_at: Date | null;
  readonly first_responded_at: Date | null;
  readonly solved_at: Date | null;
  readonly closed_at: Date | null;
  readonly created_at: Date;
  readonly updated_at: Date;
}

function toTicket(row: TicketRow): TicketEntity {
  return Object.assign(new TicketEntity(), {
    id: row.id,
    number: Number(row.number),
    subject: row.subject,
    status: row.status,
    priority: row.priority,
    category: row.category,
    tags: row.tags,
    channel: row.channel,
    language: row.language,
    groupName: row.group_name,
    assigneeAgentId: row.assignee_agent_id,
    contactId: row.contact_id,
    customerId: row.customer_id,
    transactionRefs: row.transaction_refs,
    followUpOf: row.follow_up_of,
    mergedInto: row.merged_into,
    slaPauses: row.sla_pauses,
    firstResponseDueAt: row.first_response_due_at,
    resolutionDueAt: row.resolution_due_at,
    firstRespondedAt: row.first_responded_at,
    solvedAt: row.solved_at,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  } satisfies TicketEntity);
}

/** Closes the ticket only if it is still solved from the solve at `solvedAt`; false when it is not. */
export async function closeIfStillSolved(manager: EntityManager, ticketId: string, solvedAt: Date, now: Date): Promise<boolean> {
  const [rows] = await manager.query(
    `UPDATE tickets SET status = 'closed', closed_at = $3, updated_at = $3 WHERE id = $1 AND status = 'solved' AND solved_at = $2 RETURNING id`,
    [ticketId, solvedAt, now],
  );
  return rows.length > 0;
}
