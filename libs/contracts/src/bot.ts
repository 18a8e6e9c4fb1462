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

/** `POST /api/v1/bot/messages` answer. */
export interface BotMessageResponse {
  readonly conversationId: string;
  readonly intent: IntentId;
  readonly confidence: number;
  readonly reply: { readonly text: string; readonly articleId?: string; readonly quickReplies?: readonly QuickReply[] };
  readonly handoff: BotHandoffView | null;
}
