// A throwaway PostgreSQL for the tests and the load test: initdb in a temporary folder, started on a
// free 127.0.0.1 port (and a socket in that folder), stopped and deleted afterwards. PostgreSQL
// refuses to run as root, so as root it runs as the `postgres` user (Debian's package creates it).
// The binaries: PG_BIN, else the newest /usr/lib/postgresql/<version>/bin, else initdb on the PATH;
// missing, scripts/ensure-system-deps.sh installs Debian's `postgresql` package.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function binDir() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const versions = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .filter((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`))
        .sort((x, y) => Number(y) - Number(x))
    : [];
  if (versions.length > 0) return `/usr/lib/postgresql/${versions[0]}/bin`;
  try {
    execFileSync('sh', ['-c', 'command -v initdb'], { stdio: 'ignore' });
    return null; // on the PATH
  } catch {
    return undefined;
  }
}

/** The user's uid and gid. */
function owner(user) {
  return ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, user]).toString()));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a PostgreSQL (`durable`: with fsync, as in production); resolves with its URL, its data folder and a `stop()` that removes it. */
export async function startPostgres({ durable = false } = {}) {
  let bin = binDir();
  if (bin === undefined) {
    execFileSync('sh', [join(root, 'scripts', 'ensure-system-deps.sh')], { stdio: 'inherit' });
    bin = binDir();
    if (bin === undefined)
      throw new Error('PostgreSQL (initdb, pg_ctl) is not installed; install Debian’s postgresql package.');
  }
  const tool = (name) => (bin ? join(bin, name) : name);
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'cert-elements-pg-'));
  const user = 'postgres';
  const run = (name, args) => {
    const [command, all] = asRoot ? ['runuser', ['-u', user, '--', tool(name), ...args]] : [tool(name), args];
    execFileSync(command, all, { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  if (asRoot) chownSync(dir, ...owner(user));
  const data = join(dir, 'data');
  const port = await freePort();
  // A password, not trust: anyone on the machine can reach a 127.0.0.1 port.
  const password = randomBytes(18).toString('base64url');
  const passwordFile = join(dir, 'password');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (asRoot) chownSync(passwordFile, ...owner(user));
  try {
    run('initdb', [
      '-D',
      data,
      '-U',
      'cert',
      `--pwfile=${passwordFile}`,
      '-A',
      'scram-sha-256',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
      '--no-instructions',
    ]);
    // Durability off for the tests: their database is thrown away, and fsync would be most of its time.
    const fast = durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${fast}`;
    run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${error.stderr?.toString() ?? error.message}`, { cause: error });
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return { url: `postgres://cert:${password}@127.0.0.1:${port}/postgres`, dataDir: data, stop };
}
