import { Injectable } from '@nestjs/common';
import { BotHandoffView, IntentId, Locale, QuickReply } from '@okpay/contracts';
import { RequestCallbackUseCase } from '@okpay/routing';
import { Clock, DomainError, maskSensitiveText } from '@okpay/shared';
import { CancelPendingTransactionUseCase, RequestRefundUseCase } from '@okpay/wallet-core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccountAnswers } from '../answers/account-answers.service';
import { ArticleFacts } from '../answers/article-facts.service';
import { feeQuote } from '../answers/fee-quote';
import { dateTime, money } from '../answers/locale-format';
import { OTHER_PROVIDER_TEXTS } from '../answers/other-provider-texts';
import { signInInvitation } from '../answers/sign-in-invitation';
import { BotHandoff, HandoffOutcome } from '../handoff/bot-handoff.service';
import { HandoffReason, handoffReasonFor } from '../handoff/handoff-policy';
import { BotKnowledge } from '../knowledge/bot-knowledge';
import { extractEntities } from '../understanding/entity-extractor';
import { IntentPrediction } from '../understanding/intent-classifier';
import { OtherProvider } from '../understanding/other-provider';
import { normalizeText } from '../understanding/text-normalizer';
import { isAnswer, TurnOutcome, turnOutcome } from '../outcomes/bot-outcome';
import { BotOutcomes } from '../outcomes/bot-outcomes.service';
import { BotConversationEntity, PendingChoice } from './bot-conversation.entity';
import { BotConversationNotFoundError } from './bot-conversation.errors';
import { BotTurn, BotTurnRequest } from './bot-turn';
import { BotTurnEntity } from './bot-turn.entity';
import { CAPABILITY_INTENTS, quickReplyFor } from './quick-replies';

/** Two intents closer than this in probability get a clarifying question instead of a guess. */
const CLOSE_CALL_MARGIN = 0.15;
const CLOSE_CALL_SECOND_AT_LEAST = 0.2;
const SMALL_TALK: readonly IntentId[] = ['greeting', 'thanks', 'goodbye'];
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

interface Reply {
  readonly text: string;
  readonly articleId?: string;
  readonly quickReplies?: readonly QuickReply[];
  readonly pendingChoice?: PendingChoice | null;
  readonly handoff?: { readonly reason: HandoffReason; readonly outcome: HandoffOutcome };
  /** This turn did not help the customer (out of scope, or a clarifying question). */
  readonly unsure?: boolean;
  /** A phone callback was booked: people take over. */
  readonly callbackBooked?: boolean;
}

/**
 * The bot: one engine behind the REST call, the widget and email. Understands the message, answers
 * from the article for its intent (from the customer's own account when they are signed in), asks
 * when two intents are close, and hands over to people when it should.
 */
@Injectable()
export class BotConversations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly knowledge: BotKnowledge,
    private readonly facts: ArticleFacts,
    private readonly accountAnswers: AccountAnswers,
    private readonly handoff: BotHandoff,
    private readonly requestRefund: RequestRefundUseCase,
    private readonly cancelTransaction: CancelPendingTransactionUseCase,
    private readonly requestCallback: RequestCallbackUseCase,
    private readonly outcomes: BotOutcomes,
    private readonly clock: Clock,
  ) {}

  async reply(request: BotTurnRequest): Promise<BotTurn> {
    const conversation = await this.conversationFor(request);
    const locale = replyLocale(request.text, request.locale ?? conversation.locale);
    const normalized = normalizeText(request.text);
    const prediction = this.knowledge.classifier.classify(request.text);

    const reply =
      (await this.pendingChoiceReply(conversation, request.text, locale)) ?? (await this.intentReply(conversation, prediction, request.text, locale));

    const lowConfidenceTurns = reply.unsure ? conversation.lowConfidenceTurns + 1 : 0;
    let final = reply;
    const reason = reply.handoff ? null : handoffReasonFor(prediction.intent, normalized, lowConfidenceTurns);
    // Asking again is fine while the queue handles it (it keeps one entry); a ticket is opened once.
    const mayHandOff = !conversation.handoff || request.channel === 'chat' || conversation.handoff.target === 'chat_queue';
    if (reason && mayHandOff) final = await this.handOff(conversation, reason, prediction.intent, request, locale, reply);

    const turn = {
      text: request.text,
      intent: prediction.intent,
      handedOffTo: final.handoff?.outcome.target ?? (final.callbackBooked ? ('callback' as const) : undefined),
      awaitsCustomer: Boolean(final.unsure || final.pendingChoice),
    };
    const outcome = conversation.outcome === 'open' ? turnOutcome(turn, conversation.lastTurnAnswered) : null;
    const turnId = randomUUID();
    if (conversation.outcome === 'open' && !outcome) await this.outcomes.turnTaken(conversation.id, turnId, this.clock.now());
    await this.record(conversation, turnId, request.text, prediction, final, final.handoff ? 0 : lowConfidenceTurns, outcome, isAnswer(turn));
    return {
      conversationId: conversation.id,
      intent: prediction.intent,
      confidence: round(prediction.confidence),
      reply: { text: final.text, articleId: final.articleId, quickReplies: final.quickReplies?.length ? final.quickReplies : undefined },
      handoff: final.handoff ? handoffView(final.handoff.reason, final.handoff.outcome) : null,
    };
  }

  private async conversationFor(request: BotTurnRequest): Promise<BotConversationEntity> {
    const owner = { customerId: request.customerId ?? null, visitorId: request.visitorId ?? null };
    if (request.conversationId) {
      const existing = await this.dataSource.getRepository(BotConversationEntity).findOneBy({ id: request.conversationId });
      if (existing) {
        // A customer's conversation is theirs alone; a visitor's, the visitor's.
        if (existing.customerId !== owner.customerId && !(existing.customerId === null && owner.customerId === null)) throw new BotConversationNotFoundError();
        if (existing.visitorId && existing.visitorId !== owner.visitorId) throw new BotConversationNotFoundError();
        return existing;
      }
      if (!request.adoptConversation) throw new BotConversationNotFoundError();
    }
    const now = this.clock.now();
    const conversation = Object.assign(new BotConversationEntity(), {
      id: request.conversationId ?? randomUUID(),
      ...owner,
      locale: request.locale ?? (HAN.test(request.text) ? 'zh-CN' : 'en'),
      lowConfidenceTurns: 0,
      turnCount: 0,
      pendingChoice: null,
      handoff: null,
      outcome: 'open',
      outcomeAt: null,
      handedOffTo: null,
      resolution: null,
      lastTurnAnswered: false,
      createdAt: now,
      updatedAt: now,
    });
    await this.dataSource.getRepository(BotConversationEntity).insert(conversation);
    return conversation;
  }

  /** "2", "第2个" or a transaction reference, answering the list the bot showed last turn. */
  private async pendingChoiceReply(conversation: BotConversationEntity, text: string, locale: Locale): Promise<Reply | null> {
    const pending = conversation.pendingChoice;
    if (!pending) return null;
    if (pending.action === 'callback_phone') return this.callbackReply(conversation, text, locale, true);
    if (!conversation.customerId) return null;
    const picked = pickOption(pending, text);
    if (!picked) return null;
    try {
      if (pending.action === 'refund') {
        const refund = await this.requestRefund.execute({ customerId: conversation.customerId, transactionId: picked.transactionId, reason: 'Requested through the support bot' });
        const amount = money({ amount: refund.amount, currency: refund.currency }, locale);
        const by = dateTime(refund.expectedBy, locale);
        return {
          text: locale === 'zh-CN' ? `已为您提交 ${amount} 的退款申请(${picked.label})，预计 ${by} 前退回。` : `Done: I've requested a refund of ${amount} (${picked.label}). Expect it by ${by}.`,
          articleId: this.knowledge.article(locale, 'refund').id,
          pendingChoice: null,
        };
      }
      await this.cancelTransaction.execute(conversation.customerId, picked.transactionId);
      return { text: locale === 'zh-CN' ? `已取消：${picked.label}。` : `Cancelled: ${picked.label}.`, pendingChoice: null };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { text: locale === 'zh-CN' ? `抱歉，这笔无法办理：${error.message}` : `Sorry, I couldn't do that: ${error.message}`, pendingChoice: null };
    }
  }

  private async intentReply(conversation: BotConversationEntity, prediction: IntentPrediction, text: string, locale: Locale): Promise<Reply> {
    const [first, second] = prediction.ranked;
    if (prediction.otherProvider) return this.otherProviderReply(prediction.otherProvider, locale);
    if (prediction.intent === 'out_of_scope') return this.outOfScopeReply(locale);
    if (
      second &&
      first.probability - second.probability < CLOSE_CALL_MARGIN &&
      second.probability >= CLOSE_CALL_SECOND_AT_LEAST &&
      !SMALL_TALK.includes(first.intent) &&
      !SMALL_TALK.includes(second.intent)
    ) {
      const options = [first.intent, second.intent].map((intent) => quickReplyFor(locale, intent)).filter((q): q is QuickReply => q !== null);
      if (options.length === 2) {
        return {
          text: locale === 'zh-CN' ? `想确认一下，您是想问「${options[0].label}」还是「${options[1].label}」？` : `Just to be sure: is this about “${options[0].label}” or “${options[1].label}”?`,
          quickReplies: options,
          unsure: true,
        };
      }
    }
    if (prediction.intent === 'callback_request') return this.callbackReply(conversation, text, locale, false);

    const article = this.knowledge.article(locale, prediction.intent);
    const account = conversation.customerId ? await this.accountAnswers.answer(prediction.intent, conversation.customerId, locale) : null;
    // A quote uses only the customer's own words, so visitors get one too.
    const quote = prediction.intent === 'fees' ? feeQuote(text, locale) : null;
    const specific = [account?.text, quote].filter((part): part is string => Boolean(part));
    const help = locale === 'zh-CN' ? `更多说明：/help/zh-CN/${article.id}` : `More: /help/en/${article.id}`;
    const answer = specific.length > 0 ? `${specific.join('\n\n')}\n\n${help}` : this.knowledge.articleText(article, await this.facts.facts(locale, this.clock.now()));
    // A visitor asking about their own account gets the article and a way to sign in, nothing from any account.
    const invitation = conversation.customerId ? null : signInInvitation(prediction.intent, normalizeText(text), locale);
    if (invitation) return { text: `${invitation.text}\n\n${answer}`, articleId: article.id, quickReplies: [invitation.button], pendingChoice: null };
    const quickReplies = account?.choice?.options.map((_, i) => ({ label: `${i + 1}`, text: `${i + 1}` }));
    return { text: answer, articleId: article.id, quickReplies, pendingChoice: account?.choice ?? null };
  }

  private async callbackReply(conversation: BotConversationEntity, text: string, locale: Locale, awaitingNumber: true): Promise<Reply | null>;
  private async callbackReply(conversation: BotConversationEntity, text: string, locale: Locale, awaitingNumber: false): Promise<Reply>;
  private async callbackReply(conversation: BotConversationEntity, text: string, locale: Locale, awaitingNumber: boolean): Promise<Reply | null> {
    const phone = extractEntities(text).phoneNumbers[0];
    if (!phone) {
      // Not a number after all: forget the question and treat the message on its own.
      if (awaitingNumber) return null;
      return {
        text: locale === 'zh-CN' ? '好的，我们可以给您回电。请回复您的手机号码(例如 138 0013 8000)。' : 'Sure, we can call you back. Please reply with your phone number (for example +86 138 0013 8000).',
        articleId: this.knowledge.article(locale, 'callback_request').id,
        pendingChoice: { action: 'callback_phone', options: [] },
      };
    }
    try {
      const callback = await this.requestCallback.execute({
        customerId: conversation.customerId ?? undefined,
        phone,
        topic: 'bot',
        locale,
      });
      const when = dateTime(callback.scheduledFor, locale);
      return {
        text: locale === 'zh-CN' ? `已安排回电：我们会在 ${when} 左右拨打 ${callback.phone}。` : `Callback booked: we'll call ${callback.phone} around ${when}.`,
        articleId: this.knowledge.article(locale, 'callback_request').id,
        pendingChoice: null,
        callbackBooked: true,
      };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { text: locale === 'zh-CN' ? `抱歉，无法安排回电：${error.message}` : `Sorry, I couldn't book the callback: ${error.message}`, pendingChoice: null };
    }
  }

  /**
   * Another wallet, bank or card scheme: said plainly, with what OKPay does that relates. Never
   * account data, even for a signed-in customer; a clear answer, so it does not count as unsure.
   */
  private otherProviderReply(provider: OtherProvider, locale: Locale): Reply {
    const related: IntentId = provider.kind === 'wallet' ? 'how_to_pay' : 'topup_methods';
    const quickReplies = [related, 'human_agent' as const].map((intent) => quickReplyFor(locale, intent)).filter((q): q is QuickReply => q !== null);
    return { text: OTHER_PROVIDER_TEXTS[locale][provider.kind](provider.names[locale]), articleId: this.knowledge.article(locale, 'out_of_scope').id, quickReplies, pendingChoice: null };
  }

  /** An honest "I can't help with that", what the bot can do, and buttons for the common topics. */
  private async outOfScopeReply(locale: Locale): Promise<Reply> {
    const article = this.knowledge.article(locale, 'out_of_scope');
    const quickReplies = CAPABILITY_INTENTS.map((intent) => quickReplyFor(locale, intent)).filter((q): q is QuickReply => q !== null);
    const text = this.knowledge.articleText(article, await this.facts.facts(locale, this.clock.now()));
    return { text, articleId: article.id, quickReplies, unsure: true };
  }

  private async handOff(conversation: BotConversationEntity, reason: HandoffReason, intent: IntentId, request: BotTurnRequest, locale: Locale, reply: Reply): Promise<Reply> {
    const text = request.text;
    const turns = await this.dataSource.getRepository(BotTurnEntity).find({ where: { conversationId: conversation.id }, order: { seq: 'ASC' } });
    const transcript = [...turns.flatMap((t) => [`customer: ${t.text}`, `bot: ${t.reply}`]), `customer: ${maskSensitiveText(text)}`];
    const outcome = await this.handoff.handOff({
      conversationId: conversation.id,
      customerId: conversation.customerId,
      locale,
      reason,
      topic: intent,
      transcript,
      channelRoutes: request.channel === 'chat',
    });
    const lead = reason === 'complaint' ? (locale === 'zh-CN' ? '非常抱歉给您带来不好的体验。' : "I'm sorry about your experience.") : '';
    return {
      text: [lead, outcome.text].filter(Boolean).join(' '),
      articleId: reply.articleId,
      handoff: { reason, outcome },
      pendingChoice: outcome.target === 'ticket' ? { action: 'callback_phone', options: [] } : null,
    };
  }

  /**
   * The turn and the conversation's new state in one statement; the counter row orders concurrent
   * turns. An outcome is set only while the row is still `open` (the first one wins).
   */
  private async record(
    conversation: BotConversationEntity,
    turnId: string,
    text: string,
    prediction: IntentPrediction,
    reply: Reply,
    lowConfidenceTurns: number,
    outcome: TurnOutcome | null,
    answered: boolean,
  ): Promise<void> {
    const now = this.clock.now();
    const handoff = reply.handoff
      ? { reason: reply.handoff.reason, target: reply.handoff.outcome.target, ticketId: reply.handoff.outcome.ticketId, at: now.toISOString() }
      : null;
    await this.dataSource.query(
      `WITH turn AS (
         UPDATE bot_conversations
         SET turn_count = turn_count + 1, low_confidence_turns = $2, updated_at = $3,
             pending_choice = CASE WHEN $4::boolean THEN $5::jsonb ELSE pending_choice END,
             handoff = coalesce($6::jsonb, handoff),
             outcome = CASE WHEN outcome = 'open' THEN coalesce($14, outcome) ELSE outcome END,
             outcome_at = CASE WHEN outcome = 'open' AND $14::text IS NOT NULL THEN $3 ELSE outcome_at END,
             handed_off_to = CASE WHEN outcome = 'open' AND $14::text IS NOT NULL THEN $15 ELSE handed_off_to END,
             resolution = CASE WHEN outcome = 'open' AND $14::text IS NOT NULL THEN $16 ELSE resolution END,
             last_turn_answered = $17
         WHERE id = $1
         RETURNING turn_count)
       INSERT INTO bot_turns (id, conversation_id, seq, text, intent, confidence, reply, article_id, handoff_reason, created_at)
       SELECT $7, $1, turn_count, $8, $9, $10, $11, $12, $13, $3 FROM turn`,
      [
        conversation.id,
        lowConfidenceTurns,
        now,
        reply.pendingChoice !== undefined,
        reply.pendingChoice ? JSON.stringify(reply.pendingChoice) : null,
        handoff ? JSON.stringify(handoff) : null,
        turnId,
        maskSensitiveText(text),
        prediction.intent,
        prediction.confidence,
        reply.text,
        reply.articleId ?? null,
        reply.handoff?.reason ?? null,
        outcome?.outcome ?? null,
        outcome?.outcome === 'handed_off' ? outcome.handedOffTo : null,
        outcome?.outcome === 'resolved' ? outcome.resolution : null,
        answered,
      ],
    );
  }

}

function replyLocale(text: string, fallback: Locale): Locale {
  if (HAN.test(text)) return 'zh-CN';
  if (/[a-z]{2,}/i.test(text)) return 'en';
  return fallback;
}

function pickOption(pending: PendingChoice, text: string): PendingChoice['options'][number] | undefined {
  const normalized = normalizeText(text);
  const byReference = pending.options.find((o) => normalized.includes(o.label.toLowerCase().match(/tx-[0-9a-z-]+/)?.[0] ?? '\u0000'));
  if (byReference) return byReference;
  const number = /^(?:第\s*)?(\d{1,2})\s*(?:个|笔|号|\.)?$/.exec(normalized)?.[1];
  return number ? pending.options[Number(number) - 1] : undefined;
}

function handoffView(reason: HandoffReason, outcome: HandoffOutcome): BotHandoffView {
  if (outcome.target === 'chat_queue') {
    return { reason, target: 'chat_queue', position: outcome.position, estimatedWaitSeconds: outcome.estimatedWaitSeconds, ticketId: outcome.ticketId };
  }
  return { reason, target: 'ticket', ticketId: outcome.ticketId, nextOpening: outcome.nextOpening?.toISOString() ?? null };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
