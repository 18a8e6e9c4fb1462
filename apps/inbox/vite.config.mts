import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The agent inbox, a single-page app served under `/inbox/`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/inbox/',
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  resolve: { alias: { '@okpay/contracts': `${repoRoot}libs/contracts/src/index.ts` } },
  build: {
    outDir: `${repoRoot}dist/web/inbox`,
    emptyOutDir: true,
    target: 'es2020',
    reportCompressedSize: false,
    // No inline module-preload polyfill: the page's CSP allows scripts from 'self' only.
    modulePreload: { polyfill: false },
  },
});
