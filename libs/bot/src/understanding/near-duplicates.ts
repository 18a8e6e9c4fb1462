import { stem } from 'natural/lib/natural/stemmers/porter_stemmer';
import { latinWords } from './text-features';
import { normalizeText } from './text-normalizer';

/** Two messages at or above this token overlap are one message for measuring: light edits of each other. */
export const NEAR_DUPLICATE_OVERLAP = 0.8;

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff]+/g;

/**
 * The tokens two messages are compared by: English words stemmed (after normalization, with numbers,
 * amounts and transaction ids as placeholders), so "payment failed" and "payments fail" are the same
 * words; Chinese character bigrams (a lone character as itself), because Chinese has no spaces and a
 * bigram is about a word, while single characters (我, 的, 了) are shared by almost any two messages.
 */
export function overlapTokens(text: string): ReadonlySet<string> {
  const tokens = new Set(latinWords(text).map((word) => stem(word)));
  for (const run of normalizeText(text).match(HAN_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) tokens.add(run);
    for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i] + chars[i + 1]);
  }
  return tokens;
}

/**
 * Jaccard overlap of two token sets: shared tokens over all tokens. Symmetric, and low when one
 * message is much longer, so a short common phrase inside a long message ("how do I top up" in
 * "how do I top up from my bank card in Hong Kong") is not a duplicate, while a reordering or a
 * word changed in a five-word message is.
 */
export function tokenOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Whether a message can be compared at all: a message of one token ("thanks", "谢谢", "hi") has no
 * other wording, so an evaluation line equal to an example is not a copy; it is left out.
 */
const comparable = (tokens: ReadonlySet<string>) => tokens.size >= 2;

export interface NearDuplicatePair {
  /** Index into the first list. */
  readonly left: number;
  /** Index into the second list (or the same list, then `right > left`). */
  readonly right: number;
  readonly overlap: number;
}

/**
 * Every pair (one message of `left`, one of `right`) with overlap ≥ `threshold`; with `right`
 * omitted, every pair within `left`. An inverted index counts shared tokens, so only messages that
 * share a token are ever compared (thousands against thousands in well under a second).
 */
export function nearDuplicatePairs(left: readonly string[], right?: readonly string[], threshold = NEAR_DUPLICATE_OVERLAP): NearDuplicatePair[] {
  const leftTokens = left.map(overlapTokens);
  const rightTokens = right ? right.map(overlapTokens) : leftTokens;
  const postings = new Map<string, number[]>();
  rightTokens.forEach((tokens, j) => {
    if (!comparable(tokens)) return;
    for (const token of tokens) {
      const list = postings.get(token);
      if (list) list.push(j);
      else postings.set(token, [j]);
    }
  });
  const pairs: NearDuplicatePair[] = [];
  const shared = new Map<number, number>();
  leftTokens.forEach((tokens, i) => {
    if (!comparable(tokens)) return;
    shared.clear();
    for (const token of tokens) for (const j of postings.get(token) ?? []) if (right || j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, count] of shared) {
      const overlap = count / (tokens.size + rightTokens[j].size - count);
      if (overlap >= threshold) pairs.push({ left: i, right: j, overlap });
    }
  });
  return pairs;
}

/** A group number per message: near-duplicates, and near-duplicates of those, share one (union-find). */
export function nearDuplicateGroups(texts: readonly string[], threshold = NEAR_DUPLICATE_OVERLAP): number[] {
  const parent = texts.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const { left, right } of nearDuplicatePairs(texts, undefined, threshold)) parent[root(left)] = root(right);
  return texts.map((_, i) => root(i));
}
