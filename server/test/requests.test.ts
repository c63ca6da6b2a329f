/** Refused requests: each answered with a clear problem+json, and nothing stored. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TranscriptShare } from '../../src/model.js';
import type { ProblemBody } from '../src/problems.js';
import { rawRequest, startTestServer, type Reply, type TestServer } from './helpers.js';

function expectProblem(reply: Reply, status: number, detail: RegExp, field?: string): void {
  assert.equal(reply.status, status, reply.text);
  assert.equal(reply.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  const problem = reply.json as ProblemBody;
  assert.equal(problem.status, status);
  assert.equal(problem.type, 'about:blank');
  assert.equal(typeof problem.title, 'string');
  assert.ok(typeof problem.detail === 'string', 'the problem has a detail');
  assert.match(problem.detail, detail);
  if (field !== undefined) assert.equal(problem.field, field);
}

/** Counts of the rows a refused request must not add. */
async function stored(server: TestServer): Promise<{ shares: number; outbox: number }> {
  return {
    shares: await server.count('SELECT count(*) AS n FROM transcript_shares WHERE revoked_at IS NULL'),
    outbox: await server.count('SELECT count(*) AS n FROM outbox'),
  };
}

describe('request validation', () => {
  let server: TestServer;
  let before0: { shares: number; outbox: number };
  before(async () => {
    server = await startTestServer();
    await server.signIn();
    before0 = await stored(server);
  });
  after(async () => {
    // Disposed even when the check fails: a server left listening keeps the test run from ending.
    try {
      assert.deepEqual(await stored(server), before0, 'no refused request stored anything');
    } finally {
      await server.dispose();
    }
  });

  const endpoints = ['/transcript/shares', '/transcript/email', '/shared-transcripts/view'];

  for (const path of endpoints) {
    describe(`POST ${path}`, () => {
      it('answers malformed JSON with 400 and says so', async () => {
        const reply = await server.api(path, { rawBody: '{"accessCode": "secret-abc-123", "includeAddress": tru' });
        expectProblem(reply, 400, /^The request body is not valid JSON\.$/);
        assert.ok(!reply.text.includes('secret-abc-123'), 'the body is not quoted back');
      });

      it('answers an oversized body with 413 and names the limit', async () => {
        const big = JSON.stringify({ accessCode: 'x'.repeat(40_000), includeAddress: false });
        const reply = await server.api(path, { rawBody: big });
        expectProblem(reply, 413, /larger than the limit of 16384 bytes/);
      });

      it('answers an empty body, an array and a JSON string with 400', async () => {
        expectProblem(await server.api(path, { rawBody: '' }), 400, /empty/);
        expectProblem(await server.api(path, { rawBody: '[]' }), 400, /must be a JSON object/);
        expectProblem(await server.api(path, { rawBody: '"text"' }), 400, /must be a JSON object/);
        expectProblem(await server.api(path, { rawBody: 'null' }), 400, /must be a JSON object/);
      });

      it('answers another content type with 400', async () => {
        const reply = await server.api(path, {
          rawBody: 'accessCode=abcdefgh',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        expectProblem(reply, 400, /application\/json/);
        const text = await server.api(path, { rawBody: '{}', headers: { 'content-type': 'text/plain' } });
        expectProblem(text, 400, /application\/json/);
      });

      it('answers an unknown property with 400 naming it', async () => {
        const reply = await server.api(path, { body: { admin: true } });
        expectProblem(reply, 400, /Unknown property "admin"/, 'admin');
      });
    });
  }

  it('answers wrong types with 400 naming the property', async () => {
    const cases: [string, object, string][] = [
      ['/transcript/shares', { accessCode: 12345678, includeAddress: false }, 'accessCode'],
      ['/transcript/shares', { accessCode: 'abcdefghij', includeAddress: 'yes' }, 'includeAddress'],
      ['/transcript/shares', { accessCode: 'abcdefghij', includeAddress: null }, 'includeAddress'],
      ['/transcript/shares', { accessCode: ['abcdefghij'], includeAddress: true }, 'accessCode'],
      ['/transcript/shares', { includeAddress: true }, 'accessCode'],
      ['/transcript/email', { to: 42, includeAddress: false }, 'to'],
      ['/transcript/email', { to: 'a@example.com', includeAddress: 1 }, 'includeAddress'],
      ['/transcript/email', { to: 'a@example.com' }, 'includeAddress'],
      ['/shared-transcripts/view', { transcriptId: 7, accessCode: 'abcdefghij' }, 'transcriptId'],
      ['/shared-transcripts/view', { transcriptId: 'ABCDEFGHJKLMN', accessCode: { code: 'abcdefghij' } }, 'accessCode'],
    ];
    for (const [path, body, field] of cases) {
      const reply = await server.api(path, { body });
      expectProblem(reply, 400, new RegExp(`^${field} (must be|is required)`), field);
    }
  });

  it('answers values that break a rule with 422 naming the property', async () => {
    expectProblem(
      await server.api('/transcript/shares', { body: { accessCode: 'short', includeAddress: false } }),
      422,
      /at least 8 characters long; it has 5/,
      'accessCode',
    );
    expectProblem(
      await server.api('/transcript/shares', { body: { accessCode: 'y'.repeat(65), includeAddress: false } }),
      422,
      /at most 64/,
      'accessCode',
    );
    // Seven emoji are fourteen UTF-16 units but seven characters.
    expectProblem(
      await server.api('/transcript/shares', { body: { accessCode: '😀'.repeat(7), includeAddress: false } }),
      422,
      /it has 7/,
      'accessCode',
    );
    for (const to of [
      '',
      '   ',
      'not-an-email',
      'a@example.com, b@example.com',
      'a@example.com\r\nBcc: b@example.com',
    ]) {
      expectProblem(
        await server.api('/transcript/email', { body: { to, includeAddress: false } }),
        422,
        /e-mail address is not valid/,
        'to',
      );
    }
    expectProblem(
      await server.api('/shared-transcripts/view', { body: { transcriptId: '', accessCode: 'abcdefghij' } }),
      422,
      /ID of 1 to 256/,
      'transcriptId',
    );
    expectProblem(
      await server.api('/shared-transcripts/view', { body: { transcriptId: '..', accessCode: 'abcdefghij' } }),
      422,
      /ID of 1 to 256/,
      'transcriptId',
    );
  });

  it('survives a prototype-polluting body', async () => {
    const reply = await server.api('/transcript/shares', {
      rawBody: '{"__proto__": {"includeAddress": true}, "accessCode": "abcdefghij"}',
    });
    expectProblem(reply, 400, /Unknown property "__proto__"/);
    assert.equal(({} as Record<string, unknown>).includeAddress, undefined);
  });

  it('answers learner operations without a session with 401', async () => {
    for (const [method, path] of [
      ['GET', '/learner'],
      ['GET', '/certifications'],
      ['GET', '/certifications/x/pdf'],
      ['GET', '/badges'],
      ['GET', '/transcript'],
      ['GET', '/transcript/shares'],
      ['POST', '/transcript/shares'],
      ['POST', '/transcript/email'],
      ['DELETE', '/transcript/shares/ABCDEFGHJKLMN'],
    ]) {
      const body = method === 'POST' ? { accessCode: 'abcdefghij', includeAddress: false } : undefined;
      expectProblem(await server.api(path, { method, body, cookie: null }), 401, /Sign in/);
      expectProblem(await server.api(path, { method, body, cookie: 'forged-session-token' }), 401, /Sign in/);
    }
  });

  it('refuses a cross-site POST or DELETE with 403, and lets same-origin ones through', async () => {
    const body = { accessCode: 'abcdefghij', includeAddress: false };
    expectProblem(
      await server.api('/transcript/shares', { body, headers: { origin: 'https://evil.example' } }),
      403,
      /Cross-site/,
    );
    expectProblem(
      await server.api('/transcript/shares', { body, headers: { 'sec-fetch-site': 'cross-site' } }),
      403,
      /Cross-site/,
    );
    expectProblem(
      await server.api('/transcript/shares', {
        body,
        headers: { 'sec-fetch-site': 'same-site', origin: 'https://sub.evil.example' },
      }),
      403,
      /Cross-site/,
    );
    expectProblem(
      await server.api('/transcript/shares/ABCDEFGHJKLMN', { method: 'DELETE', headers: { origin: 'null' } }),
      403,
      /Cross-site/,
    );
    expectProblem(
      await server.api('/demo/sign-in', { method: 'POST', cookie: null, headers: { 'sec-fetch-site': 'cross-site' } }),
      403,
      /Cross-site/,
    );
    const origin = new URL(server.url).origin;
    const sameOrigin = await server.api('/transcript/shares', {
      body,
      headers: { origin, 'sec-fetch-site': 'same-origin' },
    });
    assert.equal(sameOrigin.status, 201);
    assert.equal(
      (
        await server.api(`/transcript/shares/${(sameOrigin.json as TranscriptShare).transcriptId}`, {
          method: 'DELETE',
          headers: { origin },
        })
      ).status,
      204,
    );
    // Reading is not state-changing: a cross-site GET is answered (CORS keeps the body from a foreign page).
    assert.equal((await server.api('/learner', { headers: { 'sec-fetch-site': 'cross-site' } })).status, 200);
  });

  it('answers an unknown path with a 404 problem', async () => {
    expectProblem(await server.api('/nothing-here'), 404, /Nothing here/);
  });

  it('answers a badly encoded URL with 400', async () => {
    const reply = await rawRequest(server.url, '/api/transcript/shares/%E0%A4%A', {
      method: 'DELETE',
      headers: { cookie: `session=${server.session}` },
    });
    expectProblem(reply, 400, /malformed/);
  });
});

describe('cross-origin pages (TRUSTED_ORIGINS)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ config: { trustedOrigins: ['https://learn.example.com'] } });
    await server.signIn();
  });
  after(() => server.dispose());

  it('answers a preflight from a trusted origin and lets its requests through with CORS headers', async () => {
    const preflight = await fetch(new URL('api/transcript/shares', server.url), {
      method: 'OPTIONS',
      headers: {
        origin: 'https://learn.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-csrf-token',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://learn.example.com');
    assert.equal(preflight.headers.get('access-control-allow-credentials'), 'true');
    assert.equal(preflight.headers.get('access-control-allow-headers'), 'content-type, x-csrf-token');
    const created = await server.api('/transcript/shares', {
      body: { accessCode: 'abcdefghij', includeAddress: false },
      headers: { origin: 'https://learn.example.com', 'sec-fetch-site': 'cross-site' },
    });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('access-control-expose-headers'), 'Retry-After');
  });

  it('gives an untrusted origin no CORS headers', async () => {
    const preflight = await fetch(new URL('api/transcript/shares', server.url), {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
  });
});
