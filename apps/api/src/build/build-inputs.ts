import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What the build reads besides the source trees: its scripts, compilers' settings and the locked dependencies. */
const ROOT_INPUTS = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', '.swcrc'];
const SOURCE_TREES = ['apps', 'libs'];
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist']);
/** Where a finished build records the hash of the inputs it was made from. */
export const BUILD_STAMP = join('dist', '.build-inputs');
/** The file `npm start` runs: a stamp without it is no build. */
const BUILT_MAIN = join('dist', 'apps', 'api', 'src', 'main.js');

function filesUnder(root: string, directory: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(root, directory), { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) found.push(...filesUnder(root, path));
    } else if (entry.isFile()) {
      found.push(path);
    }
  }
  return found;
}

/**
 * A hash of everything the build reads: each file's path and content, in a fixed order, so a
 * changed, added, removed or renamed source file changes it and a touched-but-same file does not.
 */
export function buildInputsHash(root: string): string {
  const files = [...ROOT_INPUTS.filter((file) => existsSync(join(root, file))), ...SOURCE_TREES.filter((tree) => existsSync(join(root, tree))).flatMap((tree) => filesUnder(root, tree))]
    .map((file) => relative(root, join(root, file)).split(sep).join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

/** True when dist holds a build made from exactly these inputs. */
export function isBuildCurrent(root: string, inputsHash: string): boolean {
  const stamp = join(root, BUILD_STAMP);
  return existsSync(join(root, BUILT_MAIN)) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === inputsHash;
}

export function recordBuild(root: string, inputsHash: string): void {
  writeFileSync(join(root, BUILD_STAMP), `${inputsHash}\n`);
}
