import { BotHandoffView, IntentId, Locale, QuickReply } from '@okpay/contracts';

export type BotChannel = 'chat' | 'api' | 'email';

export interface BotTurnRequest {
  readonly text: string;
  readonly locale?: Locale;
  /** Continue this conversation; absent starts a new one. */
  readonly conversationId?: string;
  /** The authenticated wallet customer, and only then: answers use their account. */
  readonly customerId?: string;
  /** The widget visitor who owns the conversation, if any. */
  readonly visitorId?: string;
  readonly channel: BotChannel;
  /** For the chat channel: the conversation already exists elsewhere (the widget), so start it here if new. */
  readonly adoptConversation?: boolean;
}

export interface BotTurn {
  readonly conversationId: string;
  readonly intent: IntentId;
  readonly confidence: number;
  readonly reply: { readonly text: string; readonly articleId?: string; readonly quickReplies?: readonly QuickReply[] };
  readonly handoff: BotHandoffView | null;
}
