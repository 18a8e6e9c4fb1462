import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getMetadataArgsStorage } from 'typeorm';

/**
 * Entities stay inside their lib: no index.ts hands one out, and the dependency rules stop an app
 * or an index that reaches for one. Not an e2e test (no app, no database), but the unit project
 * only looks under apps/ and libs/.
 */
const ROOT = join(__dirname, '..');
const LIBS = readdirSync(join(ROOT, 'libs'));

interface DependencyCruiserReport {
  readonly summary: { readonly violations: readonly { readonly from: string; readonly to: string; readonly rule: { readonly name: string } }[] };
}

describe('lib faces', () => {
  it('no lib index exports a TypeORM entity class', async () => {
    const exported = new Map<unknown, string>();
    for (const lib of LIBS) {
      const face = (await import(join(ROOT, 'libs', lib, 'src', 'index.ts'))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(face)) exported.set(value, `@okpay/${lib}: ${name}`);
    }
    const entities = getMetadataArgsStorage().tables.map((table) => table.target);
    // Loading the libs' modules registered their entities: the check below has something to find.
    expect(entities.length).toBeGreaterThan(20);
    expect(entities.filter((entity) => exported.has(entity)).map((entity) => exported.get(entity))).toEqual([]);
  });

  it('the dependency rules reject an app importing an entity and an index re-exporting one', async () => {
    const fixture = join(ROOT, 'test', 'fixtures', 'lib-faces');
    const depcruise = join(ROOT, 'node_modules', '.bin', 'depcruise');
    const args = ['apps', 'libs', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'];
    // depcruise exits non-zero when it finds violations; its report is on stdout either way.
    const stdout = await promisify(execFile)(depcruise, args, { cwd: fixture }).then(
      (result) => result.stdout,
      (error: { stdout: string }) => error.stdout,
    );
    const violations = (JSON.parse(stdout) as DependencyCruiserReport).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(violations).toEqual(
      expect.arrayContaining([
        'apps-do-not-import-entities: apps/api/src/leaky-controller.ts → libs/leaky/src/leaky.entity.ts',
        'lib-faces-export-no-entities: libs/leaky/src/index.ts → libs/leaky/src/leaky.entity.ts',
      ]),
    );
  });
});
