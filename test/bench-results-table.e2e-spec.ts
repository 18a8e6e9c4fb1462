import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchResult } from '../bench/support/bench-result';
import { readmeResultsTable, resultsTable, withResultsTable } from '../bench/support/results-table';

/** The table `npm run bench` prints and writes into the README: each benchmark's app figure, bare figure and ratio. */
describe('the bench results table', () => {
  const reads: BenchResult = {
    bench: 'wallet reads',
    measure: 'reads/s',
    unit: '/s',
    app: 8597.3,
    baseline: 11132.8,
    baselineIs: 'Fastify + pg',
    higherIsBetter: true,
    note: 'p99 app 7 ms',
  };

  it('gives each benchmark its app figure, its baseline and their ratio, and a dash where there is no baseline', () => {
    const table = resultsTable([reads, { bench: 'bot', measure: 'turns/s', unit: '/s', app: 42.25, higherIsBetter: true }], '2026-12-04', '1.0, 2.0, 3.0');

    const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| bench') && !line.startsWith('| ---'));
    expect(rows).toEqual(['| wallet reads | reads/s | 8597 /s | 11133 /s (Fastify + pg) | 0.77 | p99 app 7 ms |', '| bot | turns/s | 42.3 /s | — | — |  |']);
    expect(table).toContain('Measured 2026-12-04 by `npm run bench`');
    expect(table).toContain('(load average before: 1.0, 2.0, 3.0)');
  });

  it('replaces only what is between the README markers, and leaves a README without them alone', () => {
    const readme = 'intro\n<!-- bench:results -->\nold table\n<!-- /bench:results -->\nafter\n';

    const written = withResultsTable(readme, 'new table');

    expect(written).toBe('intro\n<!-- bench:results -->\nnew table\n<!-- /bench:results -->\nafter\n');
    expect(readmeResultsTable(written)).toBe('new table');
    expect(withResultsTable('no markers here', 'new table')).toBe('no markers here');
  });

  it('is in the README as the last run wrote it, with a ratio on every row', () => {
    const root = join(__dirname, '..');
    const inReadme = readmeResultsTable(readFileSync(join(root, 'README.md'), 'utf8'));

    expect(inReadme).toBe(readFileSync(join(root, 'bench/results.md'), 'utf8').trim());
    const rows = inReadme!.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| bench') && !line.startsWith('| ---'));
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) expect(row.split(' | ')[4]).toMatch(/^\d+\.\d\d$/);
  });
});
