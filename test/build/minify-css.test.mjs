/**
 * The npm build minifies the elements' css`…` templates (scripts/minify-css-templates.mjs): each
 * stylesheet must mean what its source says, as a CSS minifier (lightningcss) reads both.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';
import { minifyCssTemplates } from '../../scripts/minify-css-templates.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const templates = (code) => [...code.matchAll(/\bcss`([^`\\]*)`/g)].map((m) => m[1]);
// lightningcss keeps a custom property's value as written: there, a space after a comma (a font list) means nothing either.
const canonical = (css) =>
  transform({ filename: 'x.css', code: Buffer.from(css), minify: true, errorRecovery: false })
    .code.toString()
    .replaceAll(', ', ',');

test('every css`` template in src/ means the same after minifying', () => {
  const files = readdirSync(`${root}src`, { recursive: true }).filter((f) => f.endsWith('.ts'));
  let sheets = 0;
  for (const file of files) {
    const code = readFileSync(`${root}src/${file}`, 'utf8');
    const before = templates(code);
    const after = templates(minifyCssTemplates(code));
    assert.equal(after.length, before.length, file);
    before.forEach((css, i) => {
      if (css.trim()) assert.ok(after[i].length < css.length, `${file}: template ${i} did not get smaller`);
      assert.equal(canonical(after[i]), canonical(css), `${file}: template ${i} changed meaning`);
    });
    sheets += before.length;
  }
  assert.ok(sheets >= 6, `only ${sheets} stylesheets found`);
});

test('quoted strings and interpolations are kept; comments and spacing go', () => {
  const code =
    "css`\n  a::before { content: '  two  spaces ';  }\n  /* a comment */\n  b > c:hover , d { margin: ${x}  0; }\n`";
  assert.equal(minifyCssTemplates(code), "css`a::before{content:'  two  spaces ';}b > c:hover,d{margin:${x} 0;}`");
});
