/** The bot's intent ids (shared/spec/intents.md): a stable contract used verbatim everywhere. */
export const INTENT_IDS = [
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
  'greeting',
  'thanks',
  'goodbye',
  'out_of_scope',
] as const;
export type IntentId = (typeof INTENT_IDS)[number];

/** Every intent the classifier learns; `out_of_scope` is what it answers when none is confident enough. */
export const IN_SCOPE_INTENTS: readonly IntentId[] = INTENT_IDS.filter((id) => id !== 'out_of_scope');

export function isIntentId(value: unknown): value is IntentId {
  return typeof value === 'string' && (INTENT_IDS as readonly string[]).includes(value);
}
