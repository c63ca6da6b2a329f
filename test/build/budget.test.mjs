/**
 * What a page pays before its first PDF, in gzipped bytes, against budget.json:
 * - `cert-list` and `cert-dashboard`: an integrator's bundler building `import 'cert-elements/cert-list'`
 *   (or `/cert-dashboard`) from the npm build, dist/lib/ (a minified Vite build of that one entry);
 * - `all`: the script-tag build, dist/cert-elements.js and its static imports.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { consumerBundle, describeFiles, gzipBytes, staticGraph } from './dist-files.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = `${root}dist/cert-elements.js`;
const { budgets } = JSON.parse(readFileSync(`${root}budget.json`, 'utf8'));

test('dist/cert-elements.js and dist/lib/ exist (run `npm run build` first)', () => {
  assert.ok(existsSync(entry), 'dist/cert-elements.js is missing');
  assert.ok(existsSync(`${root}dist/lib/cert-list.js`), 'dist/lib/cert-list.js is missing');
});

test('the script-tag build loads no more than budgets.all before the first PDF', async () => {
  const files = await staticGraph(entry);
  const total = files.reduce((sum, f) => sum + gzipBytes(f), 0);
  console.log(`all-in script: ${total} B gzipped of ${budgets.all} B (${describeFiles(files, root)})`);
  assert.ok(total <= budgets.all, `the all-in script loads ${total} B gzipped, over its budget of ${budgets.all} B`);
});

for (const element of ['cert-list', 'cert-dashboard']) {
  test(`a bundler's build of cert-elements/${element} loads no more than budgets['${element}']`, async () => {
    const { gzipBytes: total, modules } = await consumerBundle(`${root}dist/lib/${element}.js`);
    console.log(`cert-elements/${element}: ${total} B gzipped of ${budgets[element]} B (${modules.length} modules)`);
    assert.ok(
      total <= budgets[element],
      `cert-elements/${element} loads ${total} B gzipped, over its budget of ${budgets[element]} B`,
    );
    const own = modules.filter((id) => id.includes('/dist/lib/'));
    assert.ok(
      own.some((id) => id.endsWith(`components/${element}/define.js`)),
      `<${element}> is not registered`,
    );
    const laterEnglish = own.filter((id) => /i18n\/en-(badges|transcript|pdf)\.js$/.test(id));
    assert.deepEqual(laterEnglish, [], `cert-elements/${element} loads English its first paint does not show`);
    if (element === 'cert-list') {
      const others = own.filter((id) => /components\/(cert-dashboard|badge-share|transcript-viewer)\//.test(id));
      assert.deepEqual(others, [], 'cert-elements/cert-list pulls in other elements');
    }
  });
}

test('jsPDF, fflate, fonts, the Spanish table and PBKDF2 are not in the initial load', async () => {
  const files = await staticGraph(entry);
  const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  assert.doesNotMatch(code, /jsPDF PDF Document|addFileToVFS/, 'jsPDF is loaded with the page');
  assert.doesNotMatch(code, /unexpected EOF|invalid zip data|invalid block type/, 'fflate is loaded with the page');
  assert.doesNotMatch(code, /\.woff2?|\.ttf/, 'a font is loaded with the page');
  assert.doesNotMatch(code, /Cargando…|Reintentar/, 'the Spanish table is loaded with the page');
  assert.doesNotMatch(code, /pbkdf2|PBKDF2/, 'access-code hashing is loaded with the page');
});
