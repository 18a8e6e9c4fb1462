import { WalletErrorCode } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';

export class EmailAlreadyRegisteredError extends DomainError<WalletErrorCode> {
  constructor() {
    super('email_already_registered', 'An account with this email address already exists.');
  }
}
