import { readFileSync } from 'node:fs';
import type axe from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe findings on the page as it is now; axe must have checked something. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Injected by evaluation: the pages' CSP forbids inline script tags, not evaluation.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate<axe.AxeResults>('axe.run(document)');
  if (results.passes.length < 10) throw new Error(`axe passed only ${results.passes.length} checks: it did not look at the page`);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
