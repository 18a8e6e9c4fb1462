import { EvaluatedLine } from './classifier-evaluation';
import { groupedFolds } from './grouped-folds';
import { DEFAULT_CLASSIFIER_OPTIONS, IntentClassifier, IntentClassifierOptions, LabelledUtterance } from './intent-classifier';

/**
 * Every training example (in scope and out of scope) classified by a classifier trained, and
 * calibrated, on the other folds only: k-fold cross-validation with near-duplicates in one fold
 * (`groupedFolds`). The whole training runs per fold, its own threshold search included, so the
 * figures include the cost of choosing thresholds on less data; they read like a file written apart
 * from each fold's examples, though in the knowledge base's own style.
 */
export function groupedCrossValidation(
  examples: readonly LabelledUtterance[],
  outOfScopeExamples: readonly LabelledUtterance[],
  options: IntentClassifierOptions = DEFAULT_CLASSIFIER_OPTIONS,
): EvaluatedLine[] {
  const all = [...examples, ...outOfScopeExamples];
  const foldOf = groupedFolds(all.map((e) => e.text), options.folds, options.softmax.seed);
  const lines: EvaluatedLine[] = [];
  for (let fold = 0; fold < options.folds; fold++) {
    const training = all.filter((_, i) => foldOf[i] !== fold);
    const classifier = IntentClassifier.train(
      training.filter((e) => e.intent !== 'out_of_scope'),
      training.filter((e) => e.intent === 'out_of_scope'),
      options,
    );
    all.forEach((e, i) => {
      if (foldOf[i] !== fold) return;
      const prediction = classifier.classify(e.text);
      lines.push({ locale: e.locale, expected: e.intent, predicted: prediction.intent, confidence: prediction.confidence });
    });
  }
  return lines;
}
