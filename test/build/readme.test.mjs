/**
 * The integration snippets of the README and of docs/frameworks.md are the consumer apps' own
 * files: each fenced block headed by `test/consumers/<app>/<file>`: must be that file, word for
 * word, so that every snippet an integrator copies is one `npm test` builds and runs in Chromium
 * (test/consumers/run.mjs).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The blocks of a Markdown file headed by a line "`test/consumers/<app>/<file>`:". */
function snippets(doc) {
  const text = readFileSync(join(root, doc), 'utf8');
  return [...text.matchAll(/^`(test\/consumers\/[^`]+)`:\n+```\w*\n([\s\S]*?)```/gm)].map(([, path, code]) => ({
    doc,
    path,
    code,
  }));
}

const docs = {
  'README.md': ['vite8', 'webpack5', 'rollup4', 'esbuild', 'react19-ts'],
  'docs/frameworks.md': ['angular', 'svelte5'],
};

for (const [doc, expected] of Object.entries(docs)) {
  test(`${doc} quotes the consumer apps ${expected.join(', ')}`, () => {
    const apps = new Set(snippets(doc).map(({ path }) => path.split('/')[2]));
    for (const app of expected) assert.ok(apps.has(app), `no snippet from ${app}`);
  });

  for (const { path, code } of snippets(doc)) {
    test(`${doc}'s snippet from ${path} is that file`, () => {
      assert.ok(existsSync(join(root, path)), `${path} does not exist`);
      assert.equal(code.trim(), readFileSync(join(root, path), 'utf8').trim());
    });
  }
}
