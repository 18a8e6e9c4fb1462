import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInputsHash, isBuildCurrent, recordBuild } from './build-inputs';

describe('build inputs', () => {
  let root: string;
  const write = (path: string, content: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'okpay-build-inputs-'));
    write('package.json', '{"name":"x"}');
    write('apps/api/src/main.ts', 'console.log(1);');
    write('libs/tickets/src/index.ts', 'export {};');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('gives the same hash for the same sources, and another when a source, a root input or a file name changes', () => {
    const first = buildInputsHash(root);
    expect(buildInputsHash(root)).toBe(first);

    write('apps/api/src/main.ts', 'console.log(2);');
    const edited = buildInputsHash(root);
    expect(edited).not.toBe(first);

    write('package.json', '{"name":"y"}');
    const rescripted = buildInputsHash(root);
    expect(rescripted).not.toBe(edited);

    rmSync(join(root, 'libs/tickets/src/index.ts'));
    write('libs/tickets/src/renamed.ts', 'export {};');
    expect(buildInputsHash(root)).not.toBe(rescripted);
  });

  it('ignores what the build writes and the installed dependencies', () => {
    const before = buildInputsHash(root);
    write('dist/apps/api/src/main.js', 'built');
    write('apps/widget/node_modules/x/index.js', 'installed');
    expect(buildInputsHash(root)).toBe(before);
  });

  it('calls a build current only when its stamp matches and the built app exists', () => {
    const hash = buildInputsHash(root);
    expect(isBuildCurrent(root, hash)).toBe(false);

    write('dist/apps/api/src/main.js', 'built');
    recordBuild(root, hash);
    expect(isBuildCurrent(root, hash)).toBe(true);

    write('apps/api/src/main.ts', 'console.log(3);');
    expect(isBuildCurrent(root, buildInputsHash(root))).toBe(false);

    rmSync(join(root, 'dist/apps/api/src/main.js'));
    expect(isBuildCurrent(root, hash)).toBe(false);
  });
});
