import { TicketPriority, TicketStatus } from '../tickets/ticket.record';

export interface MacroActions {
  readonly status?: Exclude<TicketStatus, 'new'>;
  readonly priority?: TicketPriority;
  readonly addTags?: string[];
  /** Replied with, in the customer's language when a version in it exists. */
  readonly cannedResponseName?: string;
}

/** One click: set fields and reply at once. */
export interface MacroRecord {
  readonly id: string;
  readonly name: string;
  readonly actions: MacroActions;
  readonly createdAt: Date;
}
