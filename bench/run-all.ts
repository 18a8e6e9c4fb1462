/**
 * `npm run bench`: every benchmark that measures the app against a bare baseline, one after the
 * other on this machine, then one table of their figures and ratios, written to bench/results.md
 * and into README.md between its `bench:results` markers. Needs `npm run build` (the script does it).
 * BENCHES=a,b picks some by name.
 */
import { spawnSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchResult } from './support/bench-result';
import { resultsTable, withResultsTable } from './support/results-table';

const ALL = ['wallet-reads', 'payments', 'email-inbound', 'widget-echo'];
const chosen = process.env.BENCHES ? process.env.BENCHES.split(',') : ALL;
const RESULTS = join(__dirname, 'results.md');
const README = join(__dirname, '../README.md');

function run(name: string, collected: string): void {
  const started = performance.now();
  const child = spawnSync(join(__dirname, '../node_modules/.bin/tsx'), ['--tsconfig', join(__dirname, '../tsconfig.json'), join(__dirname, `${name}.ts`)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_RESULTS: collected },
  });
  console.log(`${name}: exit ${child.status}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

function main(): void {
  const collected = join(tmpdir(), `okpay-bench-${process.pid}.jsonl`);
  rmSync(collected, { force: true });
  const load = loadavg().map((l) => l.toFixed(1)).join(', ');
  for (const name of chosen) run(name, collected);
  const results = existsSync(collected) ? readFileSync(collected, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as BenchResult) : [];
  rmSync(collected, { force: true });
  const text = resultsTable(results, new Date().toISOString().slice(0, 10), load);
  writeFileSync(RESULTS, `${text}\n`);
  writeFileSync(README, withResultsTable(readFileSync(README, 'utf8'), text));
  console.log(`\n${text}`);
}

main();
