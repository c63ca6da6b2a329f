/**
 * Every error the server answers, from a route, Fastify or Node's HTTP parser, is RFC 9457 problem
 * details with the security headers and `Cache-Control: no-store`.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { ProblemBody } from '../src/problems.js';
import { rawRequest, startTestServer, type Reply, type TestServer } from './helpers.js';

/** Sends `bytes` as they are on a new connection and parses the one response. */
function rawBytes(url: string, bytes: string): Promise<Reply> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Headers();
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      const body = rest.join('\r\n\r\n');
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers,
        text: body,
        json: /json/.test(headers.get('content-type') ?? '') ? JSON.parse(body) : undefined,
      });
    });
  });
}

function assertProblem(reply: Reply, status: number, what: string): void {
  assert.equal(reply.status, status, `${what}: ${reply.text}`);
  assert.match(reply.headers.get('content-type') ?? '', /^application\/problem\+json/, what);
  assert.equal((reply.json as ProblemBody).status, status, what);
  assert.equal(typeof (reply.json as ProblemBody).title, 'string', what);
  assert.equal(reply.headers.get('cache-control'), 'no-store', what);
  assert.equal(reply.headers.get('x-content-type-options'), 'nosniff', what);
  assert.equal(reply.headers.get('referrer-policy'), 'no-referrer', what);
  assert.equal(reply.headers.get('x-frame-options'), 'DENY', what);
  assert.match(reply.headers.get('content-security-policy') ?? '', /default-src 'none'/, what);
}

describe('the error contract', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.signIn();
  });
  after(() => server.dispose());

  it('answers headers that are too large with a 431 problem', async () => {
    const reply = await rawBytes(
      server.url,
      `GET /api/learner HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    assertProblem(reply, 431, 'headers too large');
  });

  it('answers a malformed request line with a 400 problem', async () => {
    assertProblem(await rawBytes(server.url, 'NONSENSE\r\n\r\n'), 400, 'malformed request line');
    assertProblem(
      await rawBytes(server.url, 'GET /api/learner HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n'),
      400,
      'malformed header',
    );
  });

  it('answers an undecodable /api URL and an undecodable page URL with a 400 problem, no-store', async () => {
    assertProblem(
      await rawRequest(server.url, '/api/transcript/shares/%E0%A4%A', { method: 'DELETE' }),
      400,
      '/api URL',
    );
    assertProblem(await rawRequest(server.url, '/dist/%E0%A4%A.js'), 400, 'page URL');
  });

  it('answers an oversized body with 413 naming the limit', async () => {
    const reply = await server.api('/transcript/shares', {
      rawBody: JSON.stringify({ accessCode: 'x'.repeat(40_000), includeAddress: false }),
    });
    assertProblem(reply, 413, 'oversized body');
    assert.match((reply.json as ProblemBody).detail ?? '', /16384 bytes/);
  });

  it('answers every other refusal the same way', async () => {
    assertProblem(await server.api('/learner', { cookie: null }), 401, 'no session');
    assertProblem(
      await server.api('/transcript/shares', {
        body: { accessCode: 'abcdefgh-1', includeAddress: false },
        headers: { 'sec-fetch-site': 'cross-site' },
      }),
      403,
      'cross-site',
    );
    assertProblem(await server.api('/nothing-here'), 404, 'unknown API path');
    assertProblem(await server.page('/nothing-here.html'), 404, 'unknown page');
    assertProblem(await server.page('/dist/missing.js'), 404, 'missing file');
    assertProblem(await server.api('/transcript/shares', { rawBody: '{' }), 400, 'bad JSON');
    assertProblem(
      await server.api('/transcript/shares', { body: { accessCode: 'short', includeAddress: false } }),
      422,
      'rule',
    );
    assertProblem(await server.api('/learner', { method: 'PUT', body: {} }), 404, 'unknown method');
  });
});
