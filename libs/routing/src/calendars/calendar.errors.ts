import { RoutingErrorCode } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';

export class CalendarNotFoundError extends DomainError<RoutingErrorCode> {
  constructor() {
    super('calendar_not_found', 'No such calendar.');
  }
}

export class CalendarNameTakenError extends DomainError<RoutingErrorCode> {
  constructor() {
    super('calendar_name_taken', 'A calendar with this name already exists.');
  }
}
