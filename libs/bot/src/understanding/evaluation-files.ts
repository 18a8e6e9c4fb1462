import { IntentId, isIntentId } from '@okpay/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A labelled message of an evaluation file. */
export interface EvaluationLine {
  readonly text: string;
  readonly locale: string;
  readonly intent: IntentId;
}

export interface EvaluationFile {
  readonly name: string;
  readonly path: string;
  /** How the file may be used; printed with its figures. */
  readonly use: string;
}

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');

/**
 * The labelled files `bot:eval` measures on. None may be trained on. The sealed file is reported and
 * never tuned on: no change is accepted or rejected by its effect there, so it stays an honest
 * estimate of how new customers' wording fares (the dev and held-out files have been tuned on).
 */
export const EVALUATION_FILES: readonly EvaluationFile[] = [
  { name: 'dev', path: join(FIXTURES, 'intents-dev.jsonl'), use: 'tuned on' },
  { name: 'held-out', path: join(FIXTURES, 'bot-holdout.jsonl'), use: 'tuned on in earlier rounds' },
  { name: 'sealed', path: join(FIXTURES, 'intents-sealed.jsonl'), use: 'sealed — reported, never tuned on' },
];

/** The multi-turn dialogue files (`bot:dialogues` scores them): their turns must not be trained on either. */
export const DIALOGUE_FILES: readonly { readonly name: string; readonly path: string }[] = [
  { name: 'dialogues-dev', path: join(FIXTURES, 'dialogues-dev.jsonl') },
  { name: 'dialogues-dev2', path: join(FIXTURES, 'dialogues-dev2.jsonl') },
  { name: 'dialogues-sealed', path: join(FIXTURES, 'dialogues-sealed.jsonl') },
];

const nonEmptyLines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');

/** An intents file: one JSON object per line with a string `text`, a `locale` and a known `intent`. */
export function readEvaluationLines(path: string): EvaluationLine[] {
  return nonEmptyLines(path).map((l, i) => {
    const row = JSON.parse(l) as { text?: unknown; locale?: unknown; intent?: unknown };
    if (typeof row.text !== 'string' || !isIntentId(row.intent)) throw new Error(`${path} line ${i + 1}: needs a string "text" and a known "intent"`);
    return { text: row.text, locale: typeof row.locale === 'string' ? row.locale : 'unknown', intent: row.intent };
  });
}

/** What the customer says in every turn of a dialogues file. */
export function readDialogueTurns(path: string): string[] {
  return nonEmptyLines(path).flatMap((l) => (JSON.parse(l) as { turns: { say: string }[] }).turns.map((t) => t.say));
}
