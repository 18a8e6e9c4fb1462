import { IntentId } from '@okpay/contracts';
import { IntentPrediction } from '../understanding/intent-classifier';
import { MessageSlots } from '../understanding/message-slots';

export interface TopicDecision {
  readonly intent: IntentId;
  readonly confidence: number;
  /** The topic came from the conversation, not from this message alone. */
  readonly carried: boolean;
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
}

const SMALL_TALK: readonly IntentId[] = ['greeting', 'thanks', 'goodbye'];
/** The residual names a topic of its own this clearly: a clear new topic wins over the thread. */
const RESIDUAL_NEW_TOPIC = 0.6;
/** The message alone is this sure, and says more than a detail: a new topic. */
const ALONE_NEW_TOPIC = 0.8;

/** Topics whose follow-up "is it free?" or "what does it cost?" asks for a price. */
const PRICED_TOPICS: readonly IntentId[] = ['fees', 'topup_methods', 'cross_border', 'how_to_pay', 'transaction_pending'];

/** The message carries details (an amount, a place, a kind, a transaction) or asks an aspect. */
function saysAFollowUp(slots: MessageSlots): boolean {
  const t = slots.transaction;
  return (
    slots.followUpMarker ||
    slots.aspects.length > 0 ||
    slots.amounts.length > 0 ||
    Boolean(slots.transferKind || slots.destination || slots.limitKind || slots.limitPeriod) ||
    t.transactionIds.length > 0 ||
    t.nameWords.length > 0 ||
    Boolean(t.type || t.status || t.failure)
  );
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
  const { alone, inContext, residual, slots, topic } = evidence;
  const own: TopicDecision = { intent: alone.intent, confidence: alone.confidence, carried: false };
  if (!topic || topic === 'out_of_scope' || SMALL_TALK.includes(topic)) return own;
  if (alone.otherProvider) return own;
  if (alone.intent === topic) return own;
  const followUp = saysAFollowUp(slots);
  // Small talk stays small talk unless the message also carries a detail ("ok and abroad?").
  if (SMALL_TALK.includes(alone.intent) && !followUp) return own;

  // Nothing left but details and aspect words: the thread goes on.
  if (!residual) return followUp ? carried(topic, Math.max(alone.confidence, inContext?.confidence ?? 0), slots) : own;

  // The words that remain name a topic of their own, clearly: a new topic.
  if (residual.intent !== 'out_of_scope' && residual.intent !== topic && residual.confidence >= RESIDUAL_NEW_TOPIC && !SMALL_TALK.includes(residual.intent)) {
    return own.intent === 'out_of_scope' ? { intent: residual.intent, confidence: residual.confidence, carried: false } : own;
  }
  const contextSaysTopic = inContext?.intent === topic;
  if (followUp && contextSaysTopic) return carried(topic, inContext.confidence, slots);
  if (alone.intent !== 'out_of_scope' && alone.confidence >= ALONE_NEW_TOPIC) return own;
  if (contextSaysTopic && inContext.confidence > alone.confidence) return carried(topic, inContext.confidence, slots);
  return own;
}
