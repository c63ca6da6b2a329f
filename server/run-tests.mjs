// `npm run test:server`: the server's tests on SQLite, then again on a throwaway PostgreSQL
// (postgres.mjs), each store a run of its own, the end-to-end test in Chromium included. Arguments after `--` pick test files (the compiled
// .js), e.g. `node server/run-tests.mjs -- server/dist/server/test/shares.test.js`; `--sqlite` or
// `--postgres` runs one store only.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres } from './postgres.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const testDir = join(root, 'server', 'dist', 'server', 'test');
const args = process.argv.slice(2);
const dash = args.indexOf('--');
const picked = dash >= 0 ? args.slice(dash + 1) : [];
const all = readdirSync(testDir)
  .filter((f) => f.endsWith('.test.js'))
  .map((f) => join(testDir, f));
const files = picked.length > 0 ? picked : all;

function runTests(label, testFiles, env) {
  console.log(`\n=== server tests on ${label} ===`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--test', '--test-timeout=60000', '--test-force-exit', ...testFiles], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  console.log(
    `=== ${label}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${((performance.now() - started) / 1000).toFixed(1)} s ===`,
  );
  return result.status === 0;
}

let ok = true;
if (!args.includes('--postgres'))
  ok = runTests('SQLite', files, { TEST_POSTGRES_URL: '', TEST_POSTGRES_DATA: '' }) && ok;
if (!args.includes('--sqlite')) {
  const postgres = await startPostgres();
  const stop = () => postgres.stop();
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ]) {
    process.once(signal, () => {
      stop();
      process.exit(code);
    });
  }
  try {
    ok =
      runTests('PostgreSQL', files, {
        TEST_POSTGRES_URL: postgres.url,
        TEST_POSTGRES_DATA: postgres.dataDir,
      }) && ok;
  } finally {
    stop();
  }
}
process.exit(ok ? 0 : 1);
