import { IntentId, Locale, QuickReply } from '@okpay/contracts';

/** The intents a signed-in customer gets their own account facts for, and what those facts are called. */
const ACCOUNT_TOPICS: Readonly<Record<Locale, Partial<Record<IntentId, string>>>> = {
  en: {
    payment_failed: 'payments',
    topup_failed: 'top-ups',
    transaction_pending: 'transactions in progress',
    refund: 'refunds',
    cancel_transaction: 'pending transactions',
    fees: 'fees charged',
    transaction_limits: 'limits left today',
    identity_verification: 'verification status',
    balance_history: 'balance and transactions',
    account_security: 'security settings',
  },
  'zh-CN': {
    payment_failed: '付款记录',
    topup_failed: '充值记录',
    transaction_pending: '处理中的交易',
    refund: '退款进度',
    cancel_transaction: '可取消的交易',
    fees: '扣费明细',
    transaction_limits: '今日剩余额度',
    identity_verification: '认证进度',
    balance_history: '余额和交易记录',
    account_security: '安全设置',
  },
};

const INVITATION: Readonly<Record<Locale, (topic: string) => string>> = {
  en: (topic) => `To check your own ${topic}, please sign in: then I can look at your account and answer for you. Until you sign in I can't see any account details.`,
  'zh-CN': (topic) => `如需查看您自己的${topic}，请先登录：登录后我可以查看您的账户并直接为您解答。未登录时我看不到任何账户信息。`,
};

const SIGN_IN_LABEL: Readonly<Record<Locale, string>> = { en: 'Sign in', 'zh-CN': '登录' };

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
  const topic = ACCOUNT_TOPICS[locale][intent];
  if (!topic || !PERSONAL.test(normalizedText)) return null;
  return { text: INVITATION[locale](topic), button: { label: SIGN_IN_LABEL[locale], text: SIGN_IN_LABEL[locale], action: 'sign_in' } };
}
