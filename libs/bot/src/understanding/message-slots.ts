/**
 * What one message says besides its intent: the details a conversation carries from turn to turn.
 * `extractSlots` (slot-extractor.ts) fills it; the dialogue state (dialog/dialogue-state.ts) merges it.
 */

import { ArticleAspect } from '@okpay/knowledge-base';

/** Which priced operation a message is about. */
export type TransferKind = 'domestic' | 'cross_border' | 'card_top_up' | 'bank_top_up' | 'withdrawal';

/** Which limit a message is about, and which of its two figures. */
export type LimitKind = 'payment' | 'transfer' | 'card_top_up';
export type LimitPeriod = 'single' | 'daily';

/**
 * The sub-question a message asks, whatever its topic: "how long?" after a refund question is about
 * the refund. The list lives with the articles, whose front matter names the section answering each.
 */
export { ARTICLE_ASPECTS as ASPECTS } from '@okpay/knowledge-base';
export type Aspect = ArticleAspect;

export interface AmountSlot {
  /** Integer minor units. */
  readonly amount: number;
  /** ISO code when the message says one (¥, 元, USD, $ …); null for a bare number ("付了2000", "50k"). */
  readonly currency: string | null;
  /** The words it was read from, as written. */
  readonly text: string;
}

export interface DestinationSlot {
  /** ISO 3166-1 alpha-2 (CN for mainland China, HK, MO, TW, US, JP, GB, …). */
  readonly country: string;
  /** As the customer wrote it. */
  readonly text: string;
}

/** Which earlier transaction the customer points at ("the 800 one", "数码港那笔", "TX-AB12CD"). */
export interface TransactionHint {
  readonly transactionIds: readonly string[];
  /** Lower-cased words that may name a merchant or counterparty: "coffee", "cinema", "数码港", "lily". */
  readonly nameWords: readonly string[];
  readonly type?: 'payment' | 'transfer' | 'topup' | 'refund';
  readonly status?: 'failed' | 'pending' | 'succeeded';
  /** "the one that hit my limit", "余额不足那笔": a failure reason the customer names. */
  readonly failure?: 'limit' | 'insufficient_funds' | 'declined' | 'review';
  /** yyyy-mm-dd, from "yesterday", "3月5日", "2026-12-01" (needs `today`). */
  readonly dates: readonly string[];
}

/** A reply to a question the bot asked: "2", "第二个", "the first one", "the last one". */
export type ChoiceSlot = { readonly index: number } | { readonly last: true };

export interface MessageSlots {
  readonly amounts: readonly AmountSlot[];
  readonly transferKind?: TransferKind;
  readonly destination?: DestinationSlot;
  readonly limitKind?: LimitKind;
  readonly limitPeriod?: LimitPeriod;
  readonly transaction: TransactionHint;
  readonly choice?: ChoiceSlot;
  /** "yes" / "好的" / "对" → yes; "no" / "不用了" / "算了" → no. Only when the message is mostly that. */
  readonly answer?: 'yes' | 'no';
  readonly aspects: readonly Aspect[];
  /** E.164 phone numbers. */
  readonly phoneNumbers: readonly string[];
  /** Opens like a follow-up: "and …?", "what about …", "how about", "那…呢", "还有", "那如果". */
  readonly followUpMarker: boolean;
  /**
   * The words left once slot words, aspect words, follow-up markers, fillers and question words are
   * taken out (normalized, space separated). Empty means the message only changes details or asks an
   * aspect of whatever was being discussed.
   */
  readonly residual: string;
}
