import { IntentId, Locale } from '@okpay/contracts';
import { botMessage } from '../messages/bot-messages';

/** The intents that have a quick reply: a button label and the message it sends (`quickReply.*`). */
const QUICK_REPLY_INTENTS = [
  'login_issue',
  'account_registration',
  'payment_failed',
  'topup_failed',
  'topup_methods',
  'fees',
  'refund',
  'cancel_transaction',
  'transaction_pending',
  'identity_verification',
  'account_security',
  'transaction_limits',
  'balance_history',
  'how_to_pay',
  'cross_border',
  'bills_and_promotions',
  'contact_support',
  'app_connectivity',
  'human_agent',
  'callback_request',
  'complaint',
] as const satisfies readonly IntentId[];

type QuickReplyIntent = (typeof QUICK_REPLY_INTENTS)[number];

function hasQuickReply(intent: IntentId): intent is QuickReplyIntent {
  return (QUICK_REPLY_INTENTS as readonly IntentId[]).includes(intent);
}

/** The label says what the button is about; the text it sends is a phrase the classifier knows well, in the customer's language. */
export function quickReplyFor(locale: Locale, intent: IntentId): { label: string; text: string } | null {
  if (!hasQuickReply(intent)) return null;
  return { label: botMessage(locale, `quickReply.${intent}.label`), text: botMessage(locale, `quickReply.${intent}.text`) };
}

/** What the bot offers when it could not help: the common topics and a person. */
export const CAPABILITY_INTENTS: readonly IntentId[] = ['payment_failed', 'topup_failed', 'refund', 'fees', 'human_agent'];
