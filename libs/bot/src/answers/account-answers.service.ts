import { Injectable } from '@nestjs/common';
import { IntentId, Locale } from '@okpay/contracts';
import { Clock } from '@okpay/shared';
import {
  BANK_TRANSFER_SETTLEMENT_HOURS,
  CustomerWalletOverview,
  FEE_SCHEDULE,
  FeeRule,
  CustomerWalletOverviewService,
  KYC_LIMITS,
  MerchantDirectory,
  SpendingLimits,
  WalletTransactionEntity,
} from '@okpay/wallet-core';
import { dateTime, feeRuleText, money } from './locale-format';
import { FAILURE_EXPLANATIONS } from './failure-explanations';
import { TIER_NAMES } from './tier-names';

/** A transaction the customer can pick by number in their next message. */
export interface TransactionChoice {
  readonly transactionId: string;
  readonly label: string;
}

export interface AccountAnswer {
  readonly text: string;
  /** Set when the answer asks the customer to pick one (a payment to refund, a transaction to cancel). */
  readonly choice?: { readonly action: 'refund' | 'cancel'; readonly options: readonly TransactionChoice[] };
}

const ZH_TYPES: Record<string, string> = { topup: '充值', payment: '付款', transfer: '转账', refund: '退款', adjustment: '调整' };
const ZH_STATUS: Record<string, string> = { succeeded: '成功', pending: '处理中', failed: '失败' };
const ZH_REFUND: Record<string, string> = { requested: '审核中', approved: '已批准，退款中', rejected: '已拒绝', completed: '已退回' };
const EN_REFUND: Record<string, string> = { requested: 'being reviewed', approved: 'approved, on its way', rejected: 'rejected', completed: 'completed' };

/**
 * The part of an answer that comes from the signed-in customer's own wallet. Only ever called with
 * the authenticated customer's id; visitors get the article alone.
 */
@Injectable()
export class AccountAnswers {
  constructor(
    private readonly overviews: CustomerWalletOverviewService,
    private readonly merchants: MerchantDirectory,
    private readonly limits: SpendingLimits,
    private readonly clock: Clock,
  ) {}

  async answer(intent: IntentId, customerId: string, locale: Locale): Promise<AccountAnswer | null> {
    switch (intent) {
      case 'payment_failed':
        return this.failedPayment(await this.overviews.overview(customerId), locale);
      case 'topup_failed':
        return this.topUps(await this.overviews.overview(customerId), locale);
      case 'transaction_pending':
        return this.pending(await this.overviews.overview(customerId), locale);
      case 'refund':
        return this.refunds(await this.overviews.overview(customerId), locale);
      case 'cancel_transaction':
        return this.cancellable(await this.overviews.overview(customerId), locale);
      case 'fees':
        return this.latestFee(await this.overviews.overview(customerId), locale);
      case 'transaction_limits':
        return this.limitsLeft(customerId, locale);
      case 'identity_verification':
        return this.verification(await this.overviews.overview(customerId), locale);
      case 'balance_history':
        return this.balances(await this.overviews.overview(customerId), locale);
      case 'account_security':
        return this.security(await this.overviews.overview(customerId), locale);
      default:
        return null;
    }
  }

  private async describe(tx: WalletTransactionEntity, locale: Locale): Promise<string> {
    const amount = money({ amount: tx.amount, currency: tx.currency }, locale);
    const merchant = tx.merchantId ? (await this.merchants.findById(tx.merchantId))?.name : undefined;
    const when = dateTime(tx.createdAt, locale);
    if (locale === 'zh-CN') return `${when} ${merchant ? `向「${merchant}」` : ''}的${ZH_TYPES[tx.type]} ${amount}(${tx.reference})`;
    return `${tx.type === 'topup' ? 'top-up' : tx.type} of ${amount}${merchant ? ` to ${merchant}` : ''} on ${when} (${tx.reference})`;
  }

  private async failedPayment(overview: CustomerWalletOverview, locale: Locale): Promise<AccountAnswer> {
    const failure = [...overview.recentTransactions, ...(overview.latestFailure ? [overview.latestFailure] : [])].find(
      (tx) => tx.status === 'failed' && (tx.type === 'payment' || tx.type === 'transfer'),
    );
    if (!failure) {
      return { text: locale === 'zh-CN' ? '我查看了您的账户，最近没有失败的付款。' : 'I checked your account: none of your recent payments failed.' };
    }
    const explanation = failure.failureCode ? FAILURE_EXPLANATIONS[locale][failure.failureCode] : undefined;
    const what = await this.describe(failure, locale);
    if (locale === 'zh-CN') {
      return { text: `您最近一笔失败的是${what}，原因：${explanation?.why ?? '未知'}。${explanation?.whatToDo ?? ''}` };
    }
    return { text: `Your latest failed payment is the ${what}. It failed because ${explanation?.why ?? 'of an unknown reason'}. ${explanation?.whatToDo ?? ''}`.trim() };
  }

  /** "Why was I charged a fee?": the latest fee they paid and the rule behind it. Null when they paid none. */
  private async latestFee(overview: CustomerWalletOverview, locale: Locale): Promise<AccountAnswer | null> {
    const charged = overview.recentTransactions.find((tx) => tx.status === 'succeeded' && tx.fee > 0);
    if (!charged) return null;
    const rule = feeRuleOf(charged);
    const fee = money({ amount: charged.fee, currency: charged.currency }, locale);
    const what = await this.describe(charged, locale);
    if (locale === 'zh-CN') return { text: `您最近一笔手续费是${what}的 ${fee}${rule ? `，收费标准：${feeRuleText(rule, locale)}` : ''}。` };
    return { text: `Your latest fee was ${fee}, on the ${what}${rule ? `; the rule is ${feeRuleText(rule, locale)}` : ''}.` };
  }

  private async topUps(overview: CustomerWalletOverview, locale: Locale): Promise<AccountAnswer> {
    const topUps = overview.recentTransactions.filter((tx) => tx.type === 'topup' && tx.status !== 'succeeded');
    for (const tx of overview.pendingTransactions) if (tx.type === 'topup' && !topUps.some((t) => t.id === tx.id)) topUps.push(tx);
    if (topUps.length === 0) {
      return { text: locale === 'zh-CN' ? '您最近的充值都已成功到账。' : 'All your recent top-ups have arrived.' };
    }
    const lines = await Promise.all(
      topUps.slice(0, 3).map(async (tx) => {
        const what = await this.describe(tx, locale);
        if (tx.status === 'pending') return this.pendingTopUpLine(tx, what, locale);
        const explanation = tx.failureCode ? FAILURE_EXPLANATIONS[locale][tx.failureCode] : undefined;
        return locale === 'zh-CN'
          ? `• ${what}：失败，原因：${explanation?.why ?? '未知'}。${explanation?.whatToDo ?? ''}`
          : `• ${what}: failed because ${explanation?.why ?? 'of an unknown reason'}. ${explanation?.whatToDo ?? ''}`;
      }),
    );
    return { text: (locale === 'zh-CN' ? '您的充值情况：\n' : 'Your top-ups:\n') + lines.join('\n') };
  }

  /** When a pending bank transfer should land, or that it is late and a person will look. */
  private pendingTopUpLine(tx: WalletTransactionEntity, what: string, locale: Locale): string {
    const expected = new Date(tx.createdAt.getTime() + BANK_TRANSFER_SETTLEMENT_HOURS * 3600_000);
    if (expected > this.clock.now()) {
      const by = dateTime(expected, locale);
      return locale === 'zh-CN'
        ? `• ${what}：处理中，预计 ${by} 前自动入账，无需重复充值。`
        : `• ${what}: pending, expected in your wallet by ${by}; it is credited automatically, so please don't pay twice.`;
    }
    return locale === 'zh-CN'
      ? `• ${what}：已超过通常的 ${BANK_TRANSFER_SETTLEMENT_HOURS} 小时到账时间仍未入账，请回复「转人工」，我们会向银行核查。`
      : `• ${what}: still pending after the usual ${BANK_TRANSFER_SETTLEMENT_HOURS} hours; reply "agent" and a person will check it with the bank.`;
  }

  private async pending(overview: CustomerWalletOverview, locale: Locale): Promise<AccountAnswer> {
    if (overview.pendingTransactions.length === 0) {
      return { text: locale === 'zh-CN' ? '您目前没有处理中的交易。' : 'You have no transactions in progress right now.' };
    }
    const lines = await Promise.all(overview.pendingTransactions.slice(0, 3).map(async (tx) => `• ${await this.describe(tx, locale)}`));
    return { text: (locale === 'zh-CN' ? '以下交易仍在处理中：\n' : 'These transactions are still in progress:\n') + lines.join('\n') };
  }

  private async refunds(overview: CustomerWalletOverview, locale: Locale): Promise<AccountAnswer> {
    const lines = overview.refunds.slice(0, 3).map((refund) => {
      const amount = money({ amount: refund.amount, currency: refund.currency }, locale);
      const by = dateTime(refund.expectedBy, locale);
      return locale === 'zh-CN'
        ? `• 退款 ${amount}：${ZH_REFUND[refund.status]}${refund.status === 'requested' || refund.status === 'approved' ? `，预计 ${by} 前到账` : ''}`
        : `• refund of ${amount}: ${EN_REFUND[refund.status]}${refund.status === 'requested' || refund.status === 'approved' ? `, expected by ${by}` : ''}`;
    });
    const refundable = overview.recentTransactions.filter(
      (tx) => tx.type === 'payment' && tx.status === 'succeeded' && !overview.refunds.some((r) => r.paymentId === tx.id),
    );
    const options = await Promise.all(refundable.slice(0, 3).map(async (tx) => ({ transactionId: tx.id, label: await this.describe(tx, locale) })));
    const parts: string[] = [];
    if (lines.length > 0) parts.push((locale === 'zh-CN' ? '您的退款进度：\n' : 'Your refunds:\n') + lines.join('\n'));
    if (options.length > 0) {
      parts.push(
        (locale === 'zh-CN' ? '如需为某笔付款申请退款，请回复序号：\n' : 'To ask for a refund of a payment, reply with its number:\n') +
          options.map((o, i) => `${i + 1}. ${o.label}`).join('\n'),
      );
    }
    if (parts.length === 0) return { text: locale === 'zh-CN' ? '您最近没有可退款的付款，也没有进行中的退款。' : 'You have no recent payments to refund and no refunds in progress.' };
    return { text: parts.join('\n\n'), choice: options.length > 0 ? { action: 'refund', options } : undefined };
  }

  private async cancellable(overview: CustomerWalletOverview, locale: Locale): Promise<AccountAnswer> {
    const options = await Promise.all(
      overview.pendingTransactions.slice(0, 3).map(async (tx) => ({ transactionId: tx.id, label: await this.describe(tx, locale) })),
    );
    if (options.length === 0) {
      return {
        text: locale === 'zh-CN' ? '您没有可以取消的处理中交易；已完成的付款可以申请退款。' : 'You have no pending transaction to cancel; a completed payment can be refunded instead.',
      };
    }
    return {
      text:
        (locale === 'zh-CN' ? '以下交易还可以取消，回复序号即可取消：\n' : 'These can still be cancelled; reply with the number to cancel one:\n') +
        options.map((o, i) => `${i + 1}. ${o.label}`).join('\n'),
      choice: { action: 'cancel', options },
    };
  }

  private async limitsLeft(customerId: string, locale: Locale): Promise<AccountAnswer> {
    const { tier, limits } = await this.limits.usageFor(customerId);
    const names: Record<string, [string, string]> = { card_top_up: ['银行卡充值', 'card top-ups'], payment: ['付款', 'payments'], transfer: ['转账', 'transfers'] };
    const lines = limits.map((l) => {
      const [zh, en] = names[l.kind];
      return locale === 'zh-CN'
        ? `• ${zh}：单笔 ${money(l.single, locale)}，每日 ${money(l.daily, locale)}，今天还可用 ${money(l.remainingToday, locale)}`
        : `• ${en}: ${money(l.single, locale)} each, ${money(l.daily, locale)} a day, ${money(l.remainingToday, locale)} left today`;
    });
    const next = tier === 'full' ? null : tier === 'basic' ? 'full' : 'basic';
    const raise = next
      ? locale === 'zh-CN'
        ? `\n完成${TIER_NAMES[locale][next]}后，付款单笔限额可提高到 ${money(KYC_LIMITS[next].payment.single, locale)}。`
        : `\nVerifying to the ${TIER_NAMES[locale][next]} tier raises a single payment to ${money(KYC_LIMITS[next].payment.single, locale)}.`
      : '';
    return {
      text:
        (locale === 'zh-CN' ? `您的账户是「${TIER_NAMES[locale][tier]}」，限额如下：\n` : `Your account is at the ${TIER_NAMES[locale][tier]} tier. Your limits:\n`) +
        lines.join('\n') +
        raise,
    };
  }

  private verification(overview: CustomerWalletOverview, locale: Locale): AccountAnswer {
    const tier = TIER_NAMES[locale][overview.customer.kycTier];
    const submission = overview.latestKycSubmission;
    if (!submission) {
      return { text: locale === 'zh-CN' ? `您的认证等级是「${tier}」，还没有提交过认证申请。` : `Your verification tier is ${tier}, and you have not submitted a verification request yet.` };
    }
    const submitted = dateTime(submission.submittedAt, locale);
    if (locale === 'zh-CN') {
      const state = { pending: '审核中', approved: '已通过', rejected: `未通过(${submission.rejectionReason ?? '未注明原因'})，可以修改后重新提交` }[submission.status];
      return { text: `您的认证等级是「${tier}」。您在 ${submitted} 提交的「${TIER_NAMES[locale][submission.targetTier]}」申请：${state}。` };
    }
    const state = { pending: 'being reviewed', approved: 'approved', rejected: `rejected (${submission.rejectionReason ?? 'no reason given'}); you can correct it and submit again` }[
      submission.status
    ];
    return { text: `Your verification tier is ${tier}. Your request for the ${TIER_NAMES[locale][submission.targetTier]} tier, submitted ${submitted}, is ${state}.` };
  }

  private async balances(overview: CustomerWalletOverview, locale: Locale): Promise<AccountAnswer> {
    const balances = overview.wallets.map((w) => money({ amount: w.balance, currency: w.currency }, locale)).join(locale === 'zh-CN' ? '，' : ', ');
    const recent = await Promise.all(
      overview.recentTransactions.slice(0, 5).map(async (tx) => `• ${await this.describe(tx, locale)}${locale === 'zh-CN' ? `：${ZH_STATUS[tx.status]}` : `: ${tx.status}`}`),
    );
    const head = locale === 'zh-CN' ? `您的余额：${balances || '¥0.00'}。` : `Your balance: ${balances || 'CNY 0.00'}.`;
    if (recent.length === 0) return { text: head };
    return { text: `${head}\n${locale === 'zh-CN' ? '最近的交易：' : 'Recent transactions:'}\n${recent.join('\n')}` };
  }

  private security(overview: CustomerWalletOverview, locale: Locale): AccountAnswer {
    const twoFactor = overview.customer.twoFactorEnabled;
    if (locale === 'zh-CN') return { text: twoFactor ? '您的账户已开启两步验证。' : '您的账户还没有开启两步验证，建议在「我的 → 安全」中开启。' };
    return { text: twoFactor ? 'Two-factor authentication is on for your account.' : 'Two-factor authentication is off for your account; we recommend turning it on under Me → Security.' };
  }
}

function feeRuleOf(tx: WalletTransactionEntity): FeeRule | null {
  if (tx.type === 'topup') return tx.method === 'bank_transfer' ? FEE_SCHEDULE.bankTransferTopUp : FEE_SCHEDULE.cardTopUp;
  if (tx.type === 'transfer') return tx.crossBorder ? FEE_SCHEDULE.crossBorderTransfer : FEE_SCHEDULE.domesticTransfer;
  return null;
}
