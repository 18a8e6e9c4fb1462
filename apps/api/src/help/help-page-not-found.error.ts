import { ApiErrorCode } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';

export class HelpPageNotFoundError extends DomainError<ApiErrorCode> {
  constructor() {
    super('help_page_not_found', 'No such help page.');
  }
}
