/**
 * scrypt behind a bounded queue: a few hashes at a time, so that static files (whose reads share
 * libuv's thread pool with scrypt) stay fast and memory stays bounded; beyond the queue, 503.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProblemBody } from '../src/problems.js';
import { startTestServer, uniqueCode, type TestServer } from './helpers.js';

/** `count` wrong views of unknown IDs at once, all from this test's one address. */
function wrongViews(server: TestServer, count: number) {
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      server.api('/shared-transcripts/view', {
        body: {
          transcriptId: `${'23456789ABCDEFGHJKLMNPQRSTUVWXYZ'[i % 32]}${'Z'.repeat(11)}${'23456789'[i >> 5]}`,
          accessCode: uniqueCode('q'),
        },
        cookie: null,
      }),
    ),
  );
}

describe('the scrypt queue', () => {
  it('keeps a static file under 100 ms while 30 wrong views are checked', async () => {
    // 2^16: 64 MiB and about 0.2 s a hash, enough to fill libuv's four threads without a queue.
    const server = await startTestServer({ config: { scryptLog2N: 16, clientMaxFailedAttempts: 1000 } });
    try {
      await server.shares.prepare();
      const idle = performance.now();
      assert.equal((await server.page('/dist/cert-elements.js')).status, 200);
      const idleMs = performance.now() - idle;
      const views = wrongViews(server, 30);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        const reply = await server.page('/dist/cert-elements.js');
        times.push(performance.now() - start);
        assert.equal(reply.status, 200);
      }
      const statuses = (await views).map((r) => r.status);
      assert.deepEqual([...new Set(statuses)], [404], 'all 30 checked, none refused');
      console.log(
        `static file: idle ${idleMs.toFixed(1)} ms, during 30 views ${times.map((t) => t.toFixed(1)).join(', ')} ms`,
      );
      assert.ok(Math.max(...times) < 100, `static file took ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    } finally {
      await server.dispose();
    }
  });

  it('answers 503 with Retry-After once the queue is full, and counts no failure for it', async () => {
    const server = await startTestServer({
      // 2^16 (about 0.2 s): the first hash outlasts the admission of all 12, which on PostgreSQL
      // take a round trip each, one address's at a time.
      config: { scryptLog2N: 16, scryptConcurrency: 1, scryptQueueLength: 3, clientMaxFailedAttempts: 1000 },
    });
    try {
      await server.shares.prepare();
      const replies = await wrongViews(server, 12);
      const refused = replies.filter((r) => r.status === 503);
      assert.equal(replies.filter((r) => r.status === 404).length, 4, 'one hashing and three waiting');
      assert.equal(refused.length, 8);
      for (const reply of refused) {
        assert.ok(Number(reply.headers.get('retry-after')) >= 1);
        assert.equal(reply.headers.get('content-type'), 'application/problem+json; charset=utf-8');
        assert.equal((reply.json as ProblemBody).status, 503);
      }
      assert.equal(await server.count("SELECT count(*) AS n FROM share_view_attempts WHERE scope = 'client'"), 4);
      await server.signIn();
      const created = await Promise.all(
        Array.from({ length: 8 }, () =>
          server.api('/transcript/shares', { body: { accessCode: uniqueCode('c'), includeAddress: false } }),
        ),
      );
      assert.deepEqual(
        [...new Set(created.map((r) => r.status))].sort(),
        [201, 503],
        'share creation waits in the same queue',
      );
    } finally {
      await server.dispose();
    }
  });

  it('keeps memory bounded while 12 shares are made at once at the production cost', async () => {
    const server = await startTestServer({ config: { scryptLog2N: 17 } });
    try {
      await server.signIn();
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
      const created = await Promise.all(
        Array.from({ length: 12 }, () =>
          server.api('/transcript/shares', { body: { accessCode: uniqueCode('m'), includeAddress: false } }),
        ),
      );
      clearInterval(sampler);
      assert.deepEqual([...new Set(created.map((r) => r.status))], [201]);
      const growth = (peak - before) / 2 ** 20;
      console.log(
        `RSS ${(before / 2 ** 20).toFixed(0)} MiB, peak +${growth.toFixed(0)} MiB during 12 creations at 2^17`,
      );
      assert.ok(growth < 300, `grew by ${growth.toFixed(0)} MiB`);
    } finally {
      await server.dispose();
    }
  });
});
