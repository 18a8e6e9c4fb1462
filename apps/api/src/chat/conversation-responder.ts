import { Locale, QuickReply } from '@okpay/contracts';
import { RateLimitSubjects } from '../limits/rate-limits';

export interface ResponderRequest {
  readonly conversationId: string;
  readonly text: string;
  readonly locale: Locale;
  /** Only for a wallet customer (never for an anonymous visitor). */
  readonly customerId?: string;
}

export interface ResponderReply {
  /** Posted into the conversation as the bot. */
  readonly text?: string;
  readonly quickReplies?: readonly QuickReply[];
  /** `chat_queue`: a person should take over; `ticket`: nobody can now, offer to leave a message. */
  readonly handoff?: 'chat_queue' | 'ticket';
}

/**
 * The port the bot plugs into: it answers a customer's chat message while no agent owns the
 * conversation (it is never called once one does). `null` means "no answer: a person should
 * take it", and the conversation joins the chat queue.
 */
export abstract class ConversationResponder {
  abstract respond(request: ResponderRequest): Promise<ResponderReply | null>;

  /**
   * Called before a message it would answer is stored: throws a rate-limit error when the
   * responder will not take one more from these askers now. Answering costs nothing by default.
   */
  admit(_askers: RateLimitSubjects): Promise<void> {
    return Promise.resolve();
  }
}
