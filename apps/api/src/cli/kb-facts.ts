import 'reflect-metadata';
import { factsCatalogueExamples } from '@okpay/bot';
import { findKnowledgeBaseDir, withExampleValues } from '@okpay/knowledge-base';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run kb:facts`: rewrites the example column of knowledge-base/FACTS.md from the fact engine
 * (wallet-core's fees, limits and timings, the default support calendar and contacts). A unit test
 * fails while the file differs from what this writes.
 */
function main(): number {
  const path = join(findKnowledgeBaseDir(), 'FACTS.md');
  const before = readFileSync(path, 'utf8');
  const after = withExampleValues(before, factsCatalogueExamples());
  if (after === before) {
    process.stdout.write(`${path}: up to date\n`);
    return 0;
  }
  writeFileSync(path, after);
  process.stdout.write(`${path}: example values rewritten\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`kb:facts failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
