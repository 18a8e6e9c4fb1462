import { Locale } from '@okpay/contracts';
import { FailureCode } from '@okpay/wallet-core';

interface Explanation {
  readonly why: string;
  readonly whatToDo: string;
}

/** Why a transaction failed, and the one thing to do about it, per failure code and locale. */
export const FAILURE_EXPLANATIONS: Readonly<Record<Locale, Readonly<Record<FailureCode, Explanation>>>> = {
  en: {
    insufficient_funds: { why: 'your balance was lower than the amount plus fees', whatToDo: 'Top up your wallet (a card top-up arrives at once), then pay again.' },
    limit_exceeded: { why: 'it went over your verification tier’s limit', whatToDo: 'Pay a smaller amount, wait for tomorrow’s limit, or verify your identity to raise your limits.' },
    risk_review: { why: 'our risk checks held it for review', whatToDo: 'No action is needed: the review usually finishes within one business day and you will be notified. If the payment was not yours, tell us now.' },
    merchant_unavailable: { why: 'the merchant was not accepting OKPay payments at that moment', whatToDo: 'Try again later or choose another payment method with the merchant; no money left your wallet.' },
    account_frozen: { why: 'your account is frozen', whatToDo: 'Please talk to an agent: a frozen account can only be reviewed by a person.' },
    card_declined: { why: 'your card issuer declined the charge', whatToDo: 'Check with your bank, or top up by bank transfer instead.' },
    card_expired: { why: 'the card has expired', whatToDo: 'Add a valid card and try again.' },
    bank_rejected: { why: 'the bank rejected the transfer', whatToDo: 'Check the account details with your bank and try again; no money was taken.' },
    cancelled_by_customer: { why: 'you cancelled it', whatToDo: 'Start a new one if you still want to go ahead.' },
    recipient_unavailable: { why: 'the recipient cannot receive money right now', whatToDo: 'Ask the recipient to check their account, then send again.' },
    verification_required: { why: 'it needs a higher verification tier', whatToDo: 'Verify your identity in the app (Me › Verify identity), then try again.' },
  },
  'zh-CN': {
    insufficient_funds: { why: '余额不足以支付金额和手续费', whatToDo: '请先充值(银行卡充值即时到账)，再重新付款。' },
    limit_exceeded: { why: '超出了您当前认证等级的限额', whatToDo: '可以分笔或明天再付，或完成身份认证以提高限额。' },
    risk_review: { why: '被风控系统暂扣审核', whatToDo: '无需操作，审核通常在一个工作日内完成并会通知您。如果这笔不是您本人操作，请立即告诉我们。' },
    merchant_unavailable: { why: '商户当时暂停接受 OKPay 付款', whatToDo: '请稍后再试或换用其他支付方式，您的钱没有被扣。' },
    account_frozen: { why: '您的账户已被冻结', whatToDo: '请联系人工客服，冻结账户需要人工审核。' },
    card_declined: { why: '发卡行拒绝了这笔扣款', whatToDo: '请联系您的银行，或改用银行转账充值。' },
    card_expired: { why: '银行卡已过期', whatToDo: '请绑定有效的银行卡后重试。' },
    bank_rejected: { why: '银行拒绝了这笔转账', whatToDo: '请向银行核对账户信息后重试，钱没有被扣。' },
    cancelled_by_customer: { why: '您已取消', whatToDo: '如仍需要，请重新发起。' },
    recipient_unavailable: { why: '收款方暂时无法收款', whatToDo: '请让对方检查账户后再转。' },
    verification_required: { why: '需要更高的认证等级', whatToDo: '请在 App「我的 › 身份认证」完成认证后重试。' },
  },
};
