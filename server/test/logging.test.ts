/** The access code never leaves the request body: not in a log line, a URL, a header or an error. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TranscriptShare } from '../../src/model.js';
import { startTestServer } from './helpers.js';

describe('the access code in logs and URLs', () => {
  it('appears in no log line (at trace level), URL or response, whatever happens to the request', async () => {
    const server = await startTestServer();
    try {
      await server.signIn();
      const code = 'Never-Log-Me-7Qx';
      const created = await server.api('/transcript/shares', { body: { accessCode: code, includeAddress: true } });
      const createdShare = created.json as TranscriptShare;
      const id = createdShare.transcriptId;
      const replies = [
        created,
        await server.api('/transcript/shares'),
        await server.api('/shared-transcripts/view', { body: { transcriptId: id, accessCode: code }, cookie: null }),
        await server.api('/shared-transcripts/view', {
          body: { transcriptId: id, accessCode: `${code}-wrong` },
          cookie: null,
        }),
        await server.api('/shared-transcripts/view', {
          body: { transcriptId: 'ZZZZZZZZZZZZZ', accessCode: code },
          cookie: null,
        }),
        // Malformed JSON: V8's SyntaxError would quote the body, code and all.
        await server.api('/shared-transcripts/view', {
          rawBody: `{"transcriptId":"${id}","accessCode":"${code}"`,
          cookie: null,
        }),
        await server.api('/shared-transcripts/view', {
          rawBody: `{"transcriptId":"${id}","accessCode":${code}}`,
          cookie: null,
        }),
        await server.api('/transcript/shares', { rawBody: `{"accessCode":"${code}",}` }),
        await server.api('/transcript/shares', { body: { accessCode: code, includeAddress: 'maybe' } }),
        await server.api('/transcript/shares', {
          body: { accessCode: `${code}${'x'.repeat(60)}`, includeAddress: true },
        }),
        await server.api('/transcript/shares', {
          body: { accessCode: code, includeAddress: true },
          headers: { origin: 'https://evil.example' },
        }),
        await server.api('/transcript/shares', {
          rawBody: JSON.stringify({ accessCode: code, pad: 'x'.repeat(20_000) }),
        }),
      ];
      for (let i = 0; i < 10; i++)
        await server.api('/shared-transcripts/view', {
          body: { transcriptId: id, accessCode: `${code}${i}` },
          cookie: null,
        });
      replies.push(
        await server.api('/shared-transcripts/view', { body: { transcriptId: id, accessCode: code }, cookie: null }),
      );
      assert.equal(replies.at(-1)!.status, 429);

      assert.ok(server.logs.length > 20, 'request logging is on');
      const urls = server.logs
        .map((line) => JSON.parse(line) as { req?: { url?: string } })
        .flatMap((entry) => (entry.req?.url ? [entry.req.url] : []));
      assert.ok(urls.some((u) => u.endsWith('/shared-transcripts/view')));
      for (const line of server.logs) assert.ok(!line.includes(code), `log line with the code: ${line}`);
      for (const url of urls) assert.ok(!url.includes(code));
      for (const reply of replies.slice(1)) {
        assert.ok(!reply.text.includes(code), `response body with the code: ${reply.text}`);
        for (const [name, value] of reply.headers) assert.ok(!value.includes(code), `header ${name}`);
      }
      assert.ok(createdShare.url !== null && !createdShare.url.includes(code), 'the share URL has the ID only');
    } finally {
      await server.dispose();
    }
  });
});
