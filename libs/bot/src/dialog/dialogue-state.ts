import { IntentId } from '@okpay/contracts';
import { LimitKind, LimitPeriod, MessageSlots, TransactionHint, TransferKind } from '../understanding/message-slots';

/** A transaction the customer can pick by number, word or reference in their next message. */
export interface TransactionChoice {
  readonly transactionId: string;
  readonly label: string;
}

/** Something the bot will do for the customer once they pick or confirm it. */
export type BotAction = 'refund' | 'cancel';

/** What picking a transaction from a list does: an action, or an answer about that one. */
export type PickPurpose = BotAction | 'explain';

/**
 * The question the bot is waiting on, so the next message is read as its answer: "2", "第二个",
 * "yes", "好的", a phone number.
 */
export type AwaitedAnswer =
  /** Two topics were close: which one? */
  | { readonly kind: 'clarify'; readonly options: readonly IntentId[] }
  /**
   * A list of transactions (one, when the bot proposes an action on the one named). Picking one
   * performs the action the list stated ("reply 1 to refund it"), so the pick is the customer's
   * confirmation; or, for `explain`, answers about that one. `key` is the idempotency key of the
   * action, fixed when the question was asked, so a repeated answer acts once.
   */
  | {
      readonly kind: 'pick_transaction';
      readonly purpose: PickPurpose;
      /** The topic the list belongs to: the answer to a pick is about it. */
      readonly intent: IntentId;
      readonly options: readonly TransactionChoice[];
      readonly key: string;
    }
  /** A phone number for a callback. */
  | { readonly kind: 'callback_phone' };

/** The details a conversation carries: a follow-up changes one and keeps the others. */
export interface DialogueSlots {
  /** Minor units; `currency` null when the customer never said one (then CNY). */
  readonly amount?: { readonly amount: number; readonly currency: string | null };
  readonly transferKind?: TransferKind;
  /** ISO 3166-1 alpha-2. */
  readonly destination?: string;
  readonly limitKind?: LimitKind;
  readonly limitPeriod?: LimitPeriod;
  /** The kind of transaction talked about ("a transfer"), when the customer said it. */
  readonly transactionType?: TransactionHint['type'];
  /** The transaction the conversation is about, once it is known. */
  readonly transactionId?: string;
}

/** Stored with the conversation (`bot_conversations.state`), read and replaced every turn. */
export interface DialogueState {
  /** The topic of the last answered turn; a follow-up without one of its own inherits it. */
  readonly topic: IntentId | null;
  /** The customer's message that set the topic: context for classifying short follow-ups. */
  readonly topicText: string | null;
  readonly slots: DialogueSlots;
  readonly awaiting: AwaitedAnswer | null;
}

export const EMPTY_DIALOGUE_STATE: DialogueState = { topic: null, topicText: null, slots: {}, awaiting: null };

/**
 * The slots after this message: what it says replaces what was there, what it leaves out is kept
 * while the topic stays; a new topic starts from what the message says. A new amount or kind of
 * transfer means a different question, so the transaction meant is forgotten.
 */
export function mergeSlots(previous: DialogueSlots, said: MessageSlots, sameTopic: boolean): DialogueSlots {
  const base = sameTopic ? previous : {};
  const amount = said.amounts[0];
  const next: { -readonly [K in keyof DialogueSlots]: DialogueSlots[K] } = { ...base };
  if (amount) next.amount = { amount: amount.amount, currency: amount.currency };
  if (said.transferKind) next.transferKind = said.transferKind;
  // A foreign destination makes the transfer cross-border even when the kind was domestic before.
  if (said.destination) {
    next.destination = said.destination.country;
    if (said.destination.country !== 'CN' && (!said.transferKind || said.transferKind === 'domestic')) next.transferKind = 'cross_border';
    if (said.destination.country === 'CN' && !said.transferKind) next.transferKind = 'domestic';
  } else if (said.transferKind === 'domestic') {
    delete next.destination;
  }
  if (said.limitKind) next.limitKind = said.limitKind;
  if (said.limitPeriod) next.limitPeriod = said.limitPeriod;
  if (said.transaction.type) next.transactionType = said.transaction.type;
  if (amount || said.transferKind) delete next.transactionId;
  return next;
}
