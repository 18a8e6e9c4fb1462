import { Locale } from '@okpay/contracts';

export const TICKET_STATUSES = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export type TicketChannel = 'web' | 'chat' | 'email' | 'phone' | 'bot';

export interface PauseInterval {
  /** ISO instants; `end` absent while the clock is paused. */
  readonly start: string;
  readonly end?: string;
}

/** A ticket as it is stored; handed out read-only, the TypeORM entity stays inside the lib. */
export interface TicketRecord {
  readonly id: string;
  /** Human number, shown as `#10042`. */
  readonly number: number;
  readonly subject: string;
  readonly status: TicketStatus;
  readonly priority: TicketPriority;
  /** The bot's intent id for what the ticket is about. */
  readonly category: string | null;
  readonly tags: string[];
  readonly channel: TicketChannel;
  /** The customer's language, when known: agents who speak it get the ticket. */
  readonly language: Locale | null;
  readonly groupName: string | null;
  readonly assigneeAgentId: string | null;
  readonly contactId: string;
  /** The wallet customer who owns the ticket, when known: only they may see it. */
  readonly customerId: string | null;
  /** Wallet transaction references (`TX-…`) the ticket is about. */
  readonly transactionRefs: string[];
  readonly followUpOf: string | null;
  /** Set on a ticket that was merged into another (it is then closed). */
  readonly mergedInto: string | null;
  /** While pending, the SLA clock stands still. */
  readonly slaPauses: PauseInterval[];
  readonly firstResponseDueAt: Date | null;
  readonly resolutionDueAt: Date | null;
  readonly firstRespondedAt: Date | null;
  readonly solvedAt: Date | null;
  readonly closedAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}
