import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The widget is one classic script (`/widget.js`, IIFE) so any site can embed it with a single
 * tag; its CSS is inlined into the bundle and adopted by its shadow root.
 */
export default defineConfig({
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  resolve: { alias: { '@okpay/contracts': `${repoRoot}libs/contracts/src/index.ts` } },
  // Lib mode leaves process.env alone; some dependencies still read NODE_ENV.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: `${repoRoot}dist/web/widget`,
    emptyOutDir: true,
    target: 'es2020',
    reportCompressedSize: false,
    lib: { entry: fileURLToPath(new URL('./src/main.tsx', import.meta.url)), formats: ['iife'], name: 'OKPayWidget', fileName: () => 'widget.js' },
  },
});
