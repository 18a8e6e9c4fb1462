import { IntentId, Locale } from '@okpay/contracts';

export const HELP_CATEGORY_IDS = ['account', 'topup', 'payments', 'fees', 'refunds', 'cross_border', 'contact'] as const;
export type HelpCategoryId = (typeof HELP_CATEGORY_IDS)[number];

/**
 * Where each intent's article sits in the help centre. `null`: the intent is something the bot
 * does in a conversation (small talk, a handoff, "I can't help"), not a page a customer reads.
 * A new intent fails to compile until it is placed here.
 */
export const HELP_CATEGORY_OF_INTENT: Readonly<Record<IntentId, HelpCategoryId | null>> = {
  login_issue: 'account',
  account_registration: 'account',
  identity_verification: 'account',
  account_security: 'account',
  app_connectivity: 'account',
  topup_failed: 'topup',
  topup_methods: 'topup',
  payment_failed: 'payments',
  how_to_pay: 'payments',
  transaction_pending: 'payments',
  cancel_transaction: 'payments',
  balance_history: 'payments',
  bills_and_promotions: 'payments',
  fees: 'fees',
  transaction_limits: 'fees',
  refund: 'refunds',
  cross_border: 'cross_border',
  contact_support: 'contact',
  complaint: 'contact',
  human_agent: null,
  callback_request: null,
  greeting: null,
  thanks: null,
  goodbye: null,
  out_of_scope: null,
};

export const HELP_CATEGORY_NAMES: Readonly<Record<Locale, Record<HelpCategoryId, string>>> = {
  'zh-CN': { account: '账户与安全', topup: '充值', payments: '付款', fees: '费用与限额', refunds: '退款', cross_border: '跨境', contact: '联系我们' },
  en: { account: 'Account and security', topup: 'Top-up', payments: 'Payments', fees: 'Fees and limits', refunds: 'Refunds', cross_border: 'Cross-border', contact: 'Contact us' },
};

/** True for a help page; false for what only the bot says (greetings, thanks, handoffs). */
export function isHelpPage(intent: IntentId): boolean {
  return HELP_CATEGORY_OF_INTENT[intent] !== null;
}
