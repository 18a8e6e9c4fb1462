import { IntentId, Locale } from '@okpay/contracts';

/** A button label and the message it sends: a phrase the classifier knows well, in the customer's language. */
const QUICK_REPLIES: Readonly<Record<Locale, Partial<Record<IntentId, readonly [string, string]>>>> = {
  en: {
    login_issue: ['Can’t sign in', 'I can’t log in to my account'],
    account_registration: ['Open an account', 'How do I sign up for an account'],
    payment_failed: ['A payment failed', 'Why did my payment fail'],
    topup_failed: ['A top-up failed', 'My top-up failed'],
    topup_methods: ['Ways to top up', 'How can I top up my wallet'],
    fees: ['Fees', 'What fees do you charge'],
    refund: ['Refunds', 'I want a refund'],
    cancel_transaction: ['Cancel a transaction', 'Cancel my pending transaction'],
    transaction_pending: ['Payment still pending', 'My transfer is still pending'],
    identity_verification: ['Verification', 'How do I verify my identity'],
    account_security: ['Account security', 'How do I keep my account secure'],
    transaction_limits: ['Limits', 'What are my transaction limits'],
    balance_history: ['Balance and history', 'Show my balance and transaction history'],
    how_to_pay: ['How to pay', 'How do I pay with OKPay'],
    cross_border: ['Sending abroad', 'How do I send money abroad'],
    bills_and_promotions: ['Bills and offers', 'How do I pay my bills'],
    contact_support: ['Contact support', 'How can I contact customer service'],
    app_connectivity: ['App not working', 'The app is not working'],
    human_agent: ['Talk to a person', 'I want to talk to a human agent'],
    callback_request: ['Call me back', 'Please call me back'],
    complaint: ['Make a complaint', 'I want to make a complaint'],
  },
  'zh-CN': {
    login_issue: ['无法登录', '我登录不了账户'],
    account_registration: ['注册账户', '怎么注册账户'],
    payment_failed: ['付款失败', '我的付款为什么失败了'],
    topup_failed: ['充值失败', '我的充值失败了'],
    topup_methods: ['充值方式', '怎么给钱包充值'],
    fees: ['手续费', '手续费怎么收'],
    refund: ['退款', '我要申请退款'],
    cancel_transaction: ['取消交易', '我想取消处理中的交易'],
    transaction_pending: ['交易处理中', '我的转账一直在处理中'],
    identity_verification: ['身份认证', '怎么进行身份认证'],
    account_security: ['账户安全', '怎么保护账户安全'],
    transaction_limits: ['限额', '我的交易限额是多少'],
    balance_history: ['余额和账单', '查看我的余额和交易记录'],
    how_to_pay: ['如何付款', '怎么用 OKPay 付款'],
    cross_border: ['跨境汇款', '怎么给国外汇款'],
    bills_and_promotions: ['缴费和优惠', '怎么交水电费'],
    contact_support: ['联系客服', '怎么联系客服'],
    app_connectivity: ['App 打不开', 'App 打不开了'],
    human_agent: ['转人工', '转人工客服'],
    callback_request: ['电话回访', '请给我回电话'],
    complaint: ['投诉', '我要投诉'],
  },
};

export function quickReplyFor(locale: Locale, intent: IntentId): { label: string; text: string } | null {
  const entry = QUICK_REPLIES[locale][intent];
  return entry ? { label: entry[0], text: entry[1] } : null;
}

/** What the bot offers when it could not help: the common topics and a person. */
export const CAPABILITY_INTENTS: readonly IntentId[] = ['payment_failed', 'topup_failed', 'refund', 'fees', 'human_agent'];
