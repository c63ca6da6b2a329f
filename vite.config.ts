import { defineConfig } from 'vite';

/**
 * `vite build` writes dist/cert-elements.js: one minified ES module with Lit inside for a
 * `<script type="module">` tag; PDF, ZIP and font code are lazy chunks beside it.
 * `vite build --mode npm` writes dist/lib/index.js for bundlers, with the dependencies left as imports.
 * Both write a demo-data.js beside their entry: the demo learner, for `import { demoData } from 'cert-elements/demo-data'`.
 */
export default defineConfig(({ mode }) => {
  const npm = mode === 'npm';
  return {
    publicDir: false,
    // Font files are found next to the chunk that asks for them, wherever dist/ is served from.
    base: './',
    build: {
      outDir: 'dist',
      emptyOutDir: !npm,
      target: 'es2022',
      sourcemap: true,
      minify: !npm,
      reportCompressedSize: false,
      // Never inline assets as data: URLs, which a strict img-src or font-src refuses.
      assetsInlineLimit: 0,
      // No preload helper: lazy chunks are fetched when first needed, and the entry stays smaller.
      modulePreload: false,
      rolldownOptions: {
        // The demo data is its own entry (and the chunk MemoryAdapter loads when given no data).
        input: { [npm ? 'index' : 'cert-elements']: 'src/index.ts', 'demo-data': 'src/demo/demo-data.ts' },
        // The entry may export more than its own API, so shared code can live in it instead of extra chunks.
        preserveEntrySignatures: 'allow-extension',
        external: npm ? [/^lit(\/|$)/, /^@lit\//, /^jspdf$/, /^fflate$/, /^uqr$/] : [],
        output: {
          entryFileNames: npm ? 'lib/[name].js' : '[name].js',
          chunkFileNames: npm ? 'lib/chunks/[name]-[hash].js' : 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
          minify: !npm,
        },
      },
    },
  };
});
