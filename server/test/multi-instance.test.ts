/**
 * Two server processes on one database, as behind a load balancer: a session and a share made on
 * one work on the other, and every limit counts requests to both as one. Each process is the real
 * `main.js` with settings from the environment; on SQLite they share one file, on PostgreSQL one
 * schema.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { TranscriptShare } from '../../src/model.js';
import { TEST_POSTGRES_URL, testDatabase, uniqueCode } from './helpers.js';

const MAIN = fileURLToPath(new URL('../src/main.js', import.meta.url));

interface Instance {
  url: string;
  process: ChildProcess;
  output: string[];
}

/** Starts `main.js` and resolves with its URL once it says it listens. */
function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start in 20 s:\n${output.join('')}`)), 20_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output.push(chunk);
      const url = /reference server: (http:\/\/\S+)/.exec(output.join(''))?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, process: child, output });
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output.join('')}`));
    });
  });
}

function stopInstance(instance: Instance): Promise<void> {
  if (instance.process.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    instance.process.once('exit', () => resolve());
    instance.process.kill('SIGTERM');
  });
}

async function call(
  instance: Instance,
  path: string,
  init: { body?: unknown; cookie?: string; method?: string } = {},
): Promise<{ status: number; json: unknown; headers: Headers }> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.cookie) headers.cookie = `session=${init.cookie}`;
  const reply = await fetch(new URL(`api${path}`, instance.url), {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await reply.text();
  return { status: reply.status, json: text ? (JSON.parse(text) as unknown) : undefined, headers: reply.headers };
}

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((t, s) => ({ ...t, [s]: (t[s] ?? 0) + 1 }), {});

describe(`two server processes on one ${TEST_POSTGRES_URL ? 'PostgreSQL' : 'SQLite'} database`, () => {
  let a: Instance;
  let b: Instance;
  let cookie: string;
  const folders: string[] = [];
  let database: Awaited<ReturnType<typeof testDatabase>>;

  before(async () => {
    database = await testDatabase();
    const env = (name: string) => {
      const dataDir = mkdtempSync(join(tmpdir(), `cert-elements-${name}-`));
      folders.push(dataDir);
      return {
        PORT: '0',
        DATA_DIR: dataDir,
        ...(TEST_POSTGRES_URL ? { DATABASE_URL: database.location } : { DATABASE_FILE: database.location }),
        WEB_ROOT: 'none',
        LOG_LEVEL: 'silent',
        DEMO_SIGN_IN: 'true',
        SCRYPT_LOG2_N: '10',
        MAX_ACTIVE_SHARES: '3',
        EMAILS_PER_HOUR: '5',
        SHARE_MAX_FAILED_ATTEMPTS: '10',
        CLIENT_MAX_FAILED_ATTEMPTS: '1000',
        SHARE_SUSPEND_AFTER_FAILURES: '1000',
      };
    };
    // Started together on an empty database: one migrates, the other waits for it.
    [a, b] = await Promise.all([startInstance(env('a')), startInstance(env('b'))]);
    const signIn = await fetch(new URL('api/demo/sign-in', a.url), { method: 'POST' });
    cookie = /session=([^;]+)/.exec(signIn.headers.get('set-cookie') ?? '')![1];
  });

  after(async () => {
    await Promise.all([a, b].filter(Boolean).map(stopInstance));
    await database?.dispose();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('signs in on one and is signed in on the other; a share made on one opens on the other', async () => {
    assert.equal((await call(b, '/learner', { cookie })).status, 200);
    const code = uniqueCode('both');
    const created = await call(a, '/transcript/shares', { body: { accessCode: code, includeAddress: false }, cookie });
    assert.equal(created.status, 201);
    const { transcriptId } = created.json as TranscriptShare;
    const viewed = await call(b, '/shared-transcripts/view', { body: { transcriptId, accessCode: code } });
    assert.equal(viewed.status, 200);
    const listed = (await call(b, '/transcript/shares', { cookie })).json as TranscriptShare[];
    assert.ok(listed.some((s) => s.transcriptId === transcriptId));
    assert.equal((await call(b, `/transcript/shares/${transcriptId}`, { method: 'DELETE', cookie })).status, 204);
    assert.equal(
      (await call(a, '/shared-transcripts/view', { body: { transcriptId, accessCode: code } })).status,
      404,
      'revoked on the other',
    );
  });

  it('counts wrong codes on both toward one limit: 16 parallel guesses, 8 on each, are 10 × 404 and 6 × 429', async () => {
    const code = uniqueCode('limit');
    const created = await call(b, '/transcript/shares', { body: { accessCode: code, includeAddress: false }, cookie });
    const { transcriptId } = created.json as TranscriptShare;
    const guesses = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        call(i % 2 ? a : b, '/shared-transcripts/view', { body: { transcriptId, accessCode: `${code}-${i}` } }),
      ),
    );
    assert.deepEqual(tally(guesses.map((g) => g.status)), { 404: 10, 429: 6 });
    for (const instance of [a, b]) {
      const right = await call(instance, '/shared-transcripts/view', { body: { transcriptId, accessCode: code } });
      assert.equal(right.status, 429, 'this address has used up its attempts on both');
    }
    await call(a, `/transcript/shares/${transcriptId}`, { method: 'DELETE', cookie });
  });

  it('holds the active-share cap over both: 10 parallel creations, 5 on each, make 3 shares', async () => {
    const created = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(i % 2 ? a : b, '/transcript/shares', {
          body: { accessCode: uniqueCode(`cap${i}`), includeAddress: false },
          cookie,
        }),
      ),
    );
    assert.deepEqual(tally(created.map((c) => c.status)), { 201: 3, 409: 7 });
  });

  it('holds the e-mail cap over both: 12 parallel e-mails, 6 on each, send 5', async () => {
    const sent = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        call(i % 2 ? a : b, '/transcript/email', {
          body: { to: `hr${i}@example.com`, includeAddress: false },
          cookie,
        }),
      ),
    );
    assert.deepEqual(tally(sent.map((s) => s.status)), { 204: 5, 429: 7 });
  });
});
