import { IntentId } from '@okpay/contracts';
import { IntentPrediction } from '../understanding/intent-classifier';
import { Aspect, MessageSlots } from '../understanding/message-slots';

export interface TopicDecision {
  readonly intent: IntentId;
  readonly confidence: number;
  /** The topic came from the conversation, not from this message alone. */
  readonly carried: boolean;
  /** The message's own words decided (a price asked, a cancellation, a person): no clarifying question. */
  readonly byWords?: boolean;
}

export interface TopicEvidence {
  /** The message classified on its own. */
  readonly alone: IntentPrediction;
  /** The message classified after the text that set the topic; null without a topic. */
  readonly inContext: IntentPrediction | null;
  /** The residual (the message without its slot, aspect and filler words) classified; null when empty. */
  readonly residual: IntentPrediction | null;
  readonly slots: MessageSlots;
  /** The conversation's topic so far. */
  readonly topic: IntentId | null;
  /** The message, normalized. */
  readonly text: string;
  /** Whether the article of `intent` has a section answering `aspect`. */
  readonly answers: (intent: IntentId, aspect: Aspect) => boolean;
  /** The message names one of the signed-in customer's own transactions ("数码港那笔", "TX-…"). */
  readonly namesATransaction?: boolean;
  /** The topics the article of `intent` names as related, in its order. */
  readonly related?: (intent: IntentId) => readonly IntentId[];
}

/** The words left are out of scope this surely: the message is, too, unless it says it follows on. */
const OFF_TOPIC_RESIDUAL = 0.9;
/** Below this, reading the message in context says little. */
const CONTEXT_AT_LEAST = 0.3;

/** Topics about one of the customer's transactions. */
export const TRANSACTION_TOPICS: readonly IntentId[] = ['payment_failed', 'topup_failed', 'transaction_pending', 'refund', 'cancel_transaction'];
const SMALL_TALK: readonly IntentId[] = ['greeting', 'thanks', 'goodbye'];
/** Asking for people is never a detail of the thread. */
const HANDS_OVER: readonly IntentId[] = ['human_agent', 'complaint', 'callback_request'];
/** The residual names a topic of its own this clearly: a clear new topic wins over the thread. */
const RESIDUAL_NEW_TOPIC = 0.6;
/** The message alone is this sure, and says more than a detail: a new topic. */
const ALONE_NEW_TOPIC = 0.8;
/** Less sure than this, a message alone is no clear question of its own. */
const UNSURE_ALONE = 0.6;
/** As sure as this, a message that names only an operation is a question of its own. */
const CLEAR_WITHOUT_RESIDUAL = 0.9;

/** Topics whose follow-up "is it free?" or "what does it cost?" asks for a price. */
const PRICED_TOPICS: readonly IntentId[] = ['fees', 'topup_methods', 'topup_failed', 'cross_border', 'how_to_pay', 'transaction_pending'];

/** Asking for a person in so many words: honoured whatever else the message says. */
const HUMAN_REQUEST = /\b(?:real|actual|live) (?:person|human|agent)|\bhuman\b|\b(?:talk|speak|chat) (?:to|with) (?:an? )?(?:agent|person|someone|somebody|staff)|人工|真人|转人工|客服人员/i;

/** "I want my money back", "我想退": asking for a refund, whatever else the words are about. */
const REFUND_REQUEST = /\brefund|\bmoney back\b|\breturn (?:it|the money)|退款|退钱|(?:想|要|能|可以|申请)退(?!出)|退掉|退回来/i;

/** "Can I cancel it", "不想充了": asking to stop something, whatever else the words are about. */
const CANCEL_REQUEST = /\bcancel|\bcall (?:it|that) off|\bstop (?:it|the|my)|取消|撤销|撤回|不想(?:要|充|转|付|汇)了/i;

/** Topics where an amount, a kind of operation or a place is a detail of the question. */
const AMOUNT_TOPICS: readonly IntentId[] = ['fees', 'transaction_limits', 'topup_methods', 'cross_border', ...TRANSACTION_TOPICS];
const OPERATION_TOPICS: readonly IntentId[] = ['fees', 'transaction_limits', 'topup_methods', 'cross_border', 'transaction_pending', 'how_to_pay'];

/**
 * The message carries a detail of the thread's kind (an amount in a fee question, a place in a
 * transfer question, a transaction in a payment question), asks an aspect, or opens like a follow-up.
 * A place after a question about verification is not a follow-up ("what's the capital of Australia").
 */
function saysAFollowUp(slots: MessageSlots, topic: IntentId): boolean {
  const t = slots.transaction;
  return (
    slots.followUpMarker ||
    slots.aspects.length > 0 ||
    (slots.amounts.length > 0 && AMOUNT_TOPICS.includes(topic)) ||
    (Boolean(slots.transferKind || slots.destination) && OPERATION_TOPICS.includes(topic)) ||
    (Boolean(slots.limitKind || slots.limitPeriod) && (topic === 'transaction_limits' || OPERATION_TOPICS.includes(topic))) ||
    ((t.transactionIds.length > 0 || t.nameWords.length > 0 || Boolean(t.type || t.status || t.failure)) && [...TRANSACTION_TOPICS, 'fees'].includes(topic))
  );
}

/** An amount, kind, place or transaction of the kind the thread is about: not a marker or an aspect alone. */
function saysADetail(slots: MessageSlots, topic: IntentId): boolean {
  return saysAFollowUp({ ...slots, followUpMarker: false, aspects: [] }, topic);
}

function carried(topic: IntentId, confidence: number, slots: MessageSlots): TopicDecision {
  // "is that free?" after a question about topping up asks for a price.
  const intent = slots.aspects.includes('cost') && PRICED_TOPICS.includes(topic) ? 'fees' : topic;
  return { intent, confidence, carried: true };
}

/**
 * Which topic this turn is about. Carrying the conversation's topic over is a decision weighed on
 * evidence, not a rule that fires on anything short: a message that only changes a detail or asks
 * "how long?" continues the thread; a message whose own words name another topic clearly starts a
 * new one; in between, the message read in the thread's context decides.
 */
export function decideTopic(evidence: TopicEvidence): TopicDecision {
  const { alone, inContext, residual, slots, topic, answers } = evidence;
  const own = ownTopic(alone, slots, evidence.text);
  if (!topic || topic === 'out_of_scope' || SMALL_TALK.includes(topic)) return own;
  if (alone.otherProvider || own.byWords || HANDS_OVER.includes(own.intent)) return own;
  if (own.intent === topic) return own;
  const followUp = saysAFollowUp(slots, topic);
  // Small talk stays small talk unless the message also carries a detail ("ok and abroad?").
  if (SMALL_TALK.includes(own.intent) && !followUp) return own;

  // The sub-question asked is one the thread's article answers and the new guess's does not
  // ("最少充多少" after top-up methods), or the other way round ("how long will it arrive" after fees).
  const asked = slots.aspects;
  const topicAnswers = asked.some((aspect) => answers(topic, aspect));
  const ownAnswers = own.intent !== 'out_of_scope' && asked.some((aspect) => answers(own.intent, aspect));
  if (asked.length > 0 && ownAnswers && !topicAnswers) return own;
  // Neither can say, but an article the thread's one points to can: "最少充多少" after a failed top-up.
  if (asked.length > 0 && !ownAnswers && !topicAnswers && own.confidence < ALONE_NEW_TOPIC) {
    const next = evidence.related?.(topic).find((intent) => asked.some((aspect) => answers(intent, aspect)));
    if (next) return { intent: next, confidence: Math.max(own.confidence, 0.5), carried: true };
  }

  // Read in context, ignoring a provider named earlier: "and OKPay?" after a question about Alipay.
  const contextTopic = inContext ? (inContext.otherProvider ? inContext.ranked[0]?.intent : inContext.intent) : undefined;
  const contextConfidence = inContext ? (inContext.otherProvider ? (inContext.ranked[0]?.probability ?? 0) : inContext.confidence) : 0;
  const contextSaysTopic = contextTopic === topic && contextConfidence >= CONTEXT_AT_LEAST;
  if (asked.length > 0 && topicAnswers && !ownAnswers) return carried(topic, Math.max(contextConfidence, 0.5), slots);
  // Only a sub-question, about nothing named ("how long does it take?", "啥时候能到账"): the thread's.
  const onlyAnAspect = !residual && asked.length > 0 && !slots.transferKind && !slots.transaction.type && !slots.destination && slots.amounts.length === 0;
  if (onlyAnAspect && topicAnswers) return carried(topic, Math.max(contextConfidence, 0.5), slots);
  // Pointing at one of their own transactions while the thread is about transactions: "the coffee one".
  if (evidence.namesATransaction && TRANSACTION_TOPICS.includes(topic) && (own.intent === 'out_of_scope' || own.confidence < ALONE_NEW_TOPIC)) return carried(topic, Math.max(contextConfidence, 0.5), slots);
  // Sure on its own, and still so in the thread's context: a new topic ("fastest way to top up?").
  if (own.intent !== 'out_of_scope' && own.confidence >= ALONE_NEW_TOPIC && contextTopic === own.intent && !slots.followUpMarker) return own;

  // Nothing left but details and aspect words: the thread goes on.
  // A detail alone ("and abroad?", "5000?") goes on with the thread, unless the message on its own is a
  // clear question of another topic that only its operation words named ("fastest way to top up?").
  if (!residual) {
    if (own.intent !== 'out_of_scope' && own.confidence >= CLEAR_WITHOUT_RESIDUAL && !slots.followUpMarker) return own;
    return followUp ? carried(topic, Math.max(own.confidence, contextConfidence), slots) : own;
  }

  // What remains is plainly about something else, and nothing ties it to the thread.
  if (own.intent === 'out_of_scope' && residual.intent === 'out_of_scope' && residual.confidence >= OFF_TOPIC_RESIDUAL && !slots.followUpMarker && asked.length === 0) return own;
  // The words that remain name a topic of their own, clearly: a new topic.
  if (residual.intent !== 'out_of_scope' && residual.intent !== topic && residual.confidence >= RESIDUAL_NEW_TOPIC && !SMALL_TALK.includes(residual.intent)) {
    return own.intent === 'out_of_scope' ? { intent: residual.intent, confidence: residual.confidence, carried: false } : own;
  }
  if (followUp && contextSaysTopic) return carried(topic, contextConfidence, slots);
  // A detail of the thread's kind ("36000呢 会不会更贵" in a fee thread) while the message alone says
  // nothing clear: the thread goes on.
  const unsureAlone = own.intent === 'out_of_scope' || SMALL_TALK.includes(own.intent) || own.confidence < UNSURE_ALONE;
  if (saysADetail(slots, topic) && unsureAlone) return carried(topic, Math.max(contextConfidence, 0.5), slots);
  if (own.intent !== 'out_of_scope' && own.confidence >= ALONE_NEW_TOPIC) return own;
  if (contextSaysTopic && contextConfidence > own.confidence) return carried(topic, contextConfidence, slots);
  return own;
}

/**
 * The message's own topic. Two kinds of message say what they are whatever the classifier leans
 * to: the price of a named operation or amount is a fee question, and asking to stop something is
 * a cancellation when the classifier has that among its candidates.
 */
function ownTopic(alone: IntentPrediction, slots: MessageSlots, text: string): TopicDecision {
  const own: TopicDecision = { intent: alone.intent, confidence: alone.confidence, carried: false };
  if (alone.otherProvider) return own;
  if (alone.intent === 'human_agent' || (alone.intent === 'fees' && alone.confidence >= ALONE_NEW_TOPIC)) return own;
  const probabilityOf = (intent: IntentId) => alone.ranked.find((r) => r.intent === intent)?.probability ?? 0;
  if (HUMAN_REQUEST.test(text)) return { intent: 'human_agent', confidence: Math.max(probabilityOf('human_agent'), alone.confidence), carried: false, byWords: true };
  if (slots.aspects.includes('cost') && (slots.amounts.length > 0 || slots.transferKind)) {
    return { intent: 'fees', confidence: Math.max(probabilityOf('fees'), 0.5), carried: false, byWords: true };
  }
  // "Has my transfer to Lily arrived?": the state of a transaction the customer names.
  const namesOne = slots.transaction.nameWords.length > 0 || slots.transaction.transactionIds.length > 0;
  const pendingRanked = alone.ranked.slice(0, 3).some((r) => r.intent === 'transaction_pending');
  if (namesOne && pendingRanked && alone.confidence < ALONE_NEW_TOPIC && slots.aspects.some((a) => a === 'status' || a === 'duration')) {
    return { intent: 'transaction_pending', confidence: Math.max(probabilityOf('transaction_pending'), 0.5), carried: false, byWords: true };
  }
  const refundRanked = alone.ranked.slice(0, 3).some((r) => r.intent === 'refund');
  if (alone.intent !== 'cancel_transaction' && (refundRanked || alone.intent === 'out_of_scope') && alone.confidence < ALONE_NEW_TOPIC && REFUND_REQUEST.test(text) && !CANCEL_REQUEST.test(text)) {
    return { intent: 'refund', confidence: Math.max(probabilityOf('refund'), 0.5), carried: false, byWords: true };
  }
  const cancelRanked = alone.ranked.slice(0, 3).some((r) => r.intent === 'cancel_transaction');
  if (cancelRanked && alone.confidence < ALONE_NEW_TOPIC && CANCEL_REQUEST.test(text)) {
    return { intent: 'cancel_transaction', confidence: Math.max(probabilityOf('cancel_transaction'), 0.5), carried: false, byWords: true };
  }
  return own;
}
