import { BotErrorCode } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';

/** Unknown, or someone else's: indistinguishable on purpose. */
export class BotConversationNotFoundError extends DomainError<BotErrorCode> {
  constructor() {
    super('conversation_not_found', 'No such conversation.');
  }
}
