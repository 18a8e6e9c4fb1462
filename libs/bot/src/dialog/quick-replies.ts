import { IntentId, Locale } from '@okpay/contracts';
import { botMessage } from '../messages/bot-messages';

/** Small talk and `out_of_scope` are no topic to offer; every other intent has a quick reply (`quickReply.*`). */
const WITHOUT_QUICK_REPLY = ['greeting', 'thanks', 'goodbye', 'out_of_scope'] as const satisfies readonly IntentId[];
type QuickReplyIntent = Exclude<IntentId, (typeof WITHOUT_QUICK_REPLY)[number]>;

function hasQuickReply(intent: IntentId): intent is QuickReplyIntent {
  return !(WITHOUT_QUICK_REPLY as readonly IntentId[]).includes(intent);
}

/** The label says what the button is about; the text it sends is a phrase the classifier knows well, in the customer's language. */
export function quickReplyFor(locale: Locale, intent: IntentId): { label: string; text: string } | null {
  if (!hasQuickReply(intent)) return null;
  return { label: botMessage(locale, `quickReply.${intent}.label`), text: botMessage(locale, `quickReply.${intent}.text`) };
}

/** What the bot offers when it could not help: the common topics and a person. */
export const CAPABILITY_INTENTS: readonly IntentId[] = ['payment_failed', 'topup_failed', 'refund', 'fees', 'human_agent'];
