import { TicketsErrorCode } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';

export class ContactNotFoundError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('contact_not_found', 'No such contact.');
  }
}

export class ContactsNotMergeableError extends DomainError<TicketsErrorCode> {
  constructor(reason: string) {
    super('contacts_not_mergeable', reason);
  }
}
