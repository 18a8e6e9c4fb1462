import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const BOT_SOURCE = join(__dirname, '..');

// `locale === 'zh-CN'`, `request.locale !== "en"`, `'en' === locale`: wording that belongs in the catalogs.
const LOCALE_BRANCH = /\blocale\s*[!=]==?\s*['"](?:zh-CN|en)['"]|['"](?:zh-CN|en)['"]\s*[!=]==?\s*[\w.]*\blocale\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [relative(BOT_SOURCE, path)] : [];
  });
}

describe('the bot chooses its words from the message catalogs', () => {
  it('no source file outside the catalogs branches on the locale', () => {
    const branching = sourceFiles(BOT_SOURCE).filter((file) => LOCALE_BRANCH.test(readFileSync(join(BOT_SOURCE, file), 'utf8')));
    expect(branching).toEqual([]);
  });
});
