import { IntentId, Locale, QuickReply } from '@okpay/contracts';
import { botMessage } from '../messages/bot-messages';

/** The intents a signed-in customer gets their own account facts for; `signIn.topic.*` names those facts. */
const ACCOUNT_TOPIC_INTENTS = [
  'payment_failed',
  'topup_failed',
  'transaction_pending',
  'refund',
  'cancel_transaction',
  'fees',
  'transaction_limits',
  'identity_verification',
  'balance_history',
  'account_security',
] as const satisfies readonly IntentId[];

type AccountTopicIntent = (typeof ACCOUNT_TOPIC_INTENTS)[number];

function hasAccountTopic(intent: IntentId): intent is AccountTopicIntent {
  return (ACCOUNT_TOPIC_INTENTS as readonly IntentId[]).includes(intent);
}

/** "My refund", "I paid", "我的充值": the customer asks about their own account, not how things work in general. */
const PERSONAL = /\b(?:my|mine|i|i'm|i've|i'd|me)\b|我/;

export interface SignInInvitation {
  readonly text: string;
  readonly button: QuickReply;
}

/**
 * For a visitor asking about their own account: an invitation to sign in, with a sign-in button.
 * Null when the question is general, or the intent has no account facts to give.
 */
export function signInInvitation(intent: IntentId, normalizedText: string, locale: Locale): SignInInvitation | null {
  if (!hasAccountTopic(intent) || !PERSONAL.test(normalizedText)) return null;
  const label = botMessage(locale, 'signIn.button');
  return { text: botMessage(locale, 'signIn.invitation', { topic: botMessage(locale, `signIn.topic.${intent}`) }), button: { label, text: label, action: 'sign_in' } };
}

/** A visitor telling who they are in chat: an email address, "my name is", "我是陈小明", "我的手机号". */
const IDENTIFYING = /[^\s@]+@[^\s@]+\.[a-z]{2,}|\bmy (?:name|email|e-mail|phone(?: number)?|account(?: number)?) is\b|\bi am [a-z]+ [a-z]+\b|我叫[\u4e00-\u9fff]{2,4}|我是(?![不否在想要说问])[\u4e00-\u9fff]{2,3}(?=\s|$|[,，。])|我的(?:邮箱|手机号?|账号|帐号)/;

/**
 * A visitor who says who they are gets no account data for it (anyone can type an address): they
 * are asked to sign in instead. Null when the message identifies no one.
 */
export function identityInvitation(normalizedText: string, locale: Locale): SignInInvitation | null {
  if (!IDENTIFYING.test(normalizedText)) return null;
  const label = botMessage(locale, 'signIn.button');
  return { text: botMessage(locale, 'signIn.identity'), button: { label, text: label, action: 'sign_in' } };
}
