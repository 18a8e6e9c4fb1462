import { KnowledgeBase } from '@okpay/knowledge-base';

/** `npm run --silent bot:training-data`: every example the classifier is trained on, as JSON Lines `{text, locale, intent}`. */
try {
  for (const { text, locale, intent } of KnowledgeBase.load().trainingExamples()) process.stdout.write(`${JSON.stringify({ text, locale, intent })}\n`);
} catch (error) {
  process.stderr.write(`bot:training-data failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
