/**
 * What a page loads before its first PDF, per entry of the CDN build (the entry and its static
 * imports, gzipped): budget.json holds the ceilings, the issue's targets and what each entry carries.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { describeFiles, gzipBytes, staticGraph } from './dist-files.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { entries } = JSON.parse(readFileSync(`${root}budget.json`, 'utf8'));

test('budget.json names the three pages of issue 10', () => {
  assert.deepEqual(Object.keys(entries).sort(), ['cert-dashboard.js', 'cert-elements.js', 'cert-list.js']);
  for (const [file, { gzipBytes: budget, target }] of Object.entries(entries)) {
    assert.ok(Number.isInteger(budget) && budget > 0, `${file}: no budget`);
    assert.ok(Number.isInteger(target) && target <= budget, `${file}: the target is above the budget`);
  }
});

for (const [file, { gzipBytes: budget, target }] of Object.entries(entries)) {
  const entry = `${root}dist/${file}`;

  test(`dist/${file}: what a page loads before its first PDF stays within ${budget} B gzipped`, async () => {
    assert.ok(existsSync(entry), `dist/${file} is missing (run \`npm run build\` first)`);
    const files = await staticGraph(entry);
    const total = files.reduce((sum, f) => sum + gzipBytes(f), 0);
    const toTarget = total - target;
    console.log(
      `dist/${file}: ${total} B gzipped of ${budget} B budget, ` +
        `${toTarget > 0 ? `${toTarget} B above` : `${-toTarget} B under`} the ${target} B target ` +
        `(${describeFiles(files, root)})`,
    );
    assert.ok(total <= budget, `dist/${file} loads ${total} B gzipped, over its budget of ${budget} B`);
  });

  test(`dist/${file}: jsPDF, fflate, fonts, the Spanish table and PBKDF2 are not in the first load`, async () => {
    assert.ok(existsSync(entry), `dist/${file} is missing (run \`npm run build\` first)`);
    const code = (await staticGraph(entry)).map((f) => readFileSync(f, 'utf8')).join('\n');
    assert.doesNotMatch(code, /jsPDF PDF Document|addFileToVFS/, 'jsPDF is loaded with the page');
    assert.doesNotMatch(code, /unexpected EOF|invalid zip data|invalid block type/, 'fflate is loaded with the page');
    assert.doesNotMatch(code, /\.woff2?|\.ttf/, 'a font is loaded with the page');
    assert.doesNotMatch(code, /Cargando…|Reintentar/, 'the Spanish table is loaded with the page');
    assert.doesNotMatch(code, /pbkdf2|PBKDF2/, 'access-code hashing is loaded with the page');
  });
}
