import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EvaluatedLine } from './classifier-evaluation';
import { groupedCrossValidation } from './grouped-cross-validation';
import { DEFAULT_CLASSIFIER_OPTIONS, IntentClassifier, IntentClassifierSnapshot, LabelledUtterance } from './intent-classifier';

/** Bump when features or training change, so no cache built by older code is ever used. */
const MODEL_VERSION = 6;

const DEFAULT_CACHE_DIR = join(tmpdir(), 'okpay-bot-models');

/**
 * The classifier for a set of examples. Training with cross-validation takes seconds, so the result
 * is cached on disk under a hash of everything it depends on (examples, options, code version): the
 * server, the CLIs and every test process share one training per knowledge-base content.
 */
export function trainedClassifier(
  examples: readonly LabelledUtterance[],
  outOfScopeExamples: readonly LabelledUtterance[],
  cacheDir: string = DEFAULT_CACHE_DIR,
): IntentClassifier {
  const snapshot = cachedOnDisk('model', { examples, outOfScopeExamples }, cacheDir, () => IntentClassifier.train(examples, outOfScopeExamples).toSnapshot());
  return IntentClassifier.fromSnapshot(snapshot as IntentClassifierSnapshot);
}

/** `groupedCrossValidation` of the examples (five trainings, most of a minute), cached like the model. */
export function crossValidatedLines(
  examples: readonly LabelledUtterance[],
  outOfScopeExamples: readonly LabelledUtterance[],
  cacheDir: string = DEFAULT_CACHE_DIR,
): EvaluatedLine[] {
  return cachedOnDisk('grouped-cv', { examples, outOfScopeExamples }, cacheDir, () => groupedCrossValidation(examples, outOfScopeExamples)) as EvaluatedLine[];
}

/** What a trained model depends on, as a key: the same examples, options and code version give the same model. */
export function classifierKey(examples: readonly LabelledUtterance[], outOfScopeExamples: readonly LabelledUtterance[]): string {
  return contentKey('model', { examples, outOfScopeExamples });
}

function contentKey(kind: string, inputs: object): string {
  return createHash('sha256')
    .update(JSON.stringify({ kind, MODEL_VERSION, DEFAULT_CLASSIFIER_OPTIONS, ...inputs }))
    .digest('hex')
    .slice(0, 32);
}

function cachedOnDisk(kind: string, inputs: object, cacheDir: string, compute: () => unknown): unknown {
  const key = contentKey(kind, inputs);
  const path = join(cacheDir, `${kind === 'model' ? '' : `${kind}-`}${key}.json`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // Not cached yet (or unreadable): compute and cache below.
  }
  const value = compute();
  try {
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(value));
    renameSync(partial, path);
  } catch {
    // A read-only temp dir only costs the next process a recomputation.
  }
  return value;
}
