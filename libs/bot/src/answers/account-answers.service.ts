import { Injectable } from '@nestjs/common';
import { IntentId, Locale } from '@okpay/contracts';
import { Clock, timeZoneNamed } from '@okpay/shared';
import {
  BANK_TRANSFER_SETTLEMENT_HOURS,
  CROSS_BORDER_SETTLEMENT_BUSINESS_DAYS,
  CustomerWalletOverview,
  CustomerWalletOverviewService,
  FEE_SCHEDULE,
  FeeRule,
  KYC_LIMITS,
  SpendingLimits,
  WalletTransactionRecord,
} from '@okpay/wallet-core';
import { DateTime } from 'luxon';
import { PickPurpose, TransactionChoice } from '../dialog/dialogue-state';
import { normalizeText } from '../understanding/text-normalizer';
import { CustomerTurn } from './customer-turn';
import { botMessage } from '../messages/bot-messages';
import { AmountSlot, TransactionHint } from '../understanding/message-slots';
import { ANSWER_TIME_ZONE, dateTime, feeRuleText, money } from './locale-format';
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

/**
 * How long a customer's name words are reused for masking the next messages: a turn that needs no
 * wallet fact (a greeting, a handoff, most follow-ups) then reads no wallet at all. A merchant first
 * paid within it can go unmasked; the answers themselves always read the wallet afresh.
 */
const NAME_WORDS_REUSE_MS = 30_000;
/** The customers whose name words are kept, the longest kept dropped first. */
const NAME_WORDS_CUSTOMERS = 10_000;

const NO_REFERENCE: TransactionReference = { hint: { transactionIds: [], nameWords: [], dates: [] }, amounts: [] };

interface Named extends MatchableTransaction {
  readonly tx: WalletTransactionRecord;
}

/**
 * The part of an answer that comes from the signed-in customer's own wallet. Only ever called with
 * the authenticated customer's id; visitors get the article alone. When the customer names a
 * transaction ("the 800 one", "数码港那笔"), the answer is about that one, not the latest.
 */
@Injectable()
export class AccountAnswers {
  private readonly namedByOverview = new WeakMap<CustomerWalletOverview, Named[]>();
  private readonly recentNameWords = new Map<string, { readonly words: string[]; readonly until: number }>();

  constructor(
    private readonly overviews: CustomerWalletOverviewService,
    private readonly limits: SpendingLimits,
    private readonly clock: Clock,
  ) {}

  async answer(intent: IntentId, customer: CustomerTurn, locale: Locale, reference: TransactionReference = NO_REFERENCE): Promise<AccountAnswer | null> {
    switch (intent) {
      case 'payment_failed':
        return this.failedPayment(await customer.overview(), locale, reference);
      case 'topup_failed':
        return this.topUps(await customer.overview(), locale);
      case 'transaction_pending':
        return this.pending(await customer.overview(), locale, reference);
      case 'refund':
        return this.refunds(await customer.overview(), locale, reference);
      case 'cancel_transaction':
        return this.cancellable(await customer.overview(), locale, reference);
      case 'fees':
        return this.latestFee(await customer.overview(), locale, reference);
      case 'transaction_limits':
        return this.limitsLeft(customer.id, locale);
      case 'identity_verification':
        return this.verification(await customer.overview(), locale);
      case 'balance_history':
        return this.balances(await customer.overview(), locale);
      case 'account_security':
        return this.security(await customer.overview(), locale);
      default:
        return null;
    }
  }

  /** The customer, for one turn: their wallet is read once however many answers look at it. */
  turn(customerId: string): CustomerTurn {
    return new CustomerTurn(customerId, (id) => this.overviews.overview(id));
  }

  /** The type and state of each of the customer's recent transactions the words name. */
  async transactionsNamed(customer: CustomerTurn, reference: TransactionReference): Promise<{ type: string; status: string; crossBorder: boolean }[]> {
    // Words that could name nothing need no wallet read ("你好", "talk to a person").
    if (!reference.maybeNames?.length && !hintNamesATransaction(reference.hint, reference.amounts)) return [];
    const { matches, named } = this.meant(this.named(await customer.overview()), reference);
    return named ? matches.map((m) => ({ type: m.type, status: m.status, crossBorder: m.tx.crossBorder })) : [];
  }

  /** Their transactions of a type still in progress: "has my transfer arrived?" means the one there is. */
  async pendingOfType(customer: CustomerTurn, type: string): Promise<{ type: string; status: string; crossBorder: boolean }[]> {
    const named = this.named(await customer.overview());
    return named.filter((n) => n.status === 'pending' && n.type === type).map((m) => ({ type: m.type, status: m.status, crossBorder: m.tx.crossBorder }));
  }

  /**
   * The names in the customer's recent history (merchants, people they sent money to), as words to
   * take out of a message before classifying it: names the model never learnt say nothing about
   * the question and only push it towards "out of scope".
   */
  async nameWords(customer: CustomerTurn): Promise<string[]> {
    const now = this.clock.now().getTime();
    const reused = this.recentNameWords.get(customer.id);
    if (reused && reused.until > now) return reused.words;
    const found = new Set<string>();
    for (const candidate of this.named(await customer.overview())) {
      for (const name of candidate.names) {
        for (const word of normalizeText(name).split(/\s+/)) if (/^[a-z]{3,}$/.test(word) || /^[\u4e00-\u9fff]{2,}$/.test(word)) found.add(word);
      }
    }
    this.recentNameWords.delete(customer.id);
    if (this.recentNameWords.size >= NAME_WORDS_CUSTOMERS) this.recentNameWords.delete(this.recentNameWords.keys().next().value!);
    const words = [...found];
    this.recentNameWords.set(customer.id, { words, until: now + NAME_WORDS_REUSE_MS });
    return words;
  }

  /** An answer about one transaction the customer picked from a list. */
  async about(intent: IntentId, customer: CustomerTurn, locale: Locale, transactionId: string): Promise<AccountAnswer | null> {
    return this.answer(intent, customer, locale, { ...NO_REFERENCE, current: transactionId });
  }

  /** Everything the overview knows, named (merchant, counterparty) so the customer's words can match it. */
  /** Named once per overview, and an overview is read once per turn (`CustomerTurn`). */
  private named(overview: CustomerWalletOverview): Named[] {
    let named = this.namedByOverview.get(overview);
    if (!named) {
      named = this.readNames(overview);
      this.namedByOverview.set(overview, named);
    }
    return named;
  }

  private readNames(overview: CustomerWalletOverview): Named[] {
    const seen = new Set<string>();
    const all = [...overview.pendingTransactions, ...overview.recentTransactions, ...(overview.latestFailure ? [overview.latestFailure] : [])].filter(
      (tx) => !seen.has(tx.id) && seen.add(tx.id),
    );
    // The overview read who the listed transactions were with in the same statement.
    const merchantById = new Map(overview.merchants.map((found) => [found.id, { name: found.name, category: found.category }]));
    const counterpartyById = new Map(overview.counterparties.map((found) => [found.id, { name: `${found.name} ${found.email.split('@')[0]}`, category: null }]));
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
        day: DateTime.fromJSDate(tx.createdAt, { zone: timeZoneNamed(ANSWER_TIME_ZONE) }).toISODate() ?? '',
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
    return botMessage(locale, who ? 'account.transactionWith' : 'account.transaction', { type: tx.type, amount, who: who ?? '', when, reference: tx.reference });
  }

  private choices(named: readonly Named[], locale: Locale): TransactionChoice[] {
    return named.slice(0, 3).map((n) => ({ transactionId: n.id, label: this.describe(n, locale) }));
  }

  private whichOne(options: readonly TransactionChoice[], locale: Locale): string {
    return botMessage(locale, 'account.whichOne', { list: options.map((o, i) => `${i + 1}. ${o.label}`).join('\n') });
  }

  private explainFailure(named: Named, overview: CustomerWalletOverview, locale: Locale): string {
    const { tx } = named;
    const code = tx.failureCode;
    const what = this.describe(named, locale);
    const balance = overview.wallets.find((w) => w.currency === tx.currency);
    // "But I had money!": the balance now, beside the amount that was refused.
    const balanceLine =
      tx.failureCode === 'insufficient_funds' && balance
        ? botMessage(locale, 'account.balanceTooLow', {
            balance: money({ amount: balance.balance, currency: balance.currency }, locale),
            needed: money({ amount: tx.amount + tx.fee, currency: tx.currency }, locale),
          })
        : '';
    const limitLine = tx.failureCode === 'limit_exceeded' ? this.limitLine(overview, tx, locale) : '';
    if (!code) return botMessage(locale, 'account.failedUnknown', { what });
    const failed = { what, why: botMessage(locale, `failure.${code}.why`), balance: balanceLine, limit: limitLine, whatToDo: botMessage(locale, `failure.${code}.whatToDo`) };
    // The English sentences are spaced, and a missing one leaves two spaces.
    return botMessage(locale, 'account.failed', failed).replace(/\s+/g, ' ').trim();
  }

  /** The limit a refused payment or transfer went over, at the customer's tier. */
  private limitLine(overview: CustomerWalletOverview, tx: WalletTransactionRecord, locale: Locale): string {
    const tier = overview.customer.kycTier;
    const kind = tx.type === 'transfer' ? 'transfer' : tx.type === 'topup' ? 'card_top_up' : 'payment';
    const { single, daily } = KYC_LIMITS[tier][kind];
    const tierName = botMessage(locale, `tier.${tier}`);
    return botMessage(locale, 'account.tierLimit', { tier: tierName, kind, single: money(single, locale), daily: money(daily, locale) });
  }

  private failedPayment(overview: CustomerWalletOverview, locale: Locale, reference: TransactionReference): AccountAnswer {
    const all = this.named(overview);
    const { matches, named } = this.meant(all, reference);
    if (matches.length > 1) {
      const options = this.choices(matches, locale);
      return { text: this.whichOne(options, locale), choice: { purpose: 'explain', options } };
    }
    const chosen = matches[0] ?? (named ? undefined : all.find((n) => n.status === 'failed' && (n.type === 'payment' || n.type === 'transfer')));
    if (!chosen) {
      if (named) return { text: botMessage(locale, 'account.noSuchTransaction') };
      return { text: botMessage(locale, 'account.noFailedPayments') };
    }
    if (chosen.status !== 'failed') {
      return {
        text: botMessage(locale, 'account.notFailed', { what: this.describe(chosen, locale), status: chosen.status }),
        transactionId: chosen.id,
      };
    }
    return { text: this.explainFailure(chosen, overview, locale), transactionId: chosen.id };
  }

  /** "Why was I charged a fee?": the fee on the transaction meant (or the latest one with a fee) and its rule. */
  private latestFee(overview: CustomerWalletOverview, locale: Locale, reference: TransactionReference): AccountAnswer | null {
    const all = this.named(overview);
    // "Why was I charged ¥6?": the amount named is the fee, not the transaction.
    const byFee = reference.amounts.length > 0 ? all.filter((n) => n.tx.fee > 0 && reference.amounts.some((a) => a.amount === n.tx.fee)) : [];
    const { matches } = byFee.length > 0 ? { matches: byFee } : this.meant(all, { ...reference, amounts: [] });
    const charged = matches.length === 1 ? matches[0] : all.find((n) => n.status === 'succeeded' && n.tx.fee > 0);
    if (!charged || charged.tx.fee === 0) return null;
    const rule = feeRuleOf(charged.tx);
    const fee = money({ amount: charged.tx.fee, currency: charged.tx.currency }, locale);
    const what = this.describe(charged, locale);
    const text = rule ? botMessage(locale, 'account.feeChargedWithRule', { what, fee, rule: feeRuleText(rule, locale) }) : botMessage(locale, 'account.feeCharged', { what, fee });
    return { text, transactionId: charged.id };
  }

  private topUps(overview: CustomerWalletOverview, locale: Locale): AccountAnswer {
    const all = this.named(overview);
    const topUps = all.filter((n) => n.type === 'topup' && n.status !== 'succeeded');
    if (topUps.length === 0) {
      return { text: botMessage(locale, 'account.topUpsArrived') };
    }
    const lines = topUps.slice(0, 3).map((n) => {
      const what = this.describe(n, locale);
      if (n.status === 'pending') return this.pendingTopUpLine(n.tx, what, locale);
      const code = n.failureCode;
      if (!code) return botMessage(locale, 'account.topUpFailedUnknown', { what });
      return botMessage(locale, 'account.topUpFailed', { what, why: botMessage(locale, `failure.${code}.why`), whatToDo: botMessage(locale, `failure.${code}.whatToDo`) });
    });
    return { text: botMessage(locale, 'account.topUps', { lines: lines.join('\n') }), transactionId: topUps.length === 1 ? topUps[0].id : undefined };
  }

  /** When a pending bank transfer should land, or that it is late and a person will look. */
  private pendingTopUpLine(tx: WalletTransactionRecord, what: string, locale: Locale): string {
    const expected = new Date(tx.createdAt.getTime() + BANK_TRANSFER_SETTLEMENT_HOURS * 3600_000);
    if (expected > this.clock.now()) {
      const by = dateTime(expected, locale);
      return botMessage(locale, 'account.topUpPending', { what, by });
    }
    return botMessage(locale, 'account.topUpLate', { what, hours: BANK_TRANSFER_SETTLEMENT_HOURS });
  }

  private pending(overview: CustomerWalletOverview, locale: Locale, reference: TransactionReference): AccountAnswer {
    const all = this.named(overview);
    const { matches, named } = this.meant(all, reference);
    if (matches.length > 1) {
      const options = this.choices(matches, locale);
      return { text: this.whichOne(options, locale), choice: { purpose: 'explain', options } };
    }
    if (matches.length === 1 && (named || matches[0].status === 'pending')) {
      const one = matches[0];
      const what = this.describe(one, locale);
      if (one.status === 'pending') {
        const line = one.type === 'topup' ? this.pendingTopUpLine(one.tx, what, locale).slice(2) : botMessage(locale, 'account.stillPending', { what });
        return { text: [line, ...this.arrivalLines([one], locale)].join('\n'), transactionId: one.id };
      }
      return { text: botMessage(locale, 'account.noLongerPending', { what, status: one.status }), transactionId: one.id };
    }
    const pending = all.filter((n) => n.status === 'pending');
    if (pending.length === 0) {
      return { text: botMessage(locale, 'account.noPending') };
    }
    const lines = pending.slice(0, 3).map((n) => `• ${this.describe(n, locale)}`);
    return {
      text: [botMessage(locale, 'account.pendingList', { lines: lines.join('\n') }), ...this.arrivalLines(pending, locale)].join('\n'),
      transactionId: pending.length === 1 ? pending[0].id : undefined,
    };
  }

  /** When a transfer abroad in progress should arrive: the settlement time wallet-core works to. */
  private arrivalLines(pending: readonly Named[], locale: Locale): string[] {
    const abroad = pending.some((n) => n.type === 'transfer' && n.tx.crossBorder);
    return abroad ? [botMessage(locale, 'account.crossBorderArrival', { days: CROSS_BORDER_SETTLEMENT_BUSINESS_DAYS })] : [];
  }

  private refunds(overview: CustomerWalletOverview, locale: Locale, reference: TransactionReference): AccountAnswer {
    const all = this.named(overview);
    const refundLine = (refund: CustomerWalletOverview['refunds'][number]) => {
      const amount = money({ amount: refund.amount, currency: refund.currency }, locale);
      const by = dateTime(refund.expectedBy, locale);
      const open = refund.status === 'requested' || refund.status === 'approved';
      return botMessage(locale, open ? 'account.refundLineExpected' : 'account.refundLine', { amount, status: refund.status, by });
    };
    const refundable = all.filter((n) => n.type === 'payment' && n.status === 'succeeded' && !overview.refunds.some((r) => r.paymentId === n.id));

    const { matches, named } = this.meant(all.filter((n) => n.type === 'payment'), reference);
    if (named) {
      if (matches.length === 0) {
        return { text: botMessage(locale, 'account.noSuchPayment') };
      }
      if (matches.length > 1) {
        const options = this.choices(matches, locale);
        return { text: this.whichOne(options, locale), choice: { purpose: 'explain', options } };
      }
      const one = matches[0];
      const what = this.describe(one, locale);
      const existing = overview.refunds.find((r) => r.paymentId === one.id);
      if (existing) return { text: botMessage(locale, 'account.refundAlreadyRequested', { what, refund: refundLine(existing) }), transactionId: one.id };
      if (one.status !== 'succeeded') {
        return {
          text: botMessage(locale, 'account.nothingToRefund', { what }),
          transactionId: one.id,
        };
      }
      // Say exactly what will happen; nothing changes until the customer confirms.
      const option = { transactionId: one.id, label: what };
      return {
        text: botMessage(locale, 'account.refundProposal', { what }),
        choice: { purpose: 'refund', options: [option], proposal: true },
        transactionId: one.id,
      };
    }

    const lines = overview.refunds.slice(0, 3).map(refundLine);
    const options = this.choices(refundable, locale);
    const parts: string[] = [];
    if (lines.length > 0) parts.push(botMessage(locale, 'account.refunds', { lines: lines.join('\n') }));
    if (options.length > 0) {
      parts.push(botMessage(locale, 'account.refundable', { list: options.map((o, i) => `${i + 1}. ${o.label}`).join('\n') }));
    }
    if (parts.length === 0) return { text: botMessage(locale, 'account.noRefunds') };
    return { text: parts.join('\n\n'), choice: options.length > 0 ? { purpose: 'refund', options } : undefined };
  }

  private cancellable(overview: CustomerWalletOverview, locale: Locale, reference: TransactionReference): AccountAnswer {
    const all = this.named(overview);
    const { matches, named } = this.meant(all, reference);
    const cancelled = !named && matches[0]?.failureCode === 'cancelled_by_customer' ? matches[0] : undefined;
    if (cancelled) {
      // "Do I get the fee back?" right after cancelling: what went back, fee included.
      const back = money({ amount: cancelled.tx.amount + cancelled.tx.fee, currency: cancelled.tx.currency }, locale);
      const fee = money({ amount: cancelled.tx.fee, currency: cancelled.tx.currency }, locale);
      const what = this.describe(cancelled, locale);
      if (cancelled.type === 'topup') return { text: botMessage(locale, 'account.cancelledTopUp', { what }), transactionId: cancelled.id };
      return {
        text: botMessage(locale, 'account.cancelledMoneyBack', { what, back, fee }),
        transactionId: cancelled.id,
      };
    }
    if (named && matches.length === 1 && matches[0].status !== 'pending') {
      const one = matches[0];
      const what = this.describe(one, locale);
      const refundable = one.type === 'payment' && one.status === 'succeeded';
      return { text: botMessage(locale, refundable ? 'account.notCancellableRefundable' : 'account.notCancellable', { what, status: one.status }), transactionId: one.id };
    }
    const pending = named ? matches.filter((m) => m.status === 'pending') : all.filter((n) => n.status === 'pending');
    const options = this.choices(pending, locale);
    if (options.length === 0) {
      return { text: botMessage(locale, 'account.nothingToCancel') };
    }
    return {
      text: botMessage(locale, 'account.cancellable', { list: options.map((o, i) => `${i + 1}. ${o.label}`).join('\n') }),
      choice: { purpose: 'cancel', options },
    };
  }

  private async limitsLeft(customerId: string, locale: Locale): Promise<AccountAnswer> {
    const { tier, limits } = await this.limits.usageFor(customerId);
    const lines = limits.map((l) =>
      botMessage(locale, 'account.limitLine', { kind: l.kind, single: money(l.single, locale), daily: money(l.daily, locale), left: money(l.remainingToday, locale) }),
    );
    const next = tier === 'full' ? null : tier === 'basic' ? 'full' : 'basic';
    const raise = next ? `\n${botMessage(locale, 'account.limitsRaise', { tier: botMessage(locale, `tier.${next}`), single: money(KYC_LIMITS[next].payment.single, locale) })}` : '';
    return { text: botMessage(locale, 'account.limits', { tier: botMessage(locale, `tier.${tier}`), lines: lines.join('\n') }) + raise };
  }

  private verification(overview: CustomerWalletOverview, locale: Locale): AccountAnswer {
    const tier = botMessage(locale, `tier.${overview.customer.kycTier}`);
    const submission = overview.latestKycSubmission;
    if (!submission) {
      return { text: botMessage(locale, 'account.verificationNone', { tier }) };
    }
    const submitted = dateTime(submission.submittedAt, locale);
    const reason = submission.rejectionReason ?? botMessage(locale, 'account.noReasonGiven');
    return { text: botMessage(locale, 'account.verificationRequest', { tier, target: botMessage(locale, `tier.${submission.targetTier}`), submitted, status: submission.status, reason }) };
  }

  private balances(overview: CustomerWalletOverview, locale: Locale): AccountAnswer {
    const balances = overview.wallets.map((w) => money({ amount: w.balance, currency: w.currency }, locale)).join(botMessage(locale, 'account.balancesSeparator'));
    const named = this.named({ ...overview, pendingTransactions: [], latestFailure: null });
    const recent = named.slice(0, 5).map((n) => botMessage(locale, 'account.recentLine', { what: this.describe(n, locale), status: n.status }));
    const head = botMessage(locale, 'account.balance', { balances: balances || money({ amount: 0, currency: 'CNY' }, locale) });
    if (recent.length === 0) return { text: head };
    return { text: `${head}\n${botMessage(locale, 'account.recentTransactions', { lines: recent.join('\n') })}` };
  }

  private security(overview: CustomerWalletOverview, locale: Locale): AccountAnswer {
    const twoFactor = overview.customer.twoFactorEnabled;
    return { text: botMessage(locale, twoFactor ? 'account.twoFactorOn' : 'account.twoFactorOff') };
  }
}

function feeRuleOf(tx: WalletTransactionRecord): FeeRule | null {
  if (tx.type === 'topup') return tx.method === 'bank_transfer' ? FEE_SCHEDULE.bankTransferTopUp : FEE_SCHEDULE.cardTopUp;
  if (tx.type === 'transfer') return tx.crossBorder ? FEE_SCHEDULE.crossBorderTransfer : FEE_SCHEDULE.domesticTransfer;
  return null;
}
