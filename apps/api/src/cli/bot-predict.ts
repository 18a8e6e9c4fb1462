import 'reflect-metadata';
import { BotKnowledge } from '@okpay/bot';
import { createInterface } from 'node:readline';

/**
 * `npm run --silent bot:predict`: JSON Lines in (`text`, optionally `locale`), the same lines out
 * with `intent` and `confidence` added. The server's knowledge base and model; no database, no
 * network, nothing else on standard output. A line that is not a JSON object with a string `text`
 * is reported on standard error and skipped, and the exit code is then 1.
 */
async function main(): Promise<number> {
  const { classifier } = BotKnowledge.load();
  let bad = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch {
      input = undefined;
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input) || typeof (input as { text?: unknown }).text !== 'string') {
      process.stderr.write(`line ${lineNumber}: expected a JSON object with a string "text"\n`);
      bad++;
      continue;
    }
    const prediction = classifier.classify((input as { text: string }).text);
    process.stdout.write(`${JSON.stringify({ ...input, intent: prediction.intent, confidence: Math.round(prediction.confidence * 10_000) / 10_000 })}\n`);
  }
  return bad > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`bot:predict failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
