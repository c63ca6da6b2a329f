import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { describeFiles, gzipBytes, staticGraph } from './dist-files.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = `${root}dist/cert-elements.js`;

test('dist/cert-elements.js exists (run `npm run build` first)', () => {
  assert.ok(existsSync(entry), 'dist/cert-elements.js is missing');
});

test('what a page loads before its first PDF stays within budget.json', async () => {
  const { initialLoadGzipBytes } = JSON.parse(readFileSync(`${root}budget.json`, 'utf8'));
  const files = await staticGraph(entry);
  const total = files.reduce((sum, f) => sum + gzipBytes(f), 0);
  console.log(`initial load: ${total} B gzipped of ${initialLoadGzipBytes} B budget (${describeFiles(files, root)})`);
  assert.ok(
    total <= initialLoadGzipBytes,
    `initial load is ${total} B gzipped, over the budget of ${initialLoadGzipBytes} B`,
  );
});

test('jsPDF, fflate and fonts are not in the initial load', async () => {
  const files = await staticGraph(entry);
  const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  assert.doesNotMatch(code, /jsPDF PDF Document|addFileToVFS/, 'jsPDF is loaded with the page');
  assert.doesNotMatch(code, /\.woff2?|\.ttf/, 'a font is loaded with the page');
});
