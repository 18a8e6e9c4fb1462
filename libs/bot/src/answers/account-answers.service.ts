import { Injectable } from '@nestjs/common';
import { IntentId, Locale } from '@okpay/contracts';
import { Clock } from '@okpay/shared';
import {
  BANK_TRANSFER_SETTLEMENT_HOURS,
  CustomerDirectory,
  CustomerWalletOverview,
  CustomerWalletOverviewService,
  FEE_SCHEDULE,
  FeeRule,
  KYC_LIMITS,
  MerchantDirectory,
  SpendingLimits,
  WalletTransactionEntity,
} from '@okpay/wallet-core';
import { DateTime } from 'luxon';
import { PickPurpose, TransactionChoice } from '../dialog/dialogue-state';
import { AmountSlot, TransactionHint } from '../understanding/message-slots';
import { FAILURE_EXPLANATIONS } from './failure-explanations';
import { ANSWER_TIME_ZONE, dateTime, feeRuleText, money } from './locale-format';
import { TIER_NAMES } from './tier-names';
import { hintNamesATransaction, MatchableTransaction, matchTransactions, namedBy } from './transaction-matcher';

export { TransactionChoice } from '../dialog/dialogue-state';

export interface AccountAnswer {
  readonly text: string;
  /** Set when the answer asks the customer to pick one (a payment to refund, a transaction to cancel or explain). */
  readonly choice?: {
    readonly purpose: PickPurpose;
    readonly options: readonly TransactionChoice[];
    /** A proposal about the one named ("shall I refund it?"), answered yes or no, rather than a list to number. */
    readonly proposal?: boolean;
  };
  /** The transaction the answer is about, for the next turn's "it". */
  readonly transactionId?: string;
}

/** What the customer said that points at one of their transactions, and the one already being discussed. */
export interface TransactionReference {
  readonly hint: TransactionHint;
  readonly amounts: readonly AmountSlot[];
  /** From the conversation: the transaction the last answer was about. */
  readonly current?: string;
  /** Other words of the message that may name one; they count only if they do. */
  readonly maybeNames?: readonly string[];
}

const NO_REFERENCE: TransactionReference = { hint: { transactionIds: [], nameWords: [], dates: [] }, amounts: [] };

const ZH_TYPES: Record<string, string> = { topup: '充值', payment: '付款', transfer: '转账', refund: '退款', adjustment: '调整' };
const ZH_STATUS: Record<string, string> = { succeeded: '成功', pending: '处理中', failed: '失败' };
const ZH_REFUND: Record<string, string> = { requested: '审核中', approved: '已批准，退款中', rejected: '已拒绝', completed: '已退回' };
const EN_REFUND: Record<string, string> = { requested: 'being reviewed', approved: 'approved, on its way', rejected: 'rejected', completed: 'completed' };

interface Named extends MatchableTransaction {
  readonly tx: WalletTransactionEntity;
}

/**
 * The part of an answer that comes from the signed-in customer's own wallet. Only ever called with
 * the authenticated customer's id; visitors get the article alone. When the customer names a
 * transaction ("the 800 one", "数码港那笔"), the answer is about that one, not the latest.
 */
@Injectable()
export class AccountAnswers {
  constructor(
    private readonly overviews: CustomerWalletOverviewService,
    private readonly merchants: MerchantDirectory,
    private readonly customers: CustomerDirectory,
    private readonly limits: SpendingLimits,
    private readonly clock: Clock,
  ) {}

  async answer(intent: IntentId, customerId: string, locale: Locale, reference: TransactionReference = NO_REFERENCE): Promise<AccountAnswer | null> {
    switch (intent) {
      case 'payment_failed':
        return this.failedPayment(await this.overviews.overview(customerId), locale, reference);
      case 'topup_failed':
        return this.topUps(await this.overviews.overview(customerId), locale);
      case 'transaction_pending':
        return this.pending(await this.overviews.overview(customerId), locale, reference);
      case 'refund':
        return this.refunds(await this.overviews.overview(customerId), locale, reference);
      case 'cancel_transaction':
        return this.cancellable(await this.overviews.overview(customerId), locale, reference);
      case 'fees':
        return this.latestFee(await this.overviews.overview(customerId), locale, reference);
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

  /** Whether the words name one or more of the customer's recent transactions. */
  async namesATransaction(customerId: string, reference: TransactionReference): Promise<boolean> {
    return this.meant(await this.named(await this.overviews.overview(customerId)), reference).matches.length > 0;
  }

  /** An answer about one transaction the customer picked from a list. */
  async about(intent: IntentId, customerId: string, locale: Locale, transactionId: string): Promise<AccountAnswer | null> {
    return this.answer(intent, customerId, locale, { ...NO_REFERENCE, current: transactionId });
  }

  /** Everything the overview knows, named (merchant, counterparty) so the customer's words can match it. */
  private async named(overview: CustomerWalletOverview): Promise<Named[]> {
    const seen = new Set<string>();
    const all = [...overview.pendingTransactions, ...overview.recentTransactions, ...(overview.latestFailure ? [overview.latestFailure] : [])].filter(
      (tx) => !seen.has(tx.id) && seen.add(tx.id),
    );
    // Every merchant and counterparty of the list in one query each, not one per transaction.
    const [merchants, counterparties] = await Promise.all([
      this.merchants.findByIds([...new Set(all.flatMap((tx) => (tx.merchantId ? [tx.merchantId] : [])))]),
      this.customers.findByIds([...new Set(all.flatMap((tx) => (tx.counterpartyCustomerId ? [tx.counterpartyCustomerId] : [])))]),
    ]);
    const merchantById = new Map(merchants.map((found) => [found.id, { name: found.name, category: found.category }]));
    const counterpartyById = new Map(counterparties.map((found) => [found.id, { name: `${found.name} ${found.email.split('@')[0]}`, category: null }]));
    return all.map((tx) => {
      const merchant = tx.merchantId ? (merchantById.get(tx.merchantId) ?? null) : null;
      const counterparty = tx.counterpartyCustomerId ? (counterpartyById.get(tx.counterpartyCustomerId) ?? null) : null;
      return {
        tx,
        id: tx.id,
        reference: tx.reference,
        type: tx.type,
        status: tx.status,
        failureCode: tx.failureCode,
        amount: tx.amount,
        names: [merchant?.name, counterparty?.name].filter((n): n is string => Boolean(n)),
        category: merchant?.category ?? null,
        day: DateTime.fromJSDate(tx.createdAt, { zone: ANSWER_TIME_ZONE }).toISODate() ?? '',
      };
    });
  }

  /**
   * The transactions the customer means among `candidates`: the ones their words fit, else the one
   * the conversation is about, else none (the caller then takes its default, usually the latest).
   */
  private meant(candidates: readonly Named[], given: TransactionReference): { matches: Named[]; named: boolean } {
    const names = (given.maybeNames ?? []).filter((word) => candidates.some((tx) => namedBy(tx, word)));
    const reference = names.length > 0 ? { ...given, hint: { ...given.hint, nameWords: [...given.hint.nameWords, ...names] } } : given;
    if (hintNamesATransaction(reference.hint, reference.amounts)) return { matches: matchTransactions(candidates, reference.hint, reference.amounts), named: true };
    const current = candidates.find((c) => c.id === reference.current);
    return { matches: current ? [current] : [], named: false };
  }

  private describe(named: Named, locale: Locale): string {
    const { tx } = named;
    const amount = money({ amount: tx.amount, currency: tx.currency }, locale);
    const who = named.names[0];
    const when = dateTime(tx.createdAt, locale);
    if (locale === 'zh-CN') return `${when} ${who ? `${tx.type === 'transfer' ? '给' : '向'}「${who}」` : ''}的${ZH_TYPES[tx.type]} ${amount}(${tx.reference})`;
    return `${tx.type === 'topup' ? 'top-up' : tx.type} of ${amount}${who ? ` to ${who}` : ''} on ${when} (${tx.reference})`;
  }

  private choices(named: readonly Named[], locale: Locale): TransactionChoice[] {
    return named.slice(0, 3).map((n) => ({ transactionId: n.id, label: this.describe(n, locale) }));
  }

  private whichOne(options: readonly TransactionChoice[], locale: Locale): string {
    return (
      (locale === 'zh-CN' ? '有几笔都符合，您说的是哪一笔？请回复序号：\n' : 'More than one fits. Which one do you mean? Reply with its number:\n') +
      options.map((o, i) => `${i + 1}. ${o.label}`).join('\n')
    );
  }

  private explainFailure(named: Named, overview: CustomerWalletOverview, locale: Locale): string {
    const { tx } = named;
    const explanation = tx.failureCode ? FAILURE_EXPLANATIONS[locale][tx.failureCode] : undefined;
    const what = this.describe(named, locale);
    const balance = overview.wallets.find((w) => w.currency === tx.currency);
    // "But I had money!": the balance now, beside the amount that was refused.
    const balanceLine =
      tx.failureCode === 'insufficient_funds' && balance
        ? locale === 'zh-CN'
          ? `您现在的余额是 ${money({ amount: balance.balance, currency: balance.currency }, locale)}，低于这笔的 ${money({ amount: tx.amount + tx.fee, currency: tx.currency }, locale)}。`
          : `Your balance now is ${money({ amount: balance.balance, currency: balance.currency }, locale)}, lower than the ${money({ amount: tx.amount + tx.fee, currency: tx.currency }, locale)} it needed.`
        : '';
    const limitLine = tx.failureCode === 'limit_exceeded' ? this.limitLine(overview, tx, locale) : '';
    if (locale === 'zh-CN') return `${what}失败了，原因：${explanation?.why ?? '未知'}。${balanceLine}${limitLine}${explanation?.whatToDo ?? ''}`;
    return `The ${what} failed because ${explanation?.why ?? 'of an unknown reason'}. ${balanceLine} ${limitLine} ${explanation?.whatToDo ?? ''}`.replace(/\s+/g, ' ').trim();
  }

  /** The limit a refused payment or transfer went over, at the customer's tier. */
  private limitLine(overview: CustomerWalletOverview, tx: WalletTransactionEntity, locale: Locale): string {
    const tier = overview.customer.kycTier;
    const kind = tx.type === 'transfer' ? 'transfer' : tx.type === 'topup' ? 'card_top_up' : 'payment';
    const { single, daily } = KYC_LIMITS[tier][kind];
    const tierName = TIER_NAMES[locale][tier];
    return locale === 'zh-CN'
      ? `「${tierName}」账户的单笔限额是 ${money(single, locale)}，每日 ${money(daily, locale)}。`
      : `At the ${tierName} tier a single ${kind === 'card_top_up' ? 'card top-up' : kind} is limited to ${money(single, locale)}, and ${money(daily, locale)} a day.`;
  }

  private async failedPayment(overview: CustomerWalletOverview, locale: Locale, reference: TransactionReference): Promise<AccountAnswer> {
    const all = await this.named(overview);
    const { matches, named } = this.meant(all, reference);
    if (matches.length > 1) {
      const options = this.choices(matches, locale);
      return { text: this.whichOne(options, locale), choice: { purpose: 'explain', options } };
    }
    const chosen = matches[0] ?? (named ? undefined : all.find((n) => n.status === 'failed' && (n.type === 'payment' || n.type === 'transfer')));
    if (!chosen) {
      if (named) return { text: locale === 'zh-CN' ? '我没有在您最近的交易里找到这一笔，可以告诉我金额或交易号(TX-…)吗？' : "I couldn't find that one among your recent transactions. Could you tell me its amount or reference (TX-…)?" };
      return { text: locale === 'zh-CN' ? '我查看了您的账户，最近没有失败的付款。' : 'I checked your account: none of your recent payments failed.' };
    }
    if (chosen.status !== 'failed') {
      const state = locale === 'zh-CN' ? ZH_STATUS[chosen.status] : chosen.status;
      return {
        text: locale === 'zh-CN' ? `${this.describe(chosen, locale)}的状态是「${state}」，并没有失败。` : `The ${this.describe(chosen, locale)} is ${state}; it did not fail.`,
        transactionId: chosen.id,
      };
    }
    return { text: this.explainFailure(chosen, overview, locale), transactionId: chosen.id };
  }

  /** "Why was I charged a fee?": the fee on the transaction meant (or the latest one with a fee) and its rule. */
  private async latestFee(overview: CustomerWalletOverview, locale: Locale, reference: TransactionReference): Promise<AccountAnswer | null> {
    const all = await this.named(overview);
    // "Why was I charged ¥6?": the amount named is the fee, not the transaction.
    const byFee = reference.amounts.length > 0 ? all.filter((n) => n.tx.fee > 0 && reference.amounts.some((a) => a.amount === n.tx.fee)) : [];
    const { matches } = byFee.length > 0 ? { matches: byFee } : this.meant(all, { ...reference, amounts: [] });
    const charged = matches.length === 1 ? matches[0] : all.find((n) => n.status === 'succeeded' && n.tx.fee > 0);
    if (!charged || charged.tx.fee === 0) return null;
    const rule = feeRuleOf(charged.tx);
    const fee = money({ amount: charged.tx.fee, currency: charged.tx.currency }, locale);
    const what = this.describe(charged, locale);
    if (locale === 'zh-CN') return { text: `${what}的手续费是 ${fee}${rule ? `，收费标准：${feeRuleText(rule, locale)}` : ''}。`, transactionId: charged.id };
    return { text: `The fee on the ${what} was ${fee}${rule ? `; the rule is ${feeRuleText(rule, locale)}` : ''}.`, transactionId: charged.id };
  }

  private async topUps(overview: CustomerWalletOverview, locale: Locale): Promise<AccountAnswer> {
    const all = await this.named(overview);
    const topUps = all.filter((n) => n.type === 'topup' && n.status !== 'succeeded');
    if (topUps.length === 0) {
      return { text: locale === 'zh-CN' ? '您最近的充值都已成功到账。' : 'All your recent top-ups have arrived.' };
    }
    const lines = topUps.slice(0, 3).map((n) => {
      const what = this.describe(n, locale);
      if (n.status === 'pending') return this.pendingTopUpLine(n.tx, what, locale);
      const explanation = n.failureCode ? FAILURE_EXPLANATIONS[locale][n.failureCode] : undefined;
      return locale === 'zh-CN'
        ? `• ${what}：失败，原因：${explanation?.why ?? '未知'}。${explanation?.whatToDo ?? ''}`
        : `• ${what}: failed because ${explanation?.why ?? 'of an unknown reason'}. ${explanation?.whatToDo ?? ''}`;
    });
    return { text: (locale === 'zh-CN' ? '您的充值情况：\n' : 'Your top-ups:\n') + lines.join('\n'), transactionId: topUps.length === 1 ? topUps[0].id : undefined };
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

  private async pending(overview: CustomerWalletOverview, locale: Locale, reference: TransactionReference): Promise<AccountAnswer> {
    const all = await this.named(overview);
    const { matches, named } = this.meant(all, reference);
    if (matches.length > 1) {
      const options = this.choices(matches, locale);
      return { text: this.whichOne(options, locale), choice: { purpose: 'explain', options } };
    }
    if (matches.length === 1 && (named || matches[0].status === 'pending')) {
      const one = matches[0];
      const what = this.describe(one, locale);
      if (one.status === 'pending') {
        const line = one.type === 'topup' ? this.pendingTopUpLine(one.tx, what, locale).slice(2) : locale === 'zh-CN' ? `${what}：还在处理中。` : `The ${what} is still in progress.`;
        return { text: line, transactionId: one.id };
      }
      const state = locale === 'zh-CN' ? ZH_STATUS[one.status] : one.status;
      return { text: locale === 'zh-CN' ? `${what}：${state}，已经不在处理中。` : `The ${what} has ${state === 'succeeded' ? 'gone through' : state}; it is no longer in progress.`, transactionId: one.id };
    }
    const pending = all.filter((n) => n.status === 'pending');
    if (pending.length === 0) {
      return { text: locale === 'zh-CN' ? '您目前没有处理中的交易。' : 'You have no transactions in progress right now.' };
    }
    const lines = pending.slice(0, 3).map((n) => `• ${this.describe(n, locale)}`);
    return {
      text: (locale === 'zh-CN' ? '以下交易仍在处理中：\n' : 'These transactions are still in progress:\n') + lines.join('\n'),
      transactionId: pending.length === 1 ? pending[0].id : undefined,
    };
  }

  private async refunds(overview: CustomerWalletOverview, locale: Locale, reference: TransactionReference): Promise<AccountAnswer> {
    const all = await this.named(overview);
    const refundLine = (refund: CustomerWalletOverview['refunds'][number]) => {
      const amount = money({ amount: refund.amount, currency: refund.currency }, locale);
      const by = dateTime(refund.expectedBy, locale);
      const open = refund.status === 'requested' || refund.status === 'approved';
      return locale === 'zh-CN'
        ? `• 退款 ${amount}：${ZH_REFUND[refund.status]}${open ? `，预计 ${by} 前到账` : ''}`
        : `• refund of ${amount}: ${EN_REFUND[refund.status]}${open ? `, expected by ${by}` : ''}`;
    };
    const refundable = all.filter((n) => n.type === 'payment' && n.status === 'succeeded' && !overview.refunds.some((r) => r.paymentId === n.id));

    const { matches, named } = this.meant(all.filter((n) => n.type === 'payment'), reference);
    if (named) {
      if (matches.length === 0) {
        return { text: locale === 'zh-CN' ? '我没有在您最近的付款里找到这一笔，可以告诉我金额或交易号(TX-…)吗？' : "I couldn't find that payment among your recent ones. Could you tell me its amount or reference (TX-…)?" };
      }
      if (matches.length > 1) {
        const options = this.choices(matches, locale);
        return { text: this.whichOne(options, locale), choice: { purpose: 'explain', options } };
      }
      const one = matches[0];
      const what = this.describe(one, locale);
      const existing = overview.refunds.find((r) => r.paymentId === one.id);
      if (existing) return { text: (locale === 'zh-CN' ? `${what}已经申请过退款：\n` : `You've already asked for a refund of the ${what}:\n`) + refundLine(existing), transactionId: one.id };
      if (one.status !== 'succeeded') {
        return {
          text:
            locale === 'zh-CN'
              ? `${what}没有成功，钱没有从您的钱包扣走，所以不需要退款。`
              : `The ${what} didn't go through, so no money was taken from your wallet and there is nothing to refund.`,
          transactionId: one.id,
        };
      }
      // Say exactly what will happen; nothing changes until the customer confirms.
      const option = { transactionId: one.id, label: what };
      return {
        text:
          locale === 'zh-CN'
            ? `我可以为您申请退还${what}。确认申请请回复「1」或「好的」，不需要请回复「不用」。`
            : `I can ask for a refund of the ${what}. Reply "1" or "yes" to confirm, or "no" to leave it.`,
        choice: { purpose: 'refund', options: [option], proposal: true },
        transactionId: one.id,
      };
    }

    const lines = overview.refunds.slice(0, 3).map(refundLine);
    const options = this.choices(refundable, locale);
    const parts: string[] = [];
    if (lines.length > 0) parts.push((locale === 'zh-CN' ? '您的退款进度：\n' : 'Your refunds:\n') + lines.join('\n'));
    if (options.length > 0) {
      parts.push(
        (locale === 'zh-CN' ? '如需为某笔付款申请退款，请回复序号：\n' : 'To ask for a refund of a payment, reply with its number:\n') +
          options.map((o, i) => `${i + 1}. ${o.label}`).join('\n'),
      );
    }
    if (parts.length === 0) return { text: locale === 'zh-CN' ? '您最近没有可退款的付款，也没有进行中的退款。' : 'You have no recent payments to refund and no refunds in progress.' };
    return { text: parts.join('\n\n'), choice: options.length > 0 ? { purpose: 'refund', options } : undefined };
  }

  private async cancellable(overview: CustomerWalletOverview, locale: Locale, reference: TransactionReference): Promise<AccountAnswer> {
    const all = await this.named(overview);
    const { matches, named } = this.meant(all, reference);
    const cancelled = !named && matches[0]?.failureCode === 'cancelled_by_customer' ? matches[0] : undefined;
    if (cancelled) {
      // "Do I get the fee back?" right after cancelling: what went back, fee included.
      const back = money({ amount: cancelled.tx.amount + cancelled.tx.fee, currency: cancelled.tx.currency }, locale);
      const fee = money({ amount: cancelled.tx.fee, currency: cancelled.tx.currency }, locale);
      const what = this.describe(cancelled, locale);
      if (cancelled.type === 'topup') return { text: locale === 'zh-CN' ? `${what}已取消，没有扣款。` : `The ${what} is cancelled; nothing was taken.`, transactionId: cancelled.id };
      return {
        text: locale === 'zh-CN' ? `${what}已取消，含手续费 ${fee} 在内共 ${back} 已退回您的余额。` : `The ${what} is cancelled: ${back}, the ${fee} fee included, went back to your balance.`,
        transactionId: cancelled.id,
      };
    }
    if (named && matches.length === 1 && matches[0].status !== 'pending') {
      const one = matches[0];
      const what = this.describe(one, locale);
      const refundable = one.type === 'payment' && one.status === 'succeeded';
      if (locale === 'zh-CN') {
        return { text: `${what}已经${ZH_STATUS[one.status]}，无法取消。${refundable ? '如需退回这笔钱，可以申请退款，回复「退款」即可。' : ''}`, transactionId: one.id };
      }
      return { text: `The ${what} has already ${one.status === 'succeeded' ? 'gone through' : 'failed'}, so it can't be cancelled.${refundable ? ' You can ask for a refund instead: just say "refund".' : ''}`, transactionId: one.id };
    }
    const pending = named ? matches.filter((m) => m.status === 'pending') : all.filter((n) => n.status === 'pending');
    const options = this.choices(pending, locale);
    if (options.length === 0) {
      return {
        text: locale === 'zh-CN' ? '您没有可以取消的处理中交易；已完成的付款可以申请退款。' : 'You have no pending transaction to cancel; a completed payment can be refunded instead.',
      };
    }
    return {
      text:
        (locale === 'zh-CN' ? '以下交易还可以取消，回复序号即可取消：\n' : 'These can still be cancelled; reply with the number to cancel one:\n') +
        options.map((o, i) => `${i + 1}. ${o.label}`).join('\n'),
      choice: { purpose: 'cancel', options },
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
    const named = await this.named({ ...overview, pendingTransactions: [], latestFailure: null });
    const recent = named.slice(0, 5).map((n) => `• ${this.describe(n, locale)}${locale === 'zh-CN' ? `：${ZH_STATUS[n.status]}` : `: ${n.status}`}`);
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
