/**
 * Renders cert-elements the way a server does, with Lit SSR (`@lit-labs/ssr`) in Node: the
 * package's own entries (`src/<tag>.ts`) and `test/ssr/cases.ts`, bundled with esbuild (Node cannot
 * import TypeScript), with `lit` and every other package left to Node, as a server would load them.
 *
 *   const server = await serverBundle();           // once
 *   const html = await server.render({ tag: 'cert-list', lang: 'es', data });
 *   await server.dispose();
 *
 * Run as a script, it reads a JSON array of cases on stdin and writes a JSON array of HTML: the
 * `ssr-render` command of the test runner (test/support/ssr-plugin.mjs) uses it so, in a process of
 * its own, since Lit SSR puts a DOM shim into the globals of the process that runs it.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ENTRIES = {
  'cert-list': 'src/cert-list.ts',
  'badge-share': 'src/badge-share.ts',
  'transcript-viewer': 'src/transcript-viewer.ts',
  'cert-dashboard': 'src/cert-dashboard.ts',
  'cert-verify': 'src/cert-verify.ts',
  // `cert-elements/locales/es`: a server that renders Spanish has its table ready before rendering.
  'locales-es': 'src/i18n/locales/es.ts',
  cases: 'test/ssr/cases.ts',
};

/** Bundles the entries into a folder under node_modules/.cache (so that `lit` resolves from there) and loads them. */
export async function serverBundle() {
  const cache = join(root, 'node_modules/.cache');
  await mkdir(cache, { recursive: true });
  const outdir = await mkdtemp(join(cache, 'cert-elements-ssr-'));
  try {
    await build({
      absWorkingDir: root,
      entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, join(root, path)])),
      outdir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'es2022',
      tsconfig: join(root, 'tsconfig.json'),
      // Packages stay imports, so that the elements and @lit-labs/ssr share one `lit`.
      packages: 'external',
      // The entries' side effects (registering the tags) are the point, whatever package.json's `sideEffects` says.
      ignoreAnnotations: true,
      loader: { '.png': 'file', '.svg': 'file', '.woff': 'file', '.woff2': 'file', '.ttf': 'file' },
      logLevel: 'error',
    });
    const { render: ssrRender } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const load = (name) => import(pathToFileURL(join(outdir, `${name}.js`)).href);
    const cases = await load('cases');
    await load('locales-es');
    return {
      cases,
      /** Imports the tag's entry, as a server that uses only this element would. */
      define: (tag) => load(tag),
      /** The HTML for one case, with declarative shadow DOM; `deferHydration` leaves the element to the page's `hydrate()`. */
      async render(ssrCase, { deferHydration = false } = {}) {
        await load(ssrCase.tag);
        return collectResult(ssrRender(cases.ssrTemplate(ssrCase), { deferHydration }));
      },
      dispose: () => rm(outdir, { recursive: true, force: true }),
    };
  } catch (error) {
    await rm(outdir, { recursive: true, force: true });
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const server = await serverBundle();
  try {
    const pages = [];
    for (const ssrCase of JSON.parse(input)) pages.push(await server.render(ssrCase, { deferHydration: true }));
    process.stdout.write(JSON.stringify(pages));
  } finally {
    await server.dispose();
  }
}
