import { TicketsErrorCode } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';

/** Unknown, or another agent's: views are personal. */
export class TicketViewNotFoundError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('ticket_view_not_found', 'No such view.');
  }
}

export class TicketViewNameTakenError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('name_taken', 'You already have a view with this name.');
  }
}

export class TooManyTicketViewsError extends DomainError<TicketsErrorCode> {
  constructor(limit: number) {
    super('too_many_ticket_views', `An agent keeps at most ${limit} views; delete one first.`);
  }
}
