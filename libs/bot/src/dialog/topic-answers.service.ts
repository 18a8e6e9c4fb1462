import { Injectable } from '@nestjs/common';
import { IntentId, Locale, QuickReply } from '@okpay/contracts';
import { Clock } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { AccountAnswer, AccountAnswers, TransactionReference } from '../answers/account-answers.service';
import { CustomerTurn } from '../answers/customer-turn';
import { ArticleFacts } from '../answers/article-facts.service';
import { feeQuoteFor } from '../answers/fee-quote';
import { limitQuoteFor, tierNamedIn } from '../answers/limit-quote';
import { residualNameWords } from '../answers/transaction-matcher';
import { identityInvitation, signInInvitation } from '../answers/sign-in-invitation';
import { BotKnowledge } from '../knowledge/bot-knowledge';
import { botMessage } from '../messages/bot-messages';
import { OtherProvider } from '../understanding/other-provider';
import { MessageSlots, TransferKind } from '../understanding/message-slots';
import { normalizeText } from '../understanding/text-normalizer';
import { BotReply } from './bot-reply';
import { DialogueSlots, mergeSlots } from './dialogue-state';
import { CAPABILITY_INTENTS, quickReplyFor } from './quick-replies';

/** Everything known when answering a topic: the message, its slots, and the conversation's. */
export interface TopicQuestion {
  readonly intent: IntentId;
  readonly confidence: number;
  /** The message and, for a follow-up, the text that set the topic: what a quote or an invitation reads. */
  readonly text: string;
  /** This turn's message alone. */
  readonly message: string;
  readonly locale: Locale;
  /** The signed-in customer for this turn; null for a visitor, who never sees account data. */
  readonly customer: CustomerTurn | null;
  readonly said: MessageSlots;
  /** The conversation's slots after this message. */
  readonly slots: DialogueSlots;
  /** The transaction the conversation was about before this message, when the topic carries on. */
  readonly currentTransaction?: string;
  /** The text that set the topic (this message, or an earlier one for a follow-up). */
  readonly topicText: string;
}

/** Intents where a bare amount points at one of the customer's transactions rather than a price. */
const AMOUNT_NAMES_A_TRANSACTION: readonly IntentId[] = ['payment_failed', 'topup_failed', 'transaction_pending', 'refund', 'cancel_transaction'];
const EXCHANGE = /exchange|fx\b|rate|汇率|换汇|兑换/;
/** "Why was I charged ¥6?": a question about a fee already paid, not a price. */
const CHARGED = /\bcharged\b|\bcharg(?:e|ing) me\b|\bdeducted\b|\btook\b|\btaken\b|扣了|扣我|扣的|收了我|收我/;

/**
 * The answer to a topic: for a signed-in customer their own facts first — the transaction they
 * named, not just the latest — then a quote from the fee schedule for the amount and kind in the
 * conversation, then the section of its article that answers the sub-question asked. With nothing
 * specific, the article.
 */
@Injectable()
export class TopicAnswers {
  constructor(
    private readonly knowledge: BotKnowledge,
    private readonly facts: ArticleFacts,
    private readonly accountAnswers: AccountAnswers,
    private readonly clock: Clock,
  ) {}

  async answer(question: TopicQuestion): Promise<BotReply> {
    const { intent, locale, said, slots } = question;
    const article = this.knowledge.article(locale, intent);
    const facts = await this.facts.facts(locale, this.clock.now());

    const aspect = said.aspects.find((a) => article.sections[a] !== undefined);
    const section = aspect ? this.knowledge.sectionText(article, aspect, facts) : null;
    const charged = intent === 'fees' && CHARGED.test(normalizeText(question.message));
    // A tier named ("after basic verification") asks about that tier, not the customer's own.
    const tier = intent === 'transaction_limits' ? tierNamedIn(normalizeText(question.text)) : undefined;
    const limits =
      intent === 'transaction_limits' && (tier || !question.customer) ? limitQuoteFor({ tier, kind: slots.limitKind, period: slots.limitPeriod }, locale) : null;
    const quote = intent === 'fees' && !charged ? feeQuoteFor({ amount: slots.amount, kind: this.feeKind(question), exchange: EXCHANGE.test(normalizeText(question.text)) }, locale) : null;
    // "refund the coffee one" names a payment to refund, not a refund; "cancel the transfer" is a transfer.
    const hint = said.transaction.type === 'refund' && intent === 'refund' ? { ...said.transaction, type: undefined } : said.transaction;
    const reference: TransactionReference = {
      hint,
      amounts: AMOUNT_NAMES_A_TRANSACTION.includes(intent) || charged ? said.amounts : [],
      current: question.currentTransaction,
      maybeNames: residualNameWords(said.residual),
    };
    const account: AccountAnswer | null = question.customer && !quote && !(limits && tier) ? await this.accountAnswers.answer(intent, question.customer, locale, reference) : null;

    // The short answer leads: the customer's own facts first, then the quote or limits, then the article's section.
    const specific = [account?.text, quote, limits, section].filter((part): part is string => Boolean(part));
    const help = botMessage(locale, 'dialog.moreHelp', { articleId: article.id });
    const text = specific.length > 0 ? `${specific.join('\n\n')}\n\n${help}` : this.knowledge.articleText(article, facts);
    const nextSlots = account?.transactionId ? { ...slots, transactionId: account.transactionId } : slots;
    const base = { intent, confidence: question.confidence, articleId: article.id, slots: nextSlots, topic: { intent, text: question.topicText } };

    // A visitor asking about their own account gets the answer and a way to sign in, nothing from any account.
    // A quote is the whole answer to a price asked; "my" in "my transfer" does not ask about an account then.
    const invitation = question.customer ? null : ((quote || limits ? null : signInInvitation(intent, normalizeText(question.text), locale)) ?? identityInvitation(normalizeText(question.message), locale));
    if (invitation) return { ...base, text: `${invitation.text}\n\n${text}`, quickReplies: [invitation.button], awaiting: null };

    if (account?.choice) {
      const { purpose, options, proposal } = account.choice;
      const quickReplies: QuickReply[] =
        proposal
          ? [
              { label: botMessage(locale, 'dialog.proposal.yes.label'), text: botMessage(locale, 'dialog.proposal.yes.text') },
              { label: botMessage(locale, 'dialog.proposal.no.label'), text: botMessage(locale, 'dialog.proposal.no.text') },
            ]
          : options.map((_, i) => ({ label: `${i + 1}`, text: `${i + 1}` }));
      return { ...base, text, quickReplies, awaiting: { kind: 'pick_transaction', purpose, intent, options, key: randomUUID() } };
    }
    return { ...base, text, awaiting: null };
  }

  /** The kind of operation a price question is about: said now, said before, or a plain "transfer" at home. */
  private feeKind(question: TopicQuestion): TransferKind | undefined {
    if (question.slots.transferKind) return question.slots.transferKind;
    if (question.slots.transactionType === 'transfer') return 'domestic';
    return undefined;
  }

  /**
   * Another wallet, bank or card scheme: said plainly, with what OKPay does that relates. Never
   * account data, even for a signed-in customer.
   */
  otherProvider(provider: OtherProvider, locale: Locale, topic: IntentId | undefined, text: string, said: MessageSlots, confidence: number): BotReply {
    const related: IntentId = provider.kind === 'wallet' ? 'how_to_pay' : 'topup_methods';
    const quickReplies = [related, 'human_agent' as const].map((intent) => quickReplyFor(locale, intent)).filter((q): q is QuickReply => q !== null);
    return {
      intent: 'out_of_scope',
      confidence,
      text: botMessage(locale, `otherProvider.${provider.kind}`, { name: provider.names[locale] }),
      articleId: this.knowledge.article(locale, 'out_of_scope').id,
      quickReplies,
      awaiting: null,
      // "And OKPay?" next turn asks the same about us.
      topic: topic ? { intent: topic, text } : undefined,
      slots: mergeSlots({}, said, false),
    };
  }

  /** An honest "I can't help with that", what the bot can do, and buttons for the common topics. */
  async outOfScope(locale: Locale, confidence: number): Promise<BotReply> {
    const article = this.knowledge.article(locale, 'out_of_scope');
    const quickReplies = CAPABILITY_INTENTS.map((intent) => quickReplyFor(locale, intent)).filter((q): q is QuickReply => q !== null);
    const text = this.knowledge.articleText(article, await this.facts.facts(locale, this.clock.now()));
    return { intent: 'out_of_scope', confidence, text, articleId: article.id, quickReplies, unsure: true, awaiting: null };
  }

  /** Two topics are close: ask which, with both as buttons; the answer may be a number or words. */
  clarify(options: readonly IntentId[], locale: Locale, confidence: number, text: string, slots: DialogueSlots): BotReply | null {
    const buttons = options.map((intent) => quickReplyFor(locale, intent)).filter((q): q is QuickReply => q !== null);
    if (buttons.length !== options.length || buttons.length < 2) return null;
    const list = buttons.map((b, i) => `${i + 1}. ${b.label}`).join('\n');
    return {
      intent: options[0],
      confidence,
      text: botMessage(locale, 'dialog.clarify', { list }),
      quickReplies: buttons.map((b, i) => ({ label: b.label, text: `${i + 1}` })),
      awaiting: { kind: 'clarify', options },
      unsure: true,
      slots,
      topic: { intent: options[0], text },
    };
  }
}
