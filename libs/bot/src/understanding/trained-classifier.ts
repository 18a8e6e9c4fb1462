import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CLASSIFIER_OPTIONS, IntentClassifier, IntentClassifierSnapshot, LabelledUtterance } from './intent-classifier';

/** Bump when features or training change, so no cache built by older code is ever used. */
const MODEL_VERSION = 5;

/**
 * The classifier for a set of examples. Training with cross-validation takes seconds, so the result
 * is cached on disk under a hash of everything it depends on (examples, options, code version): the
 * server, the CLIs and every test process share one training per knowledge-base content.
 */
export function trainedClassifier(
  examples: readonly LabelledUtterance[],
  outOfScopeExamples: readonly LabelledUtterance[],
  cacheDir: string = join(tmpdir(), 'okpay-bot-models'),
): IntentClassifier {
  const key = createHash('sha256')
    .update(JSON.stringify({ MODEL_VERSION, DEFAULT_CLASSIFIER_OPTIONS, examples, outOfScopeExamples }))
    .digest('hex')
    .slice(0, 32);
  const path = join(cacheDir, `${key}.json`);
  try {
    return IntentClassifier.fromSnapshot(JSON.parse(readFileSync(path, 'utf8')) as IntentClassifierSnapshot);
  } catch {
    // Not cached yet (or unreadable): train and cache below.
  }
  const classifier = IntentClassifier.train(examples, outOfScopeExamples);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(classifier.toSnapshot()));
    renameSync(partial, path);
  } catch {
    // A read-only temp dir only costs the next process a retraining.
  }
  return classifier;
}
