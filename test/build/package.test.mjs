/**
 * The package as an integrator receives it: `npm pack`'s file list, checked by publint and
 * @arethetypeswrong/cli and against what the shipped code really imports.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { init, parse } from 'es-module-lexer';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = (name) => join(root, 'node_modules/.bin', name);

/** The files `npm pack` would put in the tarball, with their sizes. */
const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root }))[0];
const files = packed.files.map((f) => f.path);

/** The Chinese, Japanese and Korean PDF font slices (scripts/vendor-cjk-fonts.mjs): fetched one by one, only when a PDF draws their characters. */
const isCjkSlice = (file) => /\/noto-sans-(sc|tc|jp|kr)-\d+-400-normal\.woff$/.test(file);

test('the tarball stays small, and its size is printed: the code, and apart from it the CJK font slices', () => {
  const cjk = packed.files.filter((f) => isCjkSlice(f.path));
  const cjkBytes = cjk.reduce((sum, f) => sum + f.size, 0);
  const rest = packed.unpackedSize - cjkBytes;
  console.log(
    `packed ${packed.size} B, unpacked ${packed.unpackedSize} B, ${files.length} files: ` +
      `${cjk.length} CJK font slices ${cjkBytes} B, everything else ${rest} B unpacked`,
  );
  // The tarball of everything else, as npm would pack it (tar and gzip over all of it at once).
  const others = files.filter((f) => !isCjkSlice(f));
  const othersPacked = execFileSync('tar', ['-czf', '-', '-T', '-'], {
    cwd: root,
    input: others.join('\n'),
    maxBuffer: 64 * 1024 * 1024,
  }).length;
  console.log(`without the CJK slices the tarball is ${othersPacked} B`);
  assert.ok(rest < 5_000_000, `everything but the CJK slices unpacks to ${rest} B`);
  // 1.1 MB until the certificate pool (the script-tag build's worker has its own copy of jsPDF, as
  // Vite bundles a worker apart from the page: about 66 KB gz of code and 25 KB of maps), 1.2 MB then;
  // 1.4 MB with the eleven languages' tables (in both builds) and the CJK slices' ranges.
  assert.ok(othersPacked < 1_500_000, `the tarball holds ${othersPacked} B besides the CJK slices`);
  assert.ok(cjk.length === 0 || cjkBytes < 14_000_000, `the CJK slices take ${cjkBytes} B`);
});

test('no published source map carries the sources', () => {
  const maps = files.filter((f) => f.endsWith('.map'));
  for (const map of maps) {
    const { sourcesContent } = JSON.parse(readFileSync(join(root, map), 'utf8'));
    assert.ok(!sourcesContent?.some(Boolean), `${map} carries sourcesContent`);
  }
});

test("jsPDF's html2canvas, canvg, DOMPurify and PNG decoder are not shipped: src/vendor/jspdf/ has none of its plugins that use them", () => {
  assert.deepEqual(
    files.filter((f) => /html2canvas|canvg|purify|index\.es-/i.test(f)),
    [],
  );
  const code = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(root, f), 'utf8'));
  // Their own code: html2canvas's banner (Niklas von Hertzen), DOMPurify's (cure53), a canvg class.
  assert.ok(
    !code.some((c) => /Niklas von Hertzen|cure53|FeGaussianBlurElement/.test(c)),
    'an optional jsPDF dependency is inside a chunk',
  );
  // fast-png (with pako and iobuffer): the part of jsPDF in src/vendor/jspdf/ reads no images.
  assert.ok(!code.some((c) => /wrong PNG signature/.test(c)), 'fast-png is inside a chunk');
});

test('every file the library fetches ships once, in dist/lib/assets/, each font with its OFL licence beside it', () => {
  const dir = 'dist/lib/assets/';
  const fonts = files.filter((f) => f.startsWith(dir) && f.endsWith('.woff'));
  assert.ok(fonts.length >= 12, `${dir} has ${fonts.length} fonts`);
  for (const family of ['noto-sans', 'noto-sans-arabic', 'noto-sans-hebrew']) {
    assert.ok(files.includes(`${dir}OFL-${family}.txt`), `${dir}OFL-${family}.txt is missing`);
  }
  assert.ok(files.includes(`${dir}community-mentor.png`), 'the demo badge pictures are in the asset folder');
  // One flat folder: nothing below it, and no font or picture anywhere else in the package.
  const assets = files.filter((f) => /\.(woff2?|png|svg|txt)$/.test(f) && f.startsWith('dist/'));
  assert.deepEqual(
    assets.filter((f) => !f.startsWith(dir) || f.slice(dir.length).includes('/')),
    [],
  );
  // The script-tag build points at these same files (its chunks name them by their unhashed names).
  const chunks = files.filter((f) => /^dist\/[^/]+\.js$|^dist\/chunks\/.+\.js$/.test(f));
  const named = chunks.flatMap((f) => [...readFileSync(join(root, f), 'utf8').matchAll(/lib\/assets\/([\w.-]+)/g)]);
  assert.ok(named.length >= 12, `the script-tag build names ${named.length} asset files`);
  for (const [, name] of named) assert.ok(files.includes(`${dir}${name}`), `the script-tag build names ${name}`);
});

test('the runtime dependencies are exactly the packages the shipped modules import', async () => {
  await init;
  const imported = new Set();
  for (const file of files.filter((f) => f.startsWith('dist/lib/') && f.endsWith('.js'))) {
    for (const { n } of parse(readFileSync(join(root, file), 'utf8'))[0]) {
      if (!n || n.startsWith('.')) continue;
      imported.add(n.startsWith('@') ? n.split('/').slice(0, 2).join('/') : n.split('/')[0]);
    }
  }
  const peers = Object.keys(pkg.peerDependencies ?? {});
  assert.deepEqual([...imported].filter((name) => !peers.includes(name)).sort(), Object.keys(pkg.dependencies).sort());
  // Declarations import only what the package depends on too.
  for (const file of files.filter((f) => f.endsWith('.d.ts'))) {
    const code = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, name] of code.matchAll(/(?:from |import\()["']([^."'][^"']*)["']/g)) {
      const pkgName = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0];
      assert.ok(pkgName in pkg.dependencies || peers.includes(pkgName), `${file} imports ${name}, not a dependency`);
    }
  }
});

test('every exported path exists in the tarball, with types for each module', () => {
  for (const [path, target] of Object.entries(pkg.exports)) {
    if (path.includes('*')) continue;
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    for (const t of targets) assert.ok(files.includes(t.replace(/^\.\//, '')), `${path} -> ${t} is not packed`);
    if (/\.js$|^\.(\/[a-z-]+)?$/.test(path) && !path.endsWith('.json')) {
      assert.ok(typeof target === 'object' && target.types, `${path} has no types`);
    }
  }
});

test('the metadata an integrator looks for is there', () => {
  for (const key of ['description', 'license', 'repository', 'homepage', 'bugs', 'keywords', 'engines']) {
    assert.ok(pkg[key], `package.json has no ${key}`);
  }
  assert.ok(existsSync(join(root, 'LICENSE')) && files.includes('LICENSE'));
  assert.ok(files.includes('README.md') && files.includes('custom-elements.json'));
});

test('publint finds nothing', () => {
  const out = execFileSync(bin('publint'), ['--strict'], { cwd: root, encoding: 'utf8' });
  assert.doesNotMatch(out, /error|warning|suggestion/i, out);
});

test('@arethetypeswrong/cli finds no problem for ESM consumers', () => {
  // Exits non-zero on a problem; CommonJS `require` is not offered (the package is ESM only).
  execFileSync(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii'], {
    cwd: root,
    stdio: 'pipe',
  });
});

test('every module that adds to the English table when it loads is listed in sideEffects', () => {
  // Such a module (addEnglish at its top level) does its work by being imported; a bundler that
  // believed it free of side effects would drop that work when nothing else of it is used, and the
  // elements would read strings that are not there (as Storybook's build did with cert-list/actions.ts).
  const sources = readdirSync(join(root, 'src'), { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => /^addEnglish\(/m.test(readFileSync(join(root, 'src', file), 'utf8')));
  assert.ok(sources.length >= 5, `found ${sources.length}`);
  for (const file of sources) {
    assert.ok(pkg.sideEffects.includes(`./src/${file}`), `./src/${file} is not in sideEffects`);
    assert.ok(
      pkg.sideEffects.includes(`./dist/lib/${file.replace(/\.ts$/, '.js')}`),
      `its dist/lib module is not in sideEffects`,
    );
  }
});
