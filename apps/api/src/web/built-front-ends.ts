import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The Vite output of apps/widget and apps/inbox, which `npm run build` writes to <repo>/dist/web.
 * Found from this file's own place, so it is the same directory whether the api runs built
 * (dist/apps/api/src/web) or from source under jest (apps/api/src/web).
 */
export class BuiltFrontEnds {
  private readonly cache = new Map<string, Buffer | null>();

  constructor(readonly root: string = join(repositoryRoot(__dirname), 'dist', 'web')) {}

  get inboxAssetsDir(): string {
    return join(this.root, 'inbox', 'assets');
  }

  widgetScript(): Buffer | null {
    return this.file(join('widget', 'widget.js'));
  }

  inboxPage(): Buffer | null {
    return this.file(join('inbox', 'index.html'));
  }

  /** Built files do not change while the app runs: read once. */
  private file(relative: string): Buffer | null {
    if (!this.cache.has(relative)) {
      const path = join(this.root, relative);
      this.cache.set(relative, existsSync(path) ? readFileSync(path) : null);
    }
    return this.cache.get(relative)!;
  }
}

function repositoryRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}
