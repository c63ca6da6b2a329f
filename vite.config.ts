import { defineConfig, type Plugin } from 'vite';
import { minifyCssTemplatesPlugin } from './scripts/minify-css-templates.mjs';

/**
 * The script-tag build's one entry. (A page that wants one element alone uses the npm build,
 * `cert-elements/cert-list`, whose bundler splits at that entry.) The demo learner is a lazy chunk,
 * loaded by `MemoryAdapter`'s demo: as a second entry it made rolldown cut what the two share into
 * chunks of their own, each with its own gzip window and imports (28.5 KB gz against 30.4).
 */
const ENTRIES = { 'cert-elements': 'src/script-tag.ts' };

/**
 * Library mode inlines every `new URL('./file', import.meta.url)` asset as a data: URL, which a strict
 * font-src refuses and which would put every font in the JavaScript: this marks the library's own
 * asset URLs `?no-inline`, so they are written to dist/lib/assets/ as files.
 */
function assetsAsFiles(): Plugin {
  const assetUrl = /new URL\((['"])(\.{1,2}\/[^'"?]+\.(?:woff2?|png|svg))\1,\s*import\.meta\.url\)/g;
  return {
    name: 'cert-elements:assets-as-files',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('import.meta.url')) return null;
      const marked = code.replace(
        assetUrl,
        (_, quote: string, path: string) => `new URL(${quote}${path}?no-inline${quote}, import.meta.url)`,
      );
      return marked === code ? null : { code: marked, map: null };
    },
  };
}

/**
 * The certificate pool names its worker `'./certificate-worker' + '.js'` so that integrators' Vite
 * (up to 7: one classic script per worker, no lazy chunks) leaves it alone; here, where the worker
 * is built as an ES module, the name is joined back into the pattern Vite bundles.
 */
function certificateWorker(): Plugin {
  return {
    name: 'cert-elements:certificate-worker',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/export/certificate-pool.ts')) return null;
      const joined = code.replace(
        "new URL('./certificate-worker' + '.js', import.meta.url)",
        "new URL('./certificate-worker.js', import.meta.url)",
      );
      if (joined === code) this.error('certificate-pool.ts no longer names its worker as this plugin expects');
      return { code: joined, map: null };
    },
  };
}

/**
 * `vite build` writes the script-tag build: minified ES modules with Lit inside, in dist/
 * (`cert-elements.js` registers every tag); PDF, ZIP and font code are lazy chunks in dist/chunks/. A library-mode build: no
 * bundler-internal helper in the output. The npm build (`scripts/build-lib.mjs`) is separate.
 */
export default defineConfig({
  publicDir: false,
  // Font files are found next to the chunk that asks for them, wherever dist/ is served from.
  base: './',
  plugins: [certificateWorker(), assetsAsFiles(), minifyCssTemplatesPlugin()],
  // The certificate pool's worker (src/export/certificate-worker.ts), a module file of its own in
  // dist/chunks/: an ES module, as `{ type: 'module' }` starts it, so it splits jsPDF and the fonts' URLs into lazy chunks too.
  worker: {
    format: 'es',
    plugins: () => [assetsAsFiles()],
    rolldownOptions: {
      output: {
        entryFileNames: 'chunks/[name]-[hash].js',
        // Its own copies of what it shares with the page's chunks (jsPDF, fflate): named apart from them.
        chunkFileNames: 'chunks/worker-[name]-[hash].js',
        assetFileNames: 'lib/assets/[name][extname]',
        minify: true,
        sourcemapExcludeSources: true,
      },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    // Never inline assets as data: URLs, which a strict img-src or font-src refuses.
    assetsInlineLimit: 0,
    lib: { entry: ENTRIES, formats: ['es'] },
    rolldownOptions: {
      // The entry may export more than its own API, so code it shares with lazy chunks lives in it instead of extra chunks.
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Every asset (fonts, demo pictures) goes, unhashed, into the npm build's one asset folder,
        // dist/lib/assets/, beside the fonts' OFL licences: the package holds each file once, and
        // setAssetBase() users copy that one folder.
        assetFileNames: 'lib/assets/[name][extname]',
        minify: true,
        // Everything the first load has goes into one file, the entry, though lazy chunks share some of
        // it: left alone, rolldown gives such modules (Lit, the tokens) chunks of their own, and each
        // costs its gzip window and import overhead.
        codeSplitting: {
          groups: [
            {
              name: 'shared',
              tags: ['$initial'],
              test: /[\\/]src[\\/]|node_modules/,
            },
          ],
        },
        // The maps name the sources; they do not carry them (the package stays small).
        sourcemapExcludeSources: true,
      },
    },
  },
});
