import { normalizeText } from './text-normalizer';
// Deep import: natural's index pulls in storage back-ends that print dotenv notices to stdout.
import { stem } from 'natural/lib/natural/stemmers/porter_stemmer';

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff]+/g;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const LATIN_WORD = /[a-z\d]*[a-z][a-z\d]*(?:'[a-z]+)?/g;
const TRANSACTION_ID = /\btx-[0-9a-z]{4,}\b/g;
const MONEY = /(?:[¥￥$€£]\s?\d[\d,]*(?:\.\d+)?)|(?:\d[\d,]*(?:\.\d+)?\s?(?:元|块|rmb|cny|yuan|usd|dollars?|美元))/g;
// Standalone numbers only: "2fa", "3q" and "88" as a word-like token keep their meaning.
const NUMBER = /(?<![a-z\d])\d+(?:[.,]\d+)*(?![a-z\d])/g;

/** Word forms folded before stemming so "didn't" and "did not" look alike. */
function splitContraction(word: string): string[] {
  if (word.endsWith("n't")) return [word === "can't" ? 'can' : word === "won't" ? 'will' : word.slice(0, -3), 'not'];
  if (word.endsWith("'s") || word.endsWith("'m") || word.endsWith("'d")) return [word.slice(0, -2)];
  if (word.endsWith("'re") || word.endsWith("'ve") || word.endsWith("'ll")) return [word.slice(0, -3)];
  return [word.replace(/'/g, '')];
}

function characterGrams(text: string, sizes: readonly number[], prefix: string, into: string[]): void {
  const chars = [...text];
  for (const n of sizes) {
    for (let i = 0; i + n <= chars.length; i++) into.push(prefix + chars.slice(i, i + n).join(''));
  }
}

function prepared(raw: string): string {
  return normalizeText(raw).replace(TRANSACTION_ID, ' ⟨txid⟩ ').replace(MONEY, ' ⟨money⟩ ').replace(NUMBER, ' ⟨num⟩ ');
}

/** The English words of a message as the classifier reads them, before stemming: what spelling correction knows. */
export function latinWords(raw: string): string[] {
  return (prepared(raw).match(LATIN_WORD) ?? []).flatMap(splitContraction).filter((w) => w.length > 0);
}

/**
 * The features one message contributes to the classifier, as strings:
 * - English words, stemmed (`w:`), and neighbouring pairs (`b:`), so "top up failed" and "topup failure"
 *   meet, and "not received" differs from "received";
 * - character 3–5-grams inside each English word (`c:`), which survive typos the normalizer missed;
 * - Chinese character 1–3-grams (`z:`): Chinese has no spaces, and n-grams need no word segmenter;
 * - placeholders for transaction ids, amounts and other numbers, whose values never matter for the intent.
 * `correctSpelling` maps each English word before any of that (a trained SpellingCorrector).
 */
export function textFeatures(raw: string, correctSpelling: (word: string) => string = (word) => word): string[] {
  const text = prepared(raw);
  const features: string[] = [];

  for (const placeholder of text.match(/⟨[a-z]+⟩/g) ?? []) features.push(`p:${placeholder}`);

  for (const run of text.match(HAN_RUN) ?? []) characterGrams(run, [1, 2, 3], 'z:', features);

  const words = (text.match(LATIN_WORD) ?? []).flatMap(splitContraction).filter((w) => w.length > 0).map(correctSpelling);
  const stems = words.map((word) => stem(word));
  for (let i = 0; i < stems.length; i++) {
    features.push(`w:${stems[i]}`);
    if (i + 1 < stems.length) features.push(`b:${stems[i]}_${stems[i + 1]}`);
    if (words[i].length >= 4) characterGrams(` ${words[i]} `, [3, 4, 5], 'c:', features);
  }
  return features;
}

/** True when a message has letters or Chinese characters at all (a row of "???" or digits has none). */
export function hasWords(raw: string): boolean {
  const text = normalizeText(raw);
  return HAN.test(text) || /[a-z]{2,}/.test(text.replace(TRANSACTION_ID, ''));
}
