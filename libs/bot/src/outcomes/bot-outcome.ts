import { IntentId } from '@okpay/contracts';

/**
 * How a bot conversation ended, for the reports. `open` while it runs; the first other outcome is
 * final (a late timer or a later message never changes it).
 */
export const BOT_OUTCOMES = ['open', 'handed_off', 'resolved', 'abandoned'] as const;
export type BotOutcome = (typeof BOT_OUTCOMES)[number];

/** Who took over: a ticket, the live-chat queue, or a booked phone callback. */
export type BotHandoffChannel = 'ticket' | 'chat_queue' | 'callback';

/**
 * `confirmed`: the customer said the answer helped. `assumed`: the customer left without asking
 * for more after an answer (Intercom Fin's "assumed resolution"; Zendesk's AI agents likewise count
 * a session that ends without escalation).
 */
export type BotResolution = 'confirmed' | 'assumed';

/** An outcome a turn reaches, if any. */
export type TurnOutcome =
  | { readonly outcome: 'handed_off'; readonly handedOffTo: BotHandoffChannel }
  | { readonly outcome: 'resolved'; readonly resolution: 'confirmed' };

/**
 * How long the customer may stay silent after the bot's last turn before the conversation is
 * over: a live-chat session, not Intercom's 24 hours, so the day's figures settle the same day.
 */
export const BOT_SILENCE_MS = 30 * 60_000;

/** Small talk is not an answer (Intercom does not count a reply to a greeting either). */
const SMALL_TALK: readonly IntentId[] = ['greeting', 'thanks', 'goodbye'];
const CONFIRMING: readonly IntentId[] = ['thanks', 'goodbye'];

/** "thanks, but it didn't help": polite words that say the question is still open. */
const STILL_UNRESOLVED = [
  /\b(?:didn'?t|doesn'?t|did not|does not|not) (?:help|work|solve|answer)/i,
  /\b(?:still|useless|unhelpful|not helpful|not solved|not resolved)\b/i,
  /没用|没有用|没帮|没有帮|没解决|没有解决|不行|还是不|不对|无用|没看懂|不明白/,
];

export interface BotTurnFacts {
  /** The customer's message as typed. */
  readonly text: string;
  readonly intent: IntentId;
  /** The bot's reply handed the conversation over, and to what. */
  readonly handedOffTo?: BotHandoffChannel;
  /** The reply asked something back (a clarifying question, a list to pick from, a phone number) or could not help. */
  readonly awaitsCustomer: boolean;
}

/** Whether this reply answered the customer's question: what makes silence afterwards a resolution. */
export function isAnswer(turn: BotTurnFacts): boolean {
  return !turn.handedOffTo && !turn.awaitsCustomer && !SMALL_TALK.includes(turn.intent);
}

/**
 * The outcome a turn reaches: handed off when the reply hands over; resolved when the bot's
 * previous reply was an answer and the customer now thanks or says goodbye without saying it did
 * not help. Anything else leaves the conversation as it was.
 */
export function turnOutcome(turn: BotTurnFacts, previousTurnAnswered: boolean): TurnOutcome | null {
  if (turn.handedOffTo) return { outcome: 'handed_off', handedOffTo: turn.handedOffTo };
  if (previousTurnAnswered && CONFIRMING.includes(turn.intent) && !STILL_UNRESOLVED.some((cue) => cue.test(turn.text))) {
    return { outcome: 'resolved', resolution: 'confirmed' };
  }
  return null;
}
