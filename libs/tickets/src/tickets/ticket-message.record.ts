export type MessageAuthorType = 'customer' | 'agent' | 'bot' | 'system';

/** A message on a ticket. Internal notes are messages customers never see. */
export interface TicketMessageRecord {
  readonly id: string;
  /** Storage order; assigned by the database. */
  readonly seq?: string;
  readonly ticketId: string;
  readonly authorType: MessageAuthorType;
  readonly authorId: string | null;
  /** Card numbers and one-time codes are masked before this is stored. */
  readonly body: string;
  readonly internal: boolean;
  readonly createdAt: Date;
}
