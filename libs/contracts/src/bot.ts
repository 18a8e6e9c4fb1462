import { QuickReply } from './chat';
import { IntentId } from './intents';

export interface BotHandoffView {
  readonly reason: 'requested' | 'low_confidence' | 'complaint' | 'security_incident' | string;
  readonly target: 'chat_queue' | 'ticket';
  readonly ticketId?: string;
  readonly position?: number;
  readonly estimatedWaitSeconds?: number;
  /** When support opens again (ISO instant), for a ticket handoff out of hours. */
  readonly nextOpening?: string | null;
}

/**
 * Something the client offers beside the reply's text. `sign_in`: the answer needs the customer's
 * account, so the client shows its own sign-in (the bot does not know where the host signs people in).
 */
export interface BotReplyAction {
  readonly type: 'sign_in';
  readonly label: string;
}

/** The bot's reply in a turn. */
export interface BotReply {
  readonly text: string;
  readonly articleId?: string;
  readonly quickReplies?: readonly QuickReply[];
  readonly actions?: readonly BotReplyAction[];
}

/** `POST /api/v1/bot/messages` answer. */
export interface BotMessageResponse {
  readonly conversationId: string;
  readonly intent: IntentId;
  readonly confidence: number;
  readonly reply: BotReply;
  readonly handoff: BotHandoffView | null;
}
