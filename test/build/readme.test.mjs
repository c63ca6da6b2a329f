/**
 * The README's integration snippets are the consumer apps' own files: each fenced block headed
 * by `test/consumers/<app>/<file>`: must be that file, word for word, so that every snippet
 * an integrator copies is one `npm test` builds and runs in Chromium (test/consumers/run.mjs).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const snippets = [...readme.matchAll(/^`(test\/consumers\/[^`]+)`:\n+```\w*\n([\s\S]*?)```/gm)].map(
  ([, path, code]) => ({
    path,
    code,
  }),
);

test('the README quotes the consumer apps of every bundler and React', () => {
  const apps = new Set(snippets.map(({ path }) => path.split('/')[2]));
  for (const app of ['vite8', 'webpack5', 'rollup4', 'esbuild', 'react19-ts'])
    assert.ok(apps.has(app), `no snippet from ${app}`);
});

for (const { path, code } of snippets) {
  test(`the README's snippet from ${path} is that file`, () => {
    assert.ok(path.startsWith('test/consumers/'), `${path} is not a consumer app's file`);
    assert.ok(existsSync(join(root, path)), `${path} does not exist`);
    assert.equal(code.trim(), readFileSync(join(root, path), 'utf8').trim());
  });
}
