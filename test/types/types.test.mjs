/**
 * The framework typings as an integrator's TypeScript sees them: test/types/*.tsx and *.ts type-check
 * against `cert-elements`, `cert-elements/react` and `cert-elements/vue`, and every refusal there
 * (`@ts-expect-error`) still refuses.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The project's TypeScript (7), found as server/ensure-built.mjs finds it.
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

test('React 19 JSX, the React wrappers and Vue global components type-check as documented', () => {
  const run = spawnSync(process.execPath, [tsc, '-p', 'test/types/tsconfig.json', '--pretty', 'false'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(run.error, undefined);
  assert.equal(`${run.stdout}${run.stderr}`.trim(), '', 'tsc reported errors');
  assert.equal(run.status, 0);
});
