import 'reflect-metadata';
import { BotKnowledge, evaluateClassifier, formatEvaluationReport, normalizeText } from '@okpay/bot';
import { isIntentId } from '@okpay/contracts';
import { readFileSync } from 'node:fs';

/**
 * `npm run bot:eval -- <file.jsonl>`: classifies every labelled line (`text`, `locale`, `intent`)
 * and prints per-locale in-scope accuracy, out-of-scope recall and precision, macro-F1, calibration
 * error and the top confusions. `--json` prints the report as JSON instead. Lines that are also
 * knowledge-base examples (after normalization) are counted on standard error: an evaluation file
 * must not be trained on, and such lines flatter the figures.
 */
function main(): number {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: npm run bot:eval -- <file.jsonl> [--json]\n');
    return 2;
  }
  const { classifier, knowledgeBase } = BotKnowledge.load();
  const examples = new Set([...knowledgeBase.trainingExamples(), ...knowledgeBase.outOfScopeExamples()].map((e) => normalizeText(e.text)));
  let seenInTraining = 0;
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const row = JSON.parse(l) as { text?: unknown; locale?: unknown; intent?: unknown };
      if (typeof row.text !== 'string' || !isIntentId(row.intent)) throw new Error(`line ${i + 1}: needs a string "text" and a known "intent"`);
      if (examples.has(normalizeText(row.text))) seenInTraining++;
      const prediction = classifier.classify(row.text);
      return { locale: typeof row.locale === 'string' ? row.locale : 'unknown', expected: row.intent, predicted: prediction.intent, confidence: prediction.confidence };
    });
  if (seenInTraining > 0) process.stderr.write(`${seenInTraining} of ${lines.length} lines are also knowledge-base examples\n`);
  const report = evaluateClassifier(lines);
  process.stdout.write(args.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : `${formatEvaluationReport(report)}\n`);
  return 0;
}

process.exitCode = main();
