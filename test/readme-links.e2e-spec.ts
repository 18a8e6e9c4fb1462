import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * The README and docs/ send a reader only to what the repo holds. Not an e2e test, but the unit
 * project only looks under apps/ and libs/; it needs no app or database.
 */
const ROOT = join(__dirname, '..');
const TOP_LEVEL = new Set(readdirSync(ROOT));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
  );
}

const DOCUMENTS = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))];

/** Relative link targets of `[text](target)`, without their #anchor. */
function relativeLinks(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1])
    .filter((target) => !/^(https?:|mailto:|#)/.test(target))
    .map((target) => target.split('#')[0]);
}

/**
 * Backticked spans that name a path in the repo: they start with a top-level entry of the repo,
 * or leave it (`../`, `shared/`, which a clone does not have). A glob is checked up to its
 * first wildcard; a bare `*.md` name must be at the root or beside the document.
 */
function repoPaths(text: string): string[] {
  return [...text.matchAll(/`([^`\s]+)`/g)]
    .map((match) => match[1])
    .filter((span) => {
      const first = span.split('/')[0];
      return (span.includes('/') && (TOP_LEVEL.has(first) || first === '..' || first === 'shared')) || /^[\w.-]+\.md$/.test(span);
    })
    .map((span) => span.split(/[*…<{?]/)[0]);
}

/** A path, or the start of a glob's path (`test/browser-`): something in the repo begins with it. */
function existsFrom(base: string, path: string): boolean {
  if (existsSync(join(base, path))) return true;
  const dir = join(base, dirname(path));
  const prefix = path.slice(path.lastIndexOf('/') + 1);
  return prefix !== '' && existsSync(dir) && readdirSync(dir).some((name) => name.startsWith(prefix));
}

describe.each(DOCUMENTS.map((file) => [relative(ROOT, file), file]))('%s', (_name, file) => {
  const text = readFileSync(file, 'utf8');

  it('links only to files the repo holds', () => {
    const missing = relativeLinks(text).filter((target) => !existsSync(join(dirname(file), target)));
    expect(missing).toEqual([]);
  });

  it('names only repo paths that exist', () => {
    const missing = repoPaths(text).filter((path) => !existsFrom(ROOT, path) && !existsFrom(dirname(file), path));
    expect(missing).toEqual([]);
  });

  it('cites no design document outside the repo', () => {
    expect(text).not.toMatch(/\bDESIGN\b/);
  });
});
