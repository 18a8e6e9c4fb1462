import { TicketsErrorCode } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';

/** Unknown, or another customer's: indistinguishable on purpose. */
export class TicketNotFoundError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('ticket_not_found', 'No such ticket.');
  }
}

export class TicketClosedError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('ticket_closed', 'A closed ticket cannot change; a new message opens a follow-up.');
  }
}

export class InternalNoteNotAllowedError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('internal_notes_agents_only', 'Only agents can write internal notes.');
  }
}

/** The ticket changed after the agent opened it: they see what changed before their reply goes out. */
export class TicketChangedError extends DomainError<TicketsErrorCode> {
  constructor(updatedAt: Date) {
    super('ticket_changed', 'The ticket changed since you opened it. Read the latest, then send again.', { updatedAt: updatedAt.toISOString() });
  }
}
