/**
 * Builds the browser front end: `/playground` (GraphiQL) and `/explore` (the
 * path explorer), two separate entries so the explorer never loads GraphiQL or
 * Monaco. Output: `<project>/dist/playground`, served by ../router.ts.
 *
 *   vite build --config src/server/playground/web/vite.config.mts
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const web = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: web('.'),
  base: '/',
  logLevel: 'warn',
  // Nothing is copied verbatim: every asset comes from an import.
  publicDir: false,
  esbuild: { jsx: 'automatic', legalComments: 'none' },
  resolve: {
    alias: [
      // GraphiQL imports all of `monaco-editor`, which drags in the CSS, HTML
      // and TypeScript language services; it needs only GraphQL and JSON.
      { find: /^monaco-editor$/, replacement: web('./playground/monaco-slim.tsx') },
    ],
    dedupe: ['react', 'react-dom', 'graphql'],
  },
  worker: { format: 'es' },
  build: {
    outDir: web('../../../../dist/playground'),
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // Monaco alone is ~2.5 MB minified; it is loaded only by /playground.
    chunkSizeWarningLimit: 4096,
    modulePreload: { polyfill: false },
    rollupOptions: {
      // React libraries mark modules "use client"; that means nothing in a bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        playground: web('./playground.html'),
        explore: web('./explore.html'),
      },
    },
  },
});
