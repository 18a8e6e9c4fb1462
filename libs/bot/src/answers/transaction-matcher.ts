import { FailureCode } from '@okpay/wallet-core';
import { AmountSlot, TransactionHint } from '../understanding/message-slots';
import { normalizeText } from '../understanding/text-normalizer';

/** A transaction as the matcher sees it: the facts a customer may name it by. */
export interface MatchableTransaction {
  readonly id: string;
  readonly reference: string;
  readonly type: string;
  readonly status: string;
  readonly failureCode: FailureCode | null;
  /** Minor units. */
  readonly amount: number;
  /** Merchant or counterparty names and the merchant's category, in any language. */
  readonly names: readonly string[];
  readonly category: string | null;
  /** yyyy-mm-dd in the customer's calendar (Beijing time). */
  readonly day: string;
}

/** Words customers use for a kind of shop, by merchant category. */
const CATEGORY_WORDS: Readonly<Record<string, RegExp>> = {
  food_and_drink: /coffee|cafe|café|starbucks|restaurant|food|lunch|dinner|tea|咖啡|餐|饭|奶茶|外卖/,
  groceries: /grocer|supermarket|market|mart|超市|菜|便利店|商店/,
  electronics: /electronic|phone|laptop|computer|gadget|数码|电子|手机|电脑/,
  travel: /travel|flight|plane|ticket|airline|hotel|trip|机票|旅行|旅游|酒店|航班/,
  entertainment: /cinema|movie|film|theater|theatre|concert|电影|影院|演出|票/,
};

const FAILURE_CODES: Readonly<Record<NonNullable<TransactionHint['failure']>, readonly FailureCode[]>> = {
  limit: ['limit_exceeded', 'verification_required'],
  insufficient_funds: ['insufficient_funds'],
  declined: [],
  review: ['risk_review'],
};

/** The word names the transaction's merchant or counterparty, or the kind of shop it is. */
export function namedBy(tx: MatchableTransaction, word: string): boolean {
  if (normalizeText(tx.names.join(' ')).includes(word)) return true;
  const categoryWords = tx.category ? CATEGORY_WORDS[tx.category] : undefined;
  return categoryWords?.test(word) ?? false;
}

/**
 * How well a transaction fits what the customer said: every detail they gave must fit (an amount,
 * a merchant word, a type, a status, a day), and each one that fits counts. Zero: not this one.
 * `nameWords` are the hint's words that name at least one candidate.
 */
function score(tx: MatchableTransaction, hint: TransactionHint, amounts: readonly AmountSlot[], nameWords: readonly string[]): number {
  let total = 0;
  if (hint.transactionIds.length > 0) return hint.transactionIds.includes(tx.reference.toUpperCase()) ? 100 : 0;
  if (amounts.length > 0) {
    if (!amounts.some((a) => a.amount === tx.amount)) return 0;
    total += 3;
  }
  if (nameWords.length > 0) {
    const fits = nameWords.filter((word) => namedBy(tx, word));
    if (fits.length === 0) return 0;
    total += 2 * fits.length;
  }
  if (hint.type) {
    if (hint.type !== tx.type) return 0;
    total += 1;
  }
  if (hint.status) {
    if (hint.status !== tx.status) return 0;
    total += 1;
  }
  // "Declined" is what customers call any refusal: it says the transaction failed, not why.
  if (hint.failure === 'declined') {
    if (tx.status !== 'failed') return 0;
    total += 1;
  } else if (hint.failure) {
    if (!tx.failureCode || !FAILURE_CODES[hint.failure].includes(tx.failureCode)) return 0;
    total += 2;
  }
  if (hint.dates.length > 0) {
    if (!hint.dates.includes(tx.day)) return 0;
    total += 1;
  }
  return total;
}

/** The customer named something a transaction can be picked by. */
export function hintNamesATransaction(hint: TransactionHint, amounts: readonly AmountSlot[]): boolean {
  return hint.transactionIds.length > 0 || hint.nameWords.length > 0 || amounts.length > 0 || Boolean(hint.failure) || hint.dates.length > 0;
}

/**
 * The transactions that fit what the customer said, best first; several when they fit equally (then
 * the bot asks which). Empty when nothing fits or the customer named nothing.
 */
export function matchTransactions<T extends MatchableTransaction>(candidates: readonly T[], hint: TransactionHint, amounts: readonly AmountSlot[]): T[] {
  if (!hintNamesATransaction(hint, amounts)) return [];
  // A word that names none of the candidates is not a name ("the one from lunch"): it decides nothing.
  const nameWords = hint.nameWords.filter((word) => candidates.some((tx) => namedBy(tx, word)));
  const scored = candidates.map((tx) => ({ tx, score: score(tx, hint, amounts, nameWords) })).filter((s) => s.score > 0);
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored.filter((s) => s.score === best).map((s) => s.tx);
}

/**
 * The message's leftover words that might be a name: "the jade mart one" names a merchant without
 * the words the slot reader looks for. Callers keep only those that name a candidate (`namedBy`).
 */
export function residualNameWords(residual: string): string[] {
  const tokens = residual.split(/\s+/);
  const words = tokens.filter((word) => /^[a-z]{3,}$/.test(word) || /^[\u4e00-\u9fff]{2,6}$/.test(word));
  // Two English words in a row may be one name ("jade mart").
  const pairs = tokens.flatMap((word, i) => (i + 1 < tokens.length && /^[a-z]+$/.test(word) && /^[a-z]+$/.test(tokens[i + 1]) ? [`${word} ${tokens[i + 1]}`] : []));
  return [...pairs, ...words];
}
