import 'reflect-metadata';
import {
  BotKnowledge,
  crossValidatedLines,
  EVALUATION_FILES,
  evaluateClassifier,
  EvaluatedLine,
  formatEvaluationReport,
  formatEvaluationSummary,
  IntentClassifier,
  nearDuplicatePairs,
  DIALOGUE_FILES,
  readDialogueTurns,
  readEvaluationLines,
  SummaryRow,
} from '@okpay/bot';

/**
 * `npm run bot:eval`: one table, per evaluation file (dev, held-out, sealed) and for grouped
 * cross-validation of the examples, per locale: in-scope accuracy, out-of-scope recall and the
 * wrong-confident rate. Before it, on standard error, how many lines of each file (and of the dev
 * dialogues) are near-duplicates of a training example (token overlap ≥ 0.8): such lines flatter
 * the figures, and the unit tests fail on any. Cross-validation trains five classifiers the first
 * time the examples change (most of a minute), then is cached with the model.
 *
 * `npm run bot:eval -- <file.jsonl>`: one file in detail (out-of-scope precision, macro-F1,
 * calibration error, top confusions). `--json` prints either as JSON.
 */
function main(): number {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const json = args.includes('--json');
  const { classifier, knowledgeBase } = BotKnowledge.load();
  const trainingTexts = [...knowledgeBase.trainingExamples(), ...knowledgeBase.outOfScopeExamples()].map((e) => e.text);
  const nearDuplicates = (texts: readonly string[]) => new Set(nearDuplicatePairs(trainingTexts, texts).map((p) => p.right)).size;

  if (file) {
    const lines = readEvaluationLines(file);
    const copied = nearDuplicates(lines.map((l) => l.text));
    if (copied > 0) process.stderr.write(`${copied} of ${lines.length} lines are near-duplicates of knowledge-base examples\n`);
    const report = evaluateClassifier(classified(classifier, lines));
    process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${formatEvaluationReport(report)}\n`);
    return 0;
  }

  const rows: SummaryRow[] = [];
  for (const evaluation of EVALUATION_FILES) {
    const lines = readEvaluationLines(evaluation.path);
    process.stderr.write(`${evaluation.name}: ${nearDuplicates(lines.map((l) => l.text))} of ${lines.length} lines are near-duplicates of training examples\n`);
    for (const report of evaluateClassifier(classified(classifier, lines))) rows.push({ source: evaluation.name, use: evaluation.use, report });
  }
  for (const dialogues of DIALOGUE_FILES) {
    const turns = readDialogueTurns(dialogues.path);
    process.stderr.write(`${dialogues.name}: ${nearDuplicates(turns)} of ${turns.length} turns are near-duplicates of training examples\n`);
  }
  const crossValidated = crossValidatedLines(knowledgeBase.trainingExamples(), knowledgeBase.outOfScopeExamples());
  for (const report of evaluateClassifier(crossValidated)) rows.push({ source: 'grouped-CV', use: 'examples, 5 folds, near-duplicates in one fold', report });
  process.stdout.write(json ? `${JSON.stringify(rows, null, 2)}\n` : `${formatEvaluationSummary(rows)}\n`);
  return 0;
}

function classified(classifier: IntentClassifier, lines: ReturnType<typeof readEvaluationLines>): EvaluatedLine[] {
  return lines.map((l) => {
    const prediction = classifier.classify(l.text);
    return { locale: l.locale, expected: l.intent, predicted: prediction.intent, confidence: prediction.confidence };
  });
}

process.exitCode = main();
