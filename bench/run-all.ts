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

const ALL = ['wallet-reads', 'payments', 'email-inbound', 'widget-echo'];
const chosen = process.env.BENCHES ? process.env.BENCHES.split(',') : ALL;
const RESULTS = join(__dirname, 'results.md');
const README = join(__dirname, '../README.md');
const MARKERS = ['<!-- bench:results -->', '<!-- /bench:results -->'] as const;

function run(name: string, collected: string): void {
  const started = performance.now();
  const child = spawnSync(join(__dirname, '../node_modules/.bin/tsx'), ['--tsconfig', join(__dirname, '../tsconfig.json'), join(__dirname, `${name}.ts`)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_RESULTS: collected },
  });
  console.log(`${name}: exit ${child.status}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const formatted = (value: number, unit: string) => `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${unit}`.trim();

function table(results: BenchResult[], date: string, load: string): string {
  const rows = results.map((r) => {
    const ratio = r.baseline ? (r.app / r.baseline).toFixed(2) : '—';
    return `| ${r.bench} | ${r.measure} | ${formatted(r.app, r.unit)} | ${r.baseline ? `${formatted(r.baseline, r.unit)} (${r.baselineIs})` : '—'} | ${ratio} | ${r.note ?? ''} |`;
  });
  return [
    `Measured ${date} by \`npm run bench\`, app and baseline in the same run (load average before: ${load}).`,
    'A ratio is app ÷ baseline: for throughput, 1.00 would be as fast as the bare server; for CPU per message, above 1.00 is what the app costs more.',
    '',
    '| bench | measure | app | bare baseline | ratio | note |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function main(): void {
  const collected = join(tmpdir(), `okpay-bench-${process.pid}.jsonl`);
  rmSync(collected, { force: true });
  const load = loadavg().map((l) => l.toFixed(1)).join(', ');
  for (const name of chosen) run(name, collected);
  const results = existsSync(collected) ? readFileSync(collected, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as BenchResult) : [];
  rmSync(collected, { force: true });
  const text = table(results, new Date().toISOString().slice(0, 10), load);
  writeFileSync(RESULTS, `${text}\n`);
  const readme = readFileSync(README, 'utf8');
  const [start, end] = [readme.indexOf(MARKERS[0]), readme.indexOf(MARKERS[1])];
  if (start >= 0 && end > start) writeFileSync(README, `${readme.slice(0, start + MARKERS[0].length)}\n${text}\n${readme.slice(end)}`);
  console.log(`\n${text}`);
}

main();
