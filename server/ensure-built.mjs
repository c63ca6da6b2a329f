// Compiles the server (server/src and server/test, with the model, rules and demo data from src/) into
// server/dist when anything it is built from is newer than the last build. Used by `npm start` and
// by the browser tests' server proxy; `npm run build:server` always compiles.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'server', 'dist', '.built');
const inputs = ['server/src', 'server/test', 'server/tsconfig.json', 'src'].map((p) => join(root, p));

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stat.mtimeMs);
}

/** Whether server/dist is missing or older than its sources. */
export function serverBuildIsStale() {
  return !existsSync(stamp) || statSync(stamp).mtimeMs < Math.max(...inputs.map(newestChange));
}

export function buildServer() {
  const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', join(root, 'server', 'tsconfig.json')], { cwd: root, stdio: 'inherit' });
  } catch {
    throw new Error('The server does not compile: see the TypeScript errors above.');
  }
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

export function ensureServerBuilt() {
  if (serverBuildIsStale()) buildServer();
}

// `node server/ensure-built.mjs [--force]`
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    if (process.argv.includes('--force')) buildServer();
    else ensureServerBuilt();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
