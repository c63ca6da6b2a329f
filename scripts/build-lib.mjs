/**
 * The npm build: dist/lib/ holds one plain ES module per file of src/ (TypeScript stripped, decorators
 * compiled, nothing bundled: every dependency stays an import for the integrator's bundler), and
 * dist/lib/assets/ the one flat folder of files the modules fetch (the fonts with their OFL
 * licences, the demo badge pictures), named with `new URL('../assets/file', import.meta.url)`;
 * dist/types/ holds the declarations. Run by `npm run build`
 * after `vite build` (the script-tag build, dist/*.js).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minifyCssTemplates } from './minify-css-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const lib = join(root, 'dist/lib');
if (!existsSync(join(root, 'dist/cert-elements.js'))) throw new Error('run `vite build` first (npm run build does)');
const types = join(root, 'dist/types');
// `vite build` ran first, emptied dist/ and wrote the files it fetches into dist/lib/assets/ (see vite.config.ts).
rmSync(types, { recursive: true, force: true });

/** The files under src/ (paths like `src/x/y.ts`) whose names end with one of `endings`. */
function sourceFiles(endings) {
  return readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && endings.some((ending) => entry.name.endsWith(ending)))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(root.length));
}

// TypeScript, and the JavaScript of src/vendor/ (the part of jsPDF the PDFs use) as it is.
const sources = [...sourceFiles(['.ts']).filter((file) => !file.endsWith('.d.ts')), ...sourceFiles(['.js'])];
await build({
  absWorkingDir: root,
  entryPoints: sources,
  outdir: lib,
  outbase: 'src',
  bundle: false,
  format: 'esm',
  target: 'es2022',
  charset: 'utf8',
  logLevel: 'warning',
  // The compiler options that change what the output does (tsconfig.json has the same).
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
});

// The elements' styles without their comments and indentation: every page that uses them loads them.
for (const file of readdirSync(lib, { recursive: true }).filter((name) => name.endsWith('.js'))) {
  const path = join(lib, file);
  const code = readFileSync(path, 'utf8');
  const minified = minifyCssTemplates(code);
  if (minified !== code) writeFileSync(path, minified);
}

// esbuild joins the certificate pool's split worker name ('./certificate-worker' + '.js'): split it
// again, so that an integrator's Vite (up to 7: one classic script per worker) leaves the worker alone
// while webpack 5, which evaluates the sum, still bundles it (src/export/certificate-pool.ts says why).
{
  const path = join(lib, 'export/certificate-pool.js');
  const code = readFileSync(path, 'utf8');
  const split = code.replace(
    'new Worker(new URL("./certificate-worker.js", import.meta.url)',
    'new Worker(new URL("./certificate-worker" + ".js", import.meta.url)',
  );
  if (split === code) throw new Error(`${path} no longer names its worker as scripts/build-lib.mjs expects`);
  writeFileSync(path, split);
}

// The files the modules fetch, and the licences that go with the fonts: src/assets/ as it is.
cpSync(join(root, 'src/assets'), join(lib, 'assets'), { recursive: true });

execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
// TypeScript names Lit's types by the module that declares them, lit-html, which is not a dependency
// of the package: name them by `lit`, which re-exports them.
for (const file of readdirSync(types, { recursive: true }).filter((name) => name.endsWith('.d.ts'))) {
  const path = join(types, file);
  const text = readFileSync(path, 'utf8');
  const fixed = text.replaceAll('import("lit-html")', 'import("lit")');
  if (fixed !== text) writeFileSync(path, fixed);
}
// Declaration-only sources (such as JSX and Vue type augmentations) are shipped as they are.
for (const file of sourceFiles(['.d.ts'])) {
  const target = join(types, file.slice('src/'.length));
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(root, file), target);
}
