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

/** The bot's reply in a turn. */
export interface BotReply {
  readonly text: string;
  readonly articleId?: string;
  readonly quickReplies?: readonly QuickReply[];
}

/** `POST /api/v1/bot/messages` answer. */
export interface BotMessageResponse {
  readonly conversationId: string;
  readonly intent: IntentId;
  readonly confidence: number;
  readonly reply: BotReply;
  readonly handoff: BotHandoffView | null;
}
