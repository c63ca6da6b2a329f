import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

/** Every file a page loads for `entry` before any dynamic import(): the entry and its static imports, recursively. */
export async function staticGraph(entry) {
  await init;
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const [imports] = parse(readFileSync(file, 'utf8'));
    for (const i of imports) {
      const isDynamic = i.d > -1;
      if (!isDynamic && i.n && i.n.startsWith('.')) walk(join(dirname(file), i.n));
    }
  };
  walk(entry);
  return [...seen];
}

export function gzipBytes(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

export function describeFiles(files, root) {
  return files.map((f) => `${relative(root, f)} ${gzipBytes(f)} B`).join(', ');
}

/**
 * What a page pays for `entry` (a module of the npm build, e.g. dist/lib/cert-list.js) when an
 * integrator's bundler builds it: a minified Vite build of that one entry, with the package's
 * `sideEffects` honoured as any bundler does. Returns the gzipped bytes of the entry chunk and its
 * static imports (what loads before any `import()`), and the modules in them.
 *
 * Vite's own preload helper (`\0vite/preload-helper.js`, about 0.9 KB gz, a chunk of its own) is left
 * out: Vite puts it around every dynamic import in the app, whatever the app loads, so an app with any
 * lazy route of its own has it already, and Rollup, esbuild and webpack builds have no such helper (each
 * bundler has its own runtime, which is not what cert-elements costs). Everything else counts, the
 * bundler's glue between chunks included.
 */
export async function consumerBundle(entry) {
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: { input: entry, output: { minify: true } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const byName = new Map(outputs.map((o) => [o.fileName, o]));
  const seen = new Set();
  const walk = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const next of byName.get(name).imports) walk(next);
  };
  walk(outputs.find((o) => o.type === 'chunk' && o.isEntry).fileName);
  const chunks = [...seen].map((name) => byName.get(name)).filter((chunk) => !isBundlerHelper(chunk));
  return {
    gzipBytes: chunks.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0),
    modules: chunks.flatMap((chunk) => Object.keys(chunk.modules)),
  };
}

/** A chunk of nothing but Vite's preload helper (see consumerBundle). */
function isBundlerHelper(chunk) {
  const ids = Object.keys(chunk.modules);
  return ids.length > 0 && ids.every((id) => id === '\0vite/preload-helper.js');
}
