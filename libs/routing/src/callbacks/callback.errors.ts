import { RoutingErrorCode } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';

export class CallbackAlreadyActiveError extends DomainError<RoutingErrorCode> {
  constructor() {
    super('callback_already_active', 'A callback is already scheduled for this customer or number.');
  }
}

export class CallbackNotFoundError extends DomainError<RoutingErrorCode> {
  constructor() {
    super('callback_not_found', 'No such callback.');
  }
}

export class CallbackNotActiveError extends DomainError<RoutingErrorCode> {
  constructor() {
    super('callback_not_active', 'This callback is no longer scheduled.');
  }
}
