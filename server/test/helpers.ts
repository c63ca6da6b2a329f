/**
 * A real server for each test: its own temporary data folder and web root, a clock the test moves,
 * every log line kept, listening on a free 127.0.0.1 port. Nothing reaches beyond 127.0.0.1.
 *
 * The store is SQLite, or PostgreSQL when `TEST_POSTGRES_URL` names a database (test/postgres.mjs
 * starts a throwaway one and sets it): then each server, and each `testDatabase()`, gets a schema
 * of its own in it, dropped when disposed.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { startServer, type AppOptions, type RunningApp } from '../src/app.js';
import { defaultConfig, type ServerConfig } from '../src/config.js';
import { openPostgres, type Sql } from '../src/database.js';

/** The PostgreSQL database the tests run on, or `undefined` for SQLite. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL || undefined;
export const TEST_DIALECT = TEST_POSTGRES_URL ? 'postgres' : 'sqlite';

let admin: Sql | undefined;
const adminSql = () => (admin ??= openPostgres(TEST_POSTGRES_URL!, 2));

/** A fresh, empty database: a SQLite file in a new folder, or a new schema in the test PostgreSQL database. */
export async function testDatabase(): Promise<{ location: string; dispose(): Promise<void> }> {
  if (!TEST_POSTGRES_URL) {
    const dir = mkdtempSync(join(tmpdir(), 'cert-elements-db-'));
    const dispose = () => Promise.resolve(rmSync(dir, { recursive: true, force: true }));
    return { location: join(dir, 'db.sqlite'), dispose };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await adminSql().exec(`CREATE SCHEMA ${schema}`);
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    location: url.href,
    dispose: async () => void (await adminSql().exec(`DROP SCHEMA ${schema} CASCADE`)),
  };
}

/** The one number a `SELECT count(*) AS n …` answers. */
export async function count(sql: Sql, text: string, params: unknown[] = []): Promise<number> {
  const [row] = await sql.all<{ n: number }>(text, params);
  return Number(row.n);
}

export const DAY_MS = 86_400_000;

/** A clock the test moves by hand. */
export class ManualClock {
  time: number;
  constructor(start = '2026-03-02T09:00:00.000Z') {
    this.time = Date.parse(start);
  }
  now = (): Date => new Date(this.time);
  advance(ms: number): void {
    this.time += ms;
  }
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, `undefined` when empty; a test says which shape it expects (src/model.ts, ProblemBody). */
  json: unknown;
}

export interface TestServer extends RunningApp {
  dataDir: string;
  /** The PostgreSQL URL (its own schema) when the tests run on PostgreSQL, else `null`. */
  databaseUrl: string | null;
  /** `count(server.sql, …)`. */
  count(text: string, params?: unknown[]): Promise<number>;
  webRoot: string;
  clock: ManualClock;
  logs: string[];
  /** `fetch` on the API (`/api` + `path`), with the signed-in session unless `cookie: null`. */
  api(
    path: string,
    init?: {
      method?: string;
      body?: unknown;
      rawBody?: string | Buffer;
      headers?: Record<string, string>;
      cookie?: string | null;
    },
  ): Promise<Reply>;
  /** `fetch` on the server's own URL for pages and files. */
  page(path: string): Promise<Reply>;
  /** Signs in as the demo learner; later `api` calls carry that session. */
  signIn(): Promise<string>;
  session: string | null;
  /** Stops this server (the data stays) and starts another on the same data folder. */
  restart(): Promise<TestServer>;
  /** Stops the server and deletes its folders. */
  dispose(): Promise<void>;
}

export interface TestServerOptions extends Omit<AppOptions, 'config' | 'now' | 'logStream'> {
  config?: Partial<ServerConfig>;
  clock?: ManualClock;
  dataDir?: string;
  webRoot?: string;
  /** Another server's database (PostgreSQL), to share it; a fresh one by default. */
  database?: { location: string; dispose(): Promise<void> };
}

const SHARED_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Shared transcript</title></head>
<body><transcript-viewer mode="shared"></transcript-viewer><script type="module" src="/dist/cert-elements.js"></script></body></html>
`;

function makeWebRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'cert-elements-web-'));
  mkdirSync(join(root, 'dist', 'chunks'), { recursive: true });
  mkdirSync(join(root, 'demo'));
  mkdirSync(join(root, 'src', 'assets'), { recursive: true });
  writeFileSync(join(root, 'src', 'assets', 'accessibility.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'src', 'assets', 'noto-sans-latin-400-normal.woff'), 'wOFF');
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><title>demo</title><cert-dashboard api-base="/api"></cert-dashboard>',
  );
  writeFileSync(join(root, 'shared.html'), SHARED_HTML);
  writeFileSync(
    join(root, 'verify.html'),
    '<!doctype html><title>Verify</title><cert-verify api-base="/api"></cert-verify><script type="module" src="/dist/cert-elements.js"></script>',
  );
  writeFileSync(join(root, 'dist', 'cert-elements.js'), 'export {};\n');
  writeFileSync(join(root, 'dist', 'chunks', 'jspdf-abc.js'), 'export {};\n');
  writeFileSync(join(root, 'demo', 'demo.js'), 'export {};\n');
  writeFileSync(join(root, 'demo', 'memory.ts'), 'export {};\n');
  writeFileSync(join(root, 'package.json'), '{"private": "not to be served"}\n');
  return root;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cert-elements-data-'));
  const webRoot = options.webRoot ?? makeWebRoot();
  const clock = options.clock ?? new ManualClock();
  const logs: string[] = [];
  const database = options.database ?? (TEST_POSTGRES_URL ? await testDatabase() : undefined);
  const config = defaultConfig({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    webRoot,
    // Cheap hashes: the cost is not what these tests check (access-codes.test.ts checks the default).
    scryptLog2N: 10,
    logLevel: 'trace',
    // The tests sign in as the demo learner; demo-sign-in.test.ts checks that it is off by default.
    demoSignIn: true,
    databaseUrl: database?.location ?? null,
    ...options.config,
  });
  const { config: _c, clock: _k, dataDir: _d, webRoot: _w, database: _b, ...appOptions } = options;
  const running = await startServer({
    ...appOptions,
    config,
    now: clock.now,
    logStream: { write: (line) => void logs.push(line) },
  });

  const server: TestServer = {
    ...running,
    dataDir,
    databaseUrl: config.databaseUrl,
    webRoot,
    clock,
    logs,
    session: null,
    count: (text, params) => count(running.sql, text, params),
    async api(path, init = {}) {
      const headers: Record<string, string> = { accept: 'application/json, application/problem+json', ...init.headers };
      const cookie = init.cookie === undefined ? server.session : init.cookie;
      if (cookie) headers.cookie = `session=${cookie}`;
      let body: string | Buffer | undefined;
      if (init.rawBody !== undefined) body = init.rawBody;
      else if (init.body !== undefined) body = JSON.stringify(init.body);
      if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
        headers['content-type'] = 'application/json';
      return read(
        await fetch(new URL(`api${path}`, running.url), {
          method: init.method ?? (body === undefined ? 'GET' : 'POST'),
          headers,
          body,
        }),
      );
    },
    async page(path) {
      return read(await fetch(new URL(path, running.url)));
    },
    async signIn() {
      const reply = await fetch(new URL('api/demo/sign-in', running.url), { method: 'POST' });
      const cookie = reply.headers.getSetCookie().find((c) => c.startsWith('session='));
      if (reply.status !== 204 || !cookie) throw new Error(`sign-in failed: ${reply.status}`);
      server.session = cookie.slice('session='.length).split(';')[0];
      return server.session;
    },
    async restart() {
      await running.close();
      const next = await startTestServer({ ...options, dataDir, webRoot, clock, database });
      next.session = server.session;
      if (!options.database && database) {
        const disposeNext = next.dispose.bind(next);
        next.dispose = async () => {
          await disposeNext();
          await database.dispose();
        };
      }
      return next;
    },
    async dispose() {
      await running.close();
      // A database handed in belongs to whoever handed it in.
      if (!options.database) await database?.dispose();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(webRoot, { recursive: true, force: true });
    },
  };
  return server;
}

/** A request sent as written, for paths `fetch` would normalise (`..`, bad escapes). */
export function rawRequest(
  base: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers))
            if (typeof value === 'string') headers.set(name, value);
          const json: unknown = /json/.test(headers.get('content-type') ?? '') ? JSON.parse(text) : undefined;
          resolve({ status: res.statusCode!, headers, text, json });
        });
      },
    );
    req.on('error', reject).end(init.body);
  });
}

async function read(response: Response): Promise<Reply> {
  const text = await response.text();
  let json: unknown;
  if (text !== '' && /json/.test(response.headers.get('content-type') ?? '')) json = JSON.parse(text);
  return { status: response.status, headers: response.headers, text, json };
}

/** A distinctive access code, so a search of files and logs for it cannot hit anything else. */
export function uniqueCode(label: string): string {
  return `${label}-${Math.random().toString(36).slice(2, 10)}-Zq9`;
}
