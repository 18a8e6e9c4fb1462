import { IntentId, QuickReply } from '@okpay/contracts';
import { HandoffOutcome } from '../handoff/bot-handoff.service';
import { HandoffReason } from '../handoff/handoff-policy';
import { AwaitedAnswer, DialogueSlots } from './dialogue-state';

/** One reply of the bot, before hand-off and recording. */
export interface BotReply {
  /** The topic this turn was about, as judged in context ("1" that picks a refund is `refund`). */
  readonly intent: IntentId;
  readonly confidence: number;
  readonly text: string;
  readonly articleId?: string;
  readonly quickReplies?: readonly QuickReply[];
  /** The question the bot now waits on; null clears it. */
  readonly awaiting: AwaitedAnswer | null;
  /** The slots after this turn (the transaction discussed included); absent keeps them. */
  readonly slots?: DialogueSlots;
  /** The topic to continue from next turn; absent keeps the conversation's. */
  readonly topic?: { readonly intent: IntentId; readonly text: string };
  readonly handoff?: { readonly reason: HandoffReason; readonly outcome: HandoffOutcome };
  /** This turn did not help the customer (out of scope, or a clarifying question). */
  readonly unsure?: boolean;
  /** A phone callback was booked: people take over. */
  readonly callbackBooked?: boolean;
}
