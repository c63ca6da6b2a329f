/**
 * Lower-severity findings of the production probe: recipients that hide their text, codes that are
 * not well-formed Unicode, query strings in request logs, and an Origin check blind to the scheme.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProblemBody } from '../src/problems.js';
import { startTestServer, uniqueCode, type TestServer } from './helpers.js';

describe('input hygiene', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.signIn();
  });
  after(() => server.dispose());

  it('refuses recipients with bidi controls or invisible characters, and sends to a plain one', async () => {
    const hidden = [
      'hr\u202E@example.com', // RIGHT-TO-LEFT OVERRIDE
      'hr@exa\u2066mple.com', // LEFT-TO-RIGHT ISOLATE
      'h\u200Br@example.com', // ZERO WIDTH SPACE
      'hr\u200D@example.com', // ZERO WIDTH JOINER
      '\u2060hr@example.com', // WORD JOINER
      'hr\uFEFF@example.com', // ZERO WIDTH NO-BREAK SPACE (a BOM; at either end trim() removes it)
      'hr\u00AD@example.com', // SOFT HYPHEN
      'hr@\u200Eexample.com', // LEFT-TO-RIGHT MARK
      'hr\u061C@example.com', // ARABIC LETTER MARK
      'h\uD800r@example.com', // a lone surrogate
    ];
    for (const to of hidden) {
      const reply = await server.api('/transcript/email', { body: { to, includeAddress: false } });
      assert.equal(reply.status, 422, JSON.stringify(to));
      assert.equal((reply.json as ProblemBody).field, 'to');
    }
    assert.equal(
      (await server.api('/transcript/email', { body: { to: 'josé@correo.es', includeAddress: false } })).status,
      204,
    );
  });

  it('refuses access codes with lone surrogates, which would otherwise equal any other such code', async () => {
    for (const accessCode of ['abcdefgh-\uD800', 'abcdefgh-\uDC00-x', '\uDBFFabcdefghij']) {
      const created = await server.api('/transcript/shares', { body: { accessCode, includeAddress: false } });
      assert.equal(created.status, 422, JSON.stringify(accessCode));
      assert.equal((created.json as ProblemBody).field, 'accessCode');
      const viewed = await server.api('/shared-transcripts/view', {
        body: { transcriptId: 'ABCDEFGHJKLMN', accessCode },
        cookie: null,
      });
      assert.equal(viewed.status, 422);
      assert.equal((viewed.json as ProblemBody).field, 'accessCode');
    }
    const emoji = await server.api('/transcript/shares', {
      body: { accessCode: `${uniqueCode('pair')}-🙂`, includeAddress: false },
    });
    assert.equal(emoji.status, 201, 'a surrogate pair is a character like any other');
  });

  it('logs request paths without their query strings', async () => {
    const id = 'QUERYIDK7QM2X';
    assert.equal((await server.page(`/shared.html?transcript=${id}`)).status, 200);
    assert.equal((await server.api(`/learner?transcript=${id}`)).status, 200);
    const urls = server.logs
      .map((line) => JSON.parse(line) as { req?: { url?: string } })
      .flatMap((entry) => (entry.req?.url ? [entry.req.url] : []));
    assert.ok(urls.includes('/shared.html'), urls.join(' '));
    assert.ok(urls.includes('/api/learner'));
    for (const line of server.logs) assert.ok(!line.includes(id), `log line with the query: ${line}`);
  });

  it('compares the Origin’s scheme too: https://host is another origin than http://host', async () => {
    const host = new URL(server.url).host;
    const body = { accessCode: uniqueCode('origin'), includeAddress: false };
    const https = await server.api('/transcript/shares', { body, headers: { origin: `https://${host}` } });
    assert.equal(https.status, 403);
    const http = await server.api('/transcript/shares', { body, headers: { origin: `http://${host}` } });
    assert.equal(http.status, 201);
  });
});
