/** The demo sign-in: off unless configured, limited per address, and its session cleanup indexed. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { configFromEnv, defaultConfig } from '../src/config.js';
import { main } from '../src/main.js';
import { startTestServer } from './helpers.js';

describe('demo sign-in', () => {
  it('is off unless configured: no route, a 404 problem', async () => {
    assert.equal(defaultConfig().demoSignIn, false);
    assert.equal(configFromEnv({}).demoSignIn, false);
    assert.equal(configFromEnv({ DEMO_SIGN_IN: 'true' }).demoSignIn, true);
    const server = await startTestServer({ config: { demoSignIn: false } });
    try {
      const reply = await server.api('/demo/sign-in', { method: 'POST', cookie: null });
      assert.equal(reply.status, 404);
      assert.equal(reply.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      await assert.rejects(server.signIn(), /sign-in failed: 404/);
    } finally {
      await server.dispose();
    }
  });

  it('limits new sessions per address and minute; a signed-in visitor keeps theirs without counting', async () => {
    const server = await startTestServer({ config: { demoSignInsPerMinute: 5 } });
    try {
      const signIn = (cookie: string | null = null) => server.api('/demo/sign-in', { method: 'POST', cookie });
      const first = await server.signIn();
      for (let i = 0; i < 10; i++) assert.equal((await signIn(first)).status, 204, 'already signed in');
      const statuses = [];
      for (let i = 0; i < 8; i++) statuses.push((await signIn()).status);
      assert.deepEqual(statuses, [204, 204, 204, 204, 429, 429, 429, 429]);
      const limited = await signIn();
      assert.equal(limited.headers.get('retry-after'), '60');
      assert.equal(limited.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      assert.equal(await server.count('SELECT count(*) AS n FROM sessions'), 5);
      server.clock.advance(60_000);
      assert.equal((await signIn()).status, 204, 'a minute later');
    } finally {
      await server.dispose();
    }
  });

  it('deletes expired sessions through an index on their expiry', async () => {
    const server = await startTestServer();
    try {
      const NOW = '2026-01-01T00:00:00.000Z';
      const sql = 'DELETE FROM sessions WHERE expires_at <= ?';
      const plan =
        server.sql.dialect === 'sqlite'
          ? (await server.sql.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, [NOW])).map((p) => p.detail)
          : // A handful of rows is read faster whole: PostgreSQL is told not to, to see that the index serves.
            await server.sql.transaction(async (tx) => {
              await tx.exec('SET LOCAL enable_seqscan = off');
              const rows = await tx.all<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, [NOW]);
              return rows.map((r) => r['QUERY PLAN']);
            });
      assert.match(
        plan.join('\n'),
        /(USING (COVERING )?INDEX|Index Scan using|Index Only Scan using|Bitmap Index Scan on) sessions_by_expiry/,
      );
    } finally {
      await server.dispose();
    }
  });

  it('is announced on the console when on, as `npm start` has it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cert-elements-main-'));
    const lines: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => void lines.push(args.join(' '));
    try {
      const env = { PORT: '0', DATA_DIR: dataDir, WEB_ROOT: 'none', LOG_LEVEL: 'silent' };
      const on = await main({ ...env, DEMO_SIGN_IN: 'true' });
      await on.close();
      assert.ok(
        lines.some((l) => /demo sign-in is on/i.test(l)),
        lines.join('\n'),
      );
      lines.length = 0;
      const off = await main(env);
      await off.close();
      assert.ok(!lines.some((l) => /demo sign-in/i.test(l)), lines.join('\n'));
    } finally {
      console.log = log;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
