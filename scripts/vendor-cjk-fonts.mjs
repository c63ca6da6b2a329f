/**
 * Copies the Chinese (Simplified and Traditional), Japanese and Korean PDF fonts into the package:
 * the regular weight of Noto Sans SC, TC, JP and KR (SIL OFL 1.1) as Fontsource publishes it, about
 * a hundred WOFF slices per family, each holding the characters of one `unicode-range`. A PDF fetches
 * only the slices holding the characters it draws. Writes the slices and the licence into src/assets/
 * and, per family, their URLs and ranges into src/export/fonts/cjk-<family>.ts. Run by hand (`node scripts/vendor-cjk-fonts.mjs`) to
 * change the version; the packages are large (70 MB each), so they are not devDependencies.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CJK_FAMILY_PACKAGES, writeCjkFontModules } from './cjk-font-modules.mjs';

const VERSION = '5.3.0';
const FAMILIES = CJK_FAMILY_PACKAGES;
const root = fileURLToPath(new URL('..', import.meta.url));
const assets = join(root, 'src/assets');
const work = mkdtempSync(join(tmpdir(), 'cjk-fonts-'));

/** `U+4e00-4e01,U+4e03` as `4e00-4e01,4e03`, the form src/export/built-in-fonts.ts parses. */
const rangeSpec = (css) =>
  css
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, '').toLowerCase())
    .join(',');

const slices = {};
try {
  for (const [key, name] of Object.entries(FAMILIES)) {
    const pkg = `@fontsource/${name}@${VERSION}`;
    const tarball = execFileSync('npm', ['pack', pkg, '--silent'], { cwd: work, encoding: 'utf8' }).trim();
    const dir = join(work, key);
    mkdirSync(dir);
    execFileSync('tar', ['xzf', join(work, tarball), '-C', dir, 'package/400.css', 'package/LICENSE', 'package/files']);
    const css = readFileSync(join(dir, 'package/400.css'), 'utf8');
    const blocks = [...css.matchAll(/\/\* ([\w-]+)-\[(\d+)\]-400-normal \*\/[\s\S]*?unicode-range: ([^;]+);/g)];
    if (blocks.length < 50) throw new Error(`${pkg}: ${blocks.length} numbered slices in 400.css, expected about 100`);
    slices[key] = blocks
      .map(([, , n, ranges]) => ({ n: Number(n), ranges: rangeSpec(ranges) }))
      .sort((a, b) => a.n - b.n);
    for (const { n } of slices[key]) {
      const file = `${name}-${n}-400-normal.woff`;
      copyFileSync(join(dir, 'package/files', file), join(assets, file));
    }
    copyFileSync(join(dir, 'package/LICENSE'), join(assets, `OFL-${name}.txt`));
    console.log(`${pkg}: ${slices[key].length} slices`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

writeCjkFontModules(root, slices, VERSION);
console.log(
  `${readdirSync(assets).filter((f) => /^noto-sans-(sc|tc|jp|kr)-\d+-400-normal\.woff$/.test(f)).length} slices in src/assets/`,
);
