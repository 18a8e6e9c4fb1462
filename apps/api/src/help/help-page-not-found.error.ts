import { DomainError } from '@okpay/shared';

export class HelpPageNotFoundError extends DomainError {
  constructor() {
    super('not_found', 'help_page_not_found', 'No such help page.');
  }
}
