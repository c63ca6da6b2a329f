/**
 * A real server for each test: its own temporary data folder and web root, a clock the test moves,
 * every log line kept, listening on a free 127.0.0.1 port. Nothing reaches beyond 127.0.0.1.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { startServer, type AppOptions, type RunningApp } from '../src/app.js';
import { defaultConfig, type ServerConfig } from '../src/config.js';

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
    ...options.config,
  });
  const { config: _c, clock: _k, dataDir: _d, webRoot: _w, ...appOptions } = options;
  const running = await startServer({
    ...appOptions,
    config,
    now: clock.now,
    logStream: { write: (line) => void logs.push(line) },
  });

  const server: TestServer = {
    ...running,
    dataDir,
    webRoot,
    clock,
    logs,
    session: null,
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
      const next = await startTestServer({ ...options, dataDir, webRoot, clock });
      next.session = server.session;
      return next;
    },
    async dispose() {
      await running.close();
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
