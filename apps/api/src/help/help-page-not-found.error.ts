import { DomainError } from '@okpay/shared';

export class HelpPageNotFoundError extends DomainError {
  constructor() {
    super('help_page_not_found', 'No such help page.');
  }
}
