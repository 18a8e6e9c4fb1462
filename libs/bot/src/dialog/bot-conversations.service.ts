import { Injectable } from '@nestjs/common';
import { BotHandoffView, IntentId, Locale } from '@okpay/contracts';
import { entityFromJson, preparedQuery } from '@okpay/database';
import { Clock, maskSensitiveText, timeZoneNamed } from '@okpay/shared';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccountAnswers } from '../answers/account-answers.service';
import { CustomerTurn } from '../answers/customer-turn';
import { residualNameWords } from '../answers/transaction-matcher';
import { ANSWER_TIME_ZONE } from '../answers/locale-format';
import { BotHandoff, HandoffOutcome } from '../handoff/bot-handoff.service';
import { HandoffReason, handoffReasonFor } from '../handoff/handoff-policy';
import { BotKnowledge } from '../knowledge/bot-knowledge';
import { botMessage } from '../messages/bot-messages';
import { isAnswer, TurnOutcome, turnOutcome } from '../outcomes/bot-outcome';
import { IntentPrediction } from '../understanding/intent-classifier';
import { MessageSlots } from '../understanding/message-slots';
import { extractSlots } from '../understanding/slot-extractor';
import { normalizeText } from '../understanding/text-normalizer';
import { readAwaitedReply } from './awaited-reply';
import { maskNames } from './mask-names';
import { BotActions } from './bot-actions.service';
import { BotConversationEntity } from './bot-conversation.entity';
import { BotConversationNotFoundError } from './bot-conversation.errors';
import { BotReply } from './bot-reply';
import { BotTurn, BotTurnRequest } from './bot-turn';
import { BotTurnEntity } from './bot-turn.entity';
import { DialogueState, EMPTY_DIALOGUE_STATE, mergeSlots } from './dialogue-state';
import { quickReplyFor } from './quick-replies';
import { TopicAnswers } from './topic-answers.service';
import { decideTopic, TopicDecision } from './topic-decision';
import { topicMenuFor } from './topic-menus';

/** Two intents closer than this in probability get a clarifying question instead of a guess. */
const CLOSE_CALL_MARGIN = 0.15;
const CLOSE_CALL_SECOND_AT_LEAST = 0.2;
/** Out of scope, but unsure, and an in-scope topic this likely: ask rather than turn away. */
const UNSURE_REJECTION_BELOW = 0.45;
const IN_SCOPE_CANDIDATE_AT_LEAST = 0.2;
/** Among the options of a clarifying question, a message this likely picks one by its words. */
const OPTION_BY_CLASSIFIER_AT_LEAST = 0.1;
/** A topic this unsure, for a vague message, is better asked about than answered. */
const VAGUE_BELOW = 0.5;
const SMALL_TALK: readonly IntentId[] = ['greeting', 'thanks', 'goodbye'];
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/**
 * The bot: one engine behind the REST call, the widget and email. It keeps the conversation's
 * state (topic, slots, the question it waits on), reads each message in that context, answers the
 * question asked from the article and the customer's own account, acts for the customer once they
 * confirm, asks when unsure, and hands over to people when it should.
 */
@Injectable()
export class BotConversations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly knowledge: BotKnowledge,
    private readonly answers: TopicAnswers,
    private readonly accountAnswers: AccountAnswers,
    private readonly actions: BotActions,
    private readonly handoff: BotHandoff,
    private readonly clock: Clock,
  ) {}

  async reply(request: BotTurnRequest): Promise<BotTurn> {
    const { conversation, stored } = await this.conversationFor(request);
    const state = conversation.state ?? EMPTY_DIALOGUE_STATE;
    const locale = replyLocale(request.text, request.locale ?? conversation.locale);
    const normalized = normalizeText(request.text);
    const now = this.clock.now();
    const said = extractSlots(request.text, DateTime.fromJSDate(now, { zone: timeZoneNamed(ANSWER_TIME_ZONE) }).toISODate() ?? undefined);
    const customer = conversation.customerId ? this.accountAnswers.turn(conversation.customerId) : null;
    const masked = maskNames(normalized, [...said.transaction.nameWords, ...said.amounts.map((a) => a.text), ...(customer ? await this.accountAnswers.nameWords(customer) : [])]);
    const alone = this.knowledge.classifier.classify(masked);
    const turnContext: TurnContext = { conversation, customer, state, said, alone, masked, locale };

    const reply =
      (state.awaiting ? await this.awaitedReply(turnContext, request.text) : null) ?? (await this.topicReply(turnContext, request.text));

    const lowConfidenceTurns = reply.unsure ? conversation.lowConfidenceTurns + 1 : 0;
    let final = reply;
    const reason = reply.handoff ? null : handoffReasonFor(reply.intent, normalized, lowConfidenceTurns);
    // Asking again is fine while the queue handles it (it keeps one entry); a ticket is opened once.
    const mayHandOff = !conversation.handoff || request.channel === 'chat' || conversation.handoff.target === 'chat_queue';
    if (reason && mayHandOff) final = await this.handOff(conversation, stored, reason, request, locale, reply);

    const turn = {
      text: request.text,
      intent: final.intent,
      handedOffTo: final.handoff?.outcome.target ?? (final.callbackBooked ? ('callback' as const) : undefined),
      awaitsCustomer: Boolean(final.unsure || final.awaiting),
    };
    const outcome = conversation.outcome === 'open' ? turnOutcome(turn, conversation.lastTurnAnswered) : null;
    const turnId = randomUUID();
    const nextState: DialogueState = {
      topic: final.topic?.intent ?? state.topic,
      topicText: final.topic?.text ?? state.topicText,
      slots: final.slots ?? state.slots,
      awaiting: final.awaiting,
    };
    await this.record(conversation, stored, turnId, request.text, final, nextState, final.handoff ? 0 : lowConfidenceTurns, outcome, isAnswer(turn));
    return {
      conversationId: conversation.id,
      intent: final.intent,
      confidence: round(final.confidence),
      reply: { text: final.text, articleId: final.articleId, quickReplies: final.quickReplies?.length ? final.quickReplies : undefined },
      handoff: final.handoff ? handoffView(final.handoff.reason, final.handoff.outcome) : null,
    };
  }

  /**
   * The message read as the answer to the bot's last question: a pick from a list (which acts, if
   * the list said so), a topic chosen, a phone number, or no. Null when it is not an answer: then
   * the question is dropped and the message read on its own.
   */
  private async awaitedReply(turn: TurnContext, text: string): Promise<BotReply | null> {
    const { conversation, customer, state, said, alone, locale } = turn;
    const awaiting = state.awaiting!;
    let answer = readAwaitedReply(awaiting, said, text, { labelOf: (intent) => quickReplyFor(locale, intent)?.label });
    if (!answer && awaiting.kind === 'clarify') {
      // "进度" to "is it a pending transfer or a cancellation?": the option whose article answers the aspect asked.
      const answering = awaiting.options.filter((intent) => said.aspects.some((aspect) => this.knowledge.article(locale, intent).sections[aspect] !== undefined));
      answer = answering.length === 1 ? { kind: 'intent', intent: answering[0] } : pickOptionByClassifier(awaiting.options, alone);
    }
    // A pick by words that the classifier reads as clearly something else is a new question.
    if (answer?.kind === 'transaction' && !said.choice && !said.answer && awaiting.kind === 'pick_transaction' && alone.intent !== awaiting.intent && alone.intent !== 'out_of_scope' && alone.confidence >= 0.8) {
      answer = null;
    }
    if (!answer) return null;
    const topic = state.topic ?? 'out_of_scope';
    switch (answer.kind) {
      case 'declined': {
        // Kept rather than cancelled, the one transaction offered is what the thread is about now: its progress.
        const kept = awaiting.kind === 'pick_transaction' && awaiting.purpose === 'cancel' && awaiting.options.length === 1 ? awaiting.options[0] : undefined;
        return {
          intent: awaiting.kind === 'pick_transaction' ? awaiting.intent : topic,
          confidence: 1,
          text: botMessage(locale, 'dialog.declined'),
          awaiting: null,
          ...(kept ? { topic: { intent: 'transaction_pending' as const, text }, slots: { ...state.slots, transactionId: kept.transactionId } } : {}),
        };
      }
      case 'phone_missing':
        return { intent: 'callback_request', confidence: 1, text: callbackAsk(locale), articleId: this.knowledge.article(locale, 'callback_request').id, awaiting };
      case 'phone': {
        const booked = await this.actions.bookCallback(conversation.customerId, answer.phone, locale);
        return {
          intent: 'callback_request',
          confidence: 1,
          text: booked.text,
          articleId: this.knowledge.article(locale, 'callback_request').id,
          awaiting: null,
          callbackBooked: booked.done,
        };
      }
      case 'intent':
        return this.answerTopic(turn, answer.intent, 1, text, state.topicText ?? text, true);
      case 'transaction': {
        if (awaiting.kind !== 'pick_transaction' || !conversation.customerId || !customer) return null;
        if (awaiting.purpose === 'explain') {
          const about = await this.accountAnswers.about(awaiting.intent, customer, locale, answer.option.transactionId);
          const article = this.knowledge.article(locale, awaiting.intent);
          return {
            intent: awaiting.intent,
            confidence: 1,
            text: about?.text ?? answer.option.label,
            articleId: article.id,
            awaiting: null,
            slots: { ...state.slots, transactionId: answer.option.transactionId },
          };
        }
        const result = await this.actions.perform(awaiting.purpose, conversation.customerId, answer.option, `bot:${awaiting.key}:${answer.option.transactionId}`, locale);
        const intent: IntentId = awaiting.purpose === 'refund' ? 'refund' : 'cancel_transaction';
        return {
          intent,
          confidence: 1,
          text: result.text,
          articleId: this.knowledge.article(locale, intent).id,
          awaiting: null,
          slots: { ...state.slots, transactionId: answer.option.transactionId },
          topic: { intent, text: state.topicText ?? text },
        };
      }
    }
  }

  /** The message understood in the conversation's context, and answered. */
  private async topicReply(turn: TurnContext, text: string): Promise<BotReply> {
    const { customer, state, said, alone, masked, locale } = turn;
    const classifier = this.knowledge.classifier;
    const inContext = state.topic && state.topicText ? classifier.classify(`${state.topicText} ${masked}`) : null;
    const residual = said.residual ? classifier.classify(said.residual) : null;
    const t = said.transaction;
    // Which of their own transactions the words name: by name, reference, or amount and kind.
    const maybeNames = residualNameWords(said.residual);
    const named = customer ? await this.accountAnswers.transactionsNamed(customer, { hint: t, amounts: said.amounts, maybeNames }) : [];
    const decided = decideTopic({
      namesATransaction: named.length > 0,
      alone,
      inContext,
      residual,
      slots: said,
      topic: state.topic,
      text: normalizeText(text),
      answers: (intent, aspect) => this.knowledge.article(locale, intent).sections[aspect] !== undefined,
      related: (intent) => this.relatedIntents(intent, locale),
    });
    // "汇款到了没": no name, but a kind and a question of progress; the one of that kind in progress, if one.
    const asksProgress = said.aspects.some((a) => a === 'status' || a === 'duration');
    const ofType = customer && named.length === 0 && t.type && asksProgress ? await this.accountAnswers.pendingOfType(customer, t.type) : [];
    const byTransaction = topicOfNamedTransactions(named.length > 0 ? named : ofType.length === 1 ? ofType : []);
    const unsure = decided.confidence < VAGUE_BELOW || decided.intent === 'out_of_scope' || SMALL_TALK.includes(decided.intent);
    const decision = decided.carried || decided.byWords || !unsure ? decided : (byTransaction ?? decided);

    if (alone.otherProvider && !decision.carried) return this.answers.otherProvider(alone.otherProvider, locale, alone.ranked[0]?.intent, text, said, alone.confidence);
    // Vague, but about something of ours ("card problem", "转账的事"): offer the topics it may mean.
    if (!decision.carried && (decision.intent === 'out_of_scope' || decision.confidence < VAGUE_BELOW)) {
      const menu = topicMenuFor(normalizeText(text), said, alone.ranked, decision.intent === 'out_of_scope');
      const question = menu ? this.answers.clarify(menu, locale, decision.confidence, text, mergeSlots({}, said, false)) : null;
      if (question) return question;
    }
    // A clarifying question is for when the classifier alone was torn, not when the words decided.
    // Nor when the message names one of their transactions whose state answers it.
    if (!decision.carried && !decision.byWords && decision.intent === alone.intent && !(byTransaction && alone.ranked.slice(0, 2).some((r) => r.intent === byTransaction.intent))) {
      const question = this.closeCall(alone, locale, text, said);
      if (question) return question;
    }
    if (decision.intent === 'out_of_scope') return this.answers.outOfScope(locale, decision.confidence);
    const sameTopic = decision.carried || decision.intent === state.topic;
    return this.answerTopic(turn, decision.intent, decision.confidence, text, decision.carried ? (state.topicText ?? text) : text, sameTopic);
  }

  /**
   * `message` is this turn's text; `topicText` the one that set the topic (the same, unless this
   * message carries a topic on or picks one). Both are read for what the answer quotes.
   */
  private async answerTopic(turn: TurnContext, intent: IntentId, confidence: number, message: string, topicText: string, sameTopic: boolean): Promise<BotReply> {
    const { conversation, customer, state, said, locale } = turn;
    if (intent === 'callback_request') return this.callbackOffer(conversation, said, locale);
    const text = topicText === message ? message : `${topicText} ${message}`;
    if (SMALL_TALK.includes(intent)) {
      const reply = await this.answers.answer({ intent, confidence, text, message, locale, customer: null, said, slots: state.slots, topicText });
      // Small talk does not change what the conversation is about.
      return { ...reply, topic: undefined, slots: undefined };
    }
    return this.answers.answer({
      intent,
      confidence,
      text,
      message,
      locale,
      customer,
      said,
      slots: mergeSlots(state.slots, said, sameTopic),
      currentTransaction: sameTopic ? state.slots.transactionId : undefined,
      topicText,
    });
  }

  /**
   * Two topics about as likely, or a rejection that is itself unsure while a topic is fairly
   * likely: ask which, rather than answer the wrong one with confidence.
   */
  private closeCall(alone: IntentPrediction, locale: Locale, text: string, said: MessageSlots): BotReply | null {
    const [first, second] = alone.ranked;
    if (!first || !second || alone.otherProvider) return null;
    if (SMALL_TALK.includes(first.intent) || SMALL_TALK.includes(second.intent)) return null;
    const close = alone.intent !== 'out_of_scope' && first.probability - second.probability < CLOSE_CALL_MARGIN && second.probability >= CLOSE_CALL_SECOND_AT_LEAST;
    const unsureRejection = alone.intent === 'out_of_scope' && alone.confidence < UNSURE_REJECTION_BELOW && first.probability >= IN_SCOPE_CANDIDATE_AT_LEAST;
    if (!close && !unsureRejection) return null;
    // With one likely topic only, the other option is the topic its article names first as related.
    const related = this.relatedIntents(first.intent, locale);
    const probabilityOf = (intent: IntentId) => alone.ranked.find((r) => r.intent === intent)?.probability ?? 0;
    const likeliestRelated = [...related].sort((a, b) => probabilityOf(b) - probabilityOf(a))[0];
    const other = second.probability >= IN_SCOPE_CANDIDATE_AT_LEAST / 2 ? second.intent : likeliestRelated;
    if (!other || SMALL_TALK.includes(other)) return null;
    return this.answers.clarify([first.intent, other], locale, first.probability, text, mergeSlots({}, said, false));
  }

  /** The topics an intent's article names as related, in its order. */
  private relatedIntents(intent: IntentId, locale: Locale): IntentId[] {
    return this.knowledge
      .article(locale, intent)
      .related.map((id) => this.knowledge.knowledgeBase.article(locale, id)?.intent)
      .filter((related): related is IntentId => related !== undefined && related !== intent);
  }

  /** "Call me back": book it when the number is in the message, otherwise ask for it. */
  private async callbackOffer(conversation: BotConversationEntity, said: MessageSlots, locale: Locale): Promise<BotReply> {
    const articleId = this.knowledge.article(locale, 'callback_request').id;
    const phone = said.phoneNumbers[0];
    if (!phone) return { intent: 'callback_request', confidence: 1, text: callbackAsk(locale), articleId, awaiting: { kind: 'callback_phone' } };
    const booked = await this.actions.bookCallback(conversation.customerId, phone, locale);
    return { intent: 'callback_request', confidence: 1, text: booked.text, articleId, awaiting: null, callbackBooked: booked.done };
  }

  /** `stored` is false for a conversation this turn starts: the turn's record creates it. */
  private async conversationFor(request: BotTurnRequest): Promise<{ conversation: BotConversationEntity; stored: boolean }> {
    const owner = { customerId: request.customerId ?? null, visitorId: request.visitorId ?? null };
    if (request.conversationId) {
      // Read on every later turn: prepared, and hydrated from JSON without TypeORM's query builder.
      const [found] = await preparedQuery<{ row: Record<string, unknown> }>(this.dataSource, 'bot.conversation', `SELECT to_jsonb(c) AS row FROM bot_conversations c WHERE id = $1`, [
        request.conversationId,
      ]);
      const existing = found ? entityFromJson(this.dataSource, BotConversationEntity, found.row) : null;
      if (existing) {
        // A customer's conversation is theirs alone; a visitor's, the visitor's.
        if (existing.customerId !== owner.customerId && !(existing.customerId === null && owner.customerId === null)) throw new BotConversationNotFoundError();
        if (existing.visitorId && existing.visitorId !== owner.visitorId) throw new BotConversationNotFoundError();
        return { conversation: existing, stored: true };
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
      state: EMPTY_DIALOGUE_STATE,
      handoff: null,
      outcome: 'open',
      outcomeAt: null,
      handedOffTo: null,
      resolution: null,
      lastTurnAnswered: false,
      createdAt: now,
      updatedAt: now,
    });
    return { conversation, stored: false };
  }

  /** `stored` is false for a conversation this turn starts: it has no turns to read for the transcript. */
  private async handOff(conversation: BotConversationEntity, stored: boolean, reason: HandoffReason, request: BotTurnRequest, locale: Locale, reply: BotReply): Promise<BotReply> {
    // Prepared, and only the two columns the transcript shows: handoffs mostly come a few turns in.
    const turns = stored
      ? await preparedQuery<Pick<BotTurnEntity, 'text' | 'reply'>>(
          this.dataSource,
          'bot.transcript',
          `SELECT text, reply FROM bot_turns WHERE conversation_id = $1 ORDER BY seq`,
          [conversation.id],
        )
      : [];
    const transcript = [...turns.flatMap((t) => [`customer: ${t.text}`, `bot: ${t.reply}`]), `customer: ${maskSensitiveText(request.text)}`];
    const outcome = await this.handoff.handOff({
      conversationId: conversation.id,
      isNewConversation: !stored,
      customerId: conversation.customerId,
      locale,
      reason,
      topic: reply.intent,
      transcript,
      channelRoutes: request.channel === 'chat',
    });
    const lead = reason === 'complaint' ? botMessage(locale, 'dialog.complaintApology') : '';
    return {
      ...reply,
      text: [lead, outcome.text].filter(Boolean).join(' '),
      quickReplies: undefined,
      handoff: { reason, outcome },
      // After hours a ticket is opened; a phone number next turn books a callback as well.
      awaiting: outcome.target === 'ticket' ? { kind: 'callback_phone' } : null,
    };
  }

  /**
   * The turn and the conversation's new state in one statement; the counter row orders concurrent
   * turns. An outcome is set only while the row is still `open` (the first one wins). A conversation
   * the turn starts is created by the same statement; should a concurrent first turn have created it
   * meanwhile (two quick widget messages), it is updated as any stored one, if it has the same owner.
   */
  private async record(
    conversation: BotConversationEntity,
    stored: boolean,
    turnId: string,
    text: string,
    reply: BotReply,
    state: DialogueState,
    lowConfidenceTurns: number,
    outcome: TurnOutcome | null,
    answered: boolean,
  ): Promise<void> {
    const now = this.clock.now();
    const handoff = reply.handoff
      ? { reason: reply.handoff.reason, target: reply.handoff.outcome.target, ticketId: reply.handoff.outcome.ticketId, at: now.toISOString() }
      : null;
    const counted = stored
      ? `UPDATE bot_conversations
         SET turn_count = turn_count + 1, low_confidence_turns = $2, updated_at = $3,
             state = $4::jsonb,
             handoff = coalesce($5::jsonb, handoff),
             outcome = CASE WHEN outcome = 'open' THEN coalesce($13, outcome) ELSE outcome END,
             outcome_at = CASE WHEN outcome = 'open' AND $13::text IS NOT NULL THEN $3 ELSE outcome_at END,
             handed_off_to = CASE WHEN outcome = 'open' AND $13::text IS NOT NULL THEN $14 ELSE handed_off_to END,
             resolution = CASE WHEN outcome = 'open' AND $13::text IS NOT NULL THEN $15 ELSE resolution END,
             last_turn_answered = $16
         WHERE id = $1
         RETURNING turn_count`
      : `INSERT INTO bot_conversations AS c (id, customer_id, visitor_id, locale, low_confidence_turns, turn_count, state, handoff, outcome, outcome_at,
           handed_off_to, resolution, last_turn_answered, created_at, updated_at)
         VALUES ($1, $17, $18, $19, $2, 1, $4::jsonb, $5::jsonb, coalesce($13, 'open'), CASE WHEN $13::text IS NOT NULL THEN $3::timestamptz END,
           $14, $15, $16, $20, $3)
         ON CONFLICT (id) DO UPDATE
         SET turn_count = c.turn_count + 1, low_confidence_turns = $2, updated_at = $3,
             state = $4::jsonb,
             handoff = coalesce($5::jsonb, c.handoff),
             outcome = CASE WHEN c.outcome = 'open' THEN coalesce($13, c.outcome) ELSE c.outcome END,
             outcome_at = CASE WHEN c.outcome = 'open' AND $13::text IS NOT NULL THEN $3 ELSE c.outcome_at END,
             handed_off_to = CASE WHEN c.outcome = 'open' AND $13::text IS NOT NULL THEN $14 ELSE c.handed_off_to END,
             resolution = CASE WHEN c.outcome = 'open' AND $13::text IS NOT NULL THEN $15 ELSE c.resolution END,
             last_turn_answered = $16
         WHERE c.customer_id IS NOT DISTINCT FROM $17 AND (c.visitor_id IS NULL OR c.visitor_id = $18)
         RETURNING turn_count`;
    const recorded = await preparedQuery<{ seq: number }>(
      this.dataSource,
      stored ? 'bot.record-turn' : 'bot.record-first-turn',
      `WITH turn AS (${counted})
       INSERT INTO bot_turns (id, conversation_id, seq, text, intent, confidence, reply, article_id, handoff_reason, created_at)
       SELECT $6, $1, turn_count, $7, $8, $9, $10, $11, $12, $3 FROM turn
       RETURNING seq`,
      [
        conversation.id,
        lowConfidenceTurns,
        now,
        JSON.stringify(state),
        handoff ? JSON.stringify(handoff) : null,
        turnId,
        maskSensitiveText(text),
        reply.intent,
        reply.confidence,
        reply.text,
        reply.articleId ?? null,
        reply.handoff?.reason ?? null,
        outcome?.outcome ?? null,
        outcome?.outcome === 'handed_off' ? outcome.handedOffTo : null,
        outcome?.outcome === 'resolved' ? outcome.resolution : null,
        answered,
        ...(stored ? [] : [conversation.customerId, conversation.visitorId, conversation.locale, conversation.createdAt]),
      ],
    );
    // Someone else's conversation, created under this id while the turn was thought about.
    if (!stored && recorded.length === 0) throw new BotConversationNotFoundError();
  }
}

function replyLocale(text: string, fallback: Locale): Locale {
  if (HAN.test(text)) return 'zh-CN';
  if (/[a-z]{2,}/i.test(text)) return 'en';
  return fallback;
}

/** What one turn works with: read once, passed along. */
interface TurnContext {
  readonly conversation: BotConversationEntity;
  readonly customer: CustomerTurn | null;
  readonly state: DialogueState;
  readonly said: MessageSlots;
  /** The message classified with names and amounts taken out. */
  readonly alone: IntentPrediction;
  readonly masked: string;
  readonly locale: Locale;
}

/**
 * When the bot is unsure what a message is about but it names one of the customer's transactions,
 * the transaction's state says: a failed payment is why it failed, one in progress is where it is,
 * one that went through is its status.
 */
function topicOfNamedTransactions(named: readonly { type: string; status: string }[]): TopicDecision | null {
  const [first] = named;
  if (!first || named.some((n) => n.status !== first.status)) return null;
  const intent: IntentId = first.status === 'failed' ? (first.type === 'topup' ? 'topup_failed' : 'payment_failed') : 'transaction_pending';
  return { intent, confidence: 0.5, carried: false };
}

/** The option of a clarifying question the classifier finds likeliest for the reply ("topping up"). */
function pickOptionByClassifier(options: readonly IntentId[], prediction: IntentPrediction): { kind: 'intent'; intent: IntentId } | null {
  const ranked = prediction.ranked.filter((r) => options.includes(r.intent));
  const best = ranked[0];
  // A reply that is clearly about something else is a new question, not a pick.
  if (prediction.intent !== 'out_of_scope' && !options.includes(prediction.intent) && prediction.confidence >= 0.8) return null;
  return best && best.probability >= OPTION_BY_CLASSIFIER_AT_LEAST ? { kind: 'intent', intent: best.intent } : null;
}

function callbackAsk(locale: Locale): string {
  return botMessage(locale, 'dialog.callbackAsk');
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
