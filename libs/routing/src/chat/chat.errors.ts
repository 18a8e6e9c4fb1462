import { RoutingErrorCode } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';

export class ChatOfferNotFoundError extends DomainError<RoutingErrorCode> {
  constructor() {
    super('chat_offer_not_found', 'No such chat offer for this agent.');
  }
}

export class ChatOfferExpiredError extends DomainError<RoutingErrorCode> {
  constructor() {
    super('chat_offer_expired', 'The offer has expired and the chat went back to the queue.');
  }
}

export class ChatNotAssignedError extends DomainError<RoutingErrorCode> {
  constructor() {
    super('chat_not_found', 'No such chat assigned to this agent.');
  }
}
