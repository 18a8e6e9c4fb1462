import { BenchResult } from './bench-result';

/** Where `npm run bench` writes its table in README.md. */
export const README_MARKERS = ['<!-- bench:results -->', '<!-- /bench:results -->'] as const;

const formatted = (value: number, unit: string) => `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${unit}`.trim();

/** The table of one `npm run bench` run: per benchmark the app's figure, the bare baseline's and their ratio. */
export function resultsTable(results: readonly BenchResult[], date: string, load: string): string {
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

/** The README with `table` between its markers in place of the previous one; unchanged when it has no markers. */
export function withResultsTable(readme: string, table: string): string {
  const [start, end] = [readme.indexOf(README_MARKERS[0]), readme.indexOf(README_MARKERS[1])];
  if (start < 0 || end <= start) return readme;
  return `${readme.slice(0, start + README_MARKERS[0].length)}\n${table}\n${readme.slice(end)}`;
}

/** The table between the README's markers, or null. */
export function readmeResultsTable(readme: string): string | null {
  const [start, end] = [readme.indexOf(README_MARKERS[0]), readme.indexOf(README_MARKERS[1])];
  return start >= 0 && end > start ? readme.slice(start + README_MARKERS[0].length, end).trim() : null;
}
