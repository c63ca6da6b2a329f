import { expect } from '@open-wc/testing';
import { AdapterError, type AdapterErrorKind } from '../../src/adapter/errors.js';
import { RestAdapter, parseRetryAfter, type RestAdapterOptions } from '../../src/adapter/rest-adapter.js';

const SHARED_ID = 'K7QM2XWN4HD9R';
const SHARED_CODE = 'correct-horse-battery';

function adapterFor(scenario: string, options: Partial<RestAdapterOptions> = {}): RestAdapter {
  return new RestAdapter({ baseUrl: `/mock-api/${scenario}`, timeoutMs: 5000, ...options });
}

/** What the mock sends for a path, parsed, to compare with what the adapter returns. */
async function raw(path: string, init?: RequestInit): Promise<unknown> {
  return (await fetch(`/mock-api/ok/${path}`, init)).json();
}

interface Recorded {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

async function recorded(key: string): Promise<Recorded[]> {
  return (await (await fetch(`/mock-api/_recorded/${key}`)).json()) as Recorded[];
}

/** The AdapterError a promise rejects with; fails the test when it resolves or rejects with anything else. */
async function failure(promise: Promise<unknown>, kind: AdapterErrorKind): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(AdapterError);
    expect((error as AdapterError).kind, (error as Error).message).to.equal(kind);
    return error as AdapterError;
  }
  throw new Error(`expected a ${kind} AdapterError, but the call succeeded`);
}

/**
 * Every piece of text in a value, to look for a secret in: an error's name, message, stack, own
 * fields and cause, and the keys and values of objects and arrays, all the way down.
 */
function textIn(value: unknown, seen = new Set<object>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return [String(value)];
  if (typeof value === 'symbol') return [value.description ?? ''];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const texts =
    value instanceof Error ? [value.name, value.message, value.stack ?? '', ...textIn(value.cause, seen)] : [];
  for (const [key, item] of Object.entries(value)) texts.push(key, ...textIn(item, seen));
  return texts;
}

/** A fetch that remembers its calls and otherwise is the browser's. */
function spyFetch() {
  const calls: { url: string; init: RequestInit }[] = [];
  let started: () => void = () => {};
  const firstCall = new Promise<void>((resolve) => (started = resolve));
  const spy = (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: input instanceof Request ? input.url : String(input), init });
    started();
    return fetch(input, init);
  };
  return { fetch: spy, calls, firstCall };
}

describe('RestAdapter', () => {
  describe('a good round trip for each operation', () => {
    const adapter = adapterFor('ok');

    it('getLearner', async () => {
      const learner = await adapter.getLearner();
      expect(learner).to.deep.equal(await raw('learner'));
      expect(learner.name).to.equal('María José Núñez-Ortega');
    });

    it('listCertifications', async () => {
      const certifications = await adapter.listCertifications();
      expect(certifications).to.deep.equal(await raw('certifications'));
      expect(certifications.map((c) => c.status)).to.deep.equal(['earned', 'in-progress']);
    });

    it('listBadges', async () => {
      const badges = await adapter.listBadges();
      expect(badges).to.deep.equal(await raw('badges'));
      expect(badges[1].openBadge).to.be.a('string');
    });

    it('getTranscript', async () => {
      const transcript = await adapter.getTranscript();
      expect(transcript).to.deep.equal(await raw('transcript'));
      expect(transcript.learner.address?.locality).to.equal('Madrid');
    });

    it('emailTranscript', async () => {
      expect(await adapter.emailTranscript({ to: 'hr@example.com', includeAddress: false })).to.equal(undefined);
    });

    it('listTranscriptShares', async () => {
      const shares = await adapter.listTranscriptShares();
      expect(shares).to.deep.equal(await raw('transcript/shares'));
      expect(shares[0].transcriptId).to.equal(SHARED_ID);
    });

    it('createTranscriptShare', async () => {
      const share = await adapter.createTranscriptShare({ accessCode: 'a-long-code', includeAddress: true });
      expect(share).to.deep.equal({
        transcriptId: 'ABCD2345EFGHJ',
        url: 'https://learn.example.org/shared?transcript=ABCD2345EFGHJ',
        includeAddress: true,
        createdAt: '2025-05-02T12:00:00Z',
        expiresAt: null,
      });
    });

    it('revokeTranscriptShare, and 404 for an unknown share', async () => {
      expect(await adapter.revokeTranscriptShare(SHARED_ID)).to.equal(undefined);
      const error = await failure(adapter.revokeTranscriptShare('UNKNOWN2345'), 'not-found');
      expect(error.status).to.equal(404);
    });

    it('resumeTranscriptShare: POST …/resume, and 404 for an unknown share', async () => {
      const spy = spyFetch();
      const spied = adapterFor('ok', { fetch: spy.fetch });
      expect(await spied.resumeTranscriptShare(SHARED_ID)).to.equal(undefined);
      expect(spy.calls.map((c) => `${c.init.method} ${new URL(c.url).pathname}`)).to.deep.equal([
        `POST /mock-api/ok/transcript/shares/${SHARED_ID}/resume`,
      ]);
      const error = await failure(adapter.resumeTranscriptShare('UNKNOWN2345'), 'not-found');
      expect(error.status).to.equal(404);
    });

    it('a view of a suspended share: forbidden, with reason share-suspended from the problem type', async () => {
      const error = await failure(
        adapter.viewSharedTranscript({ transcriptId: 'SUSPENDED2345', accessCode: SHARED_CODE }),
        'forbidden',
      );
      expect(error.status).to.equal(403);
      expect(error.reason).to.equal('share-suspended');
    });

    it('a common access code: invalid-request on field accessCode, with reason common-access-code', async () => {
      const error = await failure(
        adapter.createTranscriptShare({ accessCode: 'Password1', includeAddress: false }),
        'invalid-request',
      );
      expect(error.field).to.equal('accessCode');
      expect(error.reason).to.equal('common-access-code');
      expect(error.message).to.not.include('Password1');
    });

    it('viewSharedTranscript, without the address, and one 404 for a wrong ID or code', async () => {
      const transcript = await adapter.viewSharedTranscript({ transcriptId: SHARED_ID, accessCode: SHARED_CODE });
      expect(transcript.learner.address).to.equal(null);
      expect(transcript.certifications).to.have.length(2);
      const view = (transcriptId: string, accessCode: string) =>
        adapter.viewSharedTranscript({ transcriptId, accessCode });
      const wrongCode = await failure(view(SHARED_ID, 'wrong-code-1'), 'not-found');
      const wrongId = await failure(view('XXXXXXXXXXXXX', SHARED_CODE), 'not-found');
      expect(wrongCode.message).to.equal(wrongId.message);
    });

    it('getCertificatePdf: a PDF blob, null when there is none, invalid-response for a fake', async () => {
      const blob = await adapter.getCertificatePdf('cert-az104');
      expect(blob).to.be.instanceOf(Blob);
      expect(blob?.type).to.equal('application/pdf');
      expect((await blob!.text()).startsWith('%PDF-')).to.be.true;
      expect(await adapter.getCertificatePdf('no-pdf')).to.equal(null);
      const fake = await failure(adapter.getCertificatePdf('fake-pdf'), 'invalid-response');
      expect(fake.message).to.contain('not a PDF');
      expect(fake.status).to.equal(200);
    });
  });

  describe('base URL', () => {
    it('resolves a relative base URL against the page and ends it with a slash', () => {
      expect(new RestAdapter({ baseUrl: '/mock-api/ok' }).baseUrl).to.equal(`${location.origin}/mock-api/ok/`);
      expect(new RestAdapter({ baseUrl: 'https://api.example.org/v1?x=1#y' }).baseUrl).to.equal(
        'https://api.example.org/v1/',
      );
    });

    it('refuses a base URL that is not http or https', () => {
      expect(() => new RestAdapter({ baseUrl: 'javascript:alert(1)' })).to.throw(TypeError);
    });

    it('encodes IDs as one path segment and refuses dot segments without a request', async () => {
      const spy = spyFetch();
      const adapter = adapterFor('ok', { fetch: spy.fetch });
      expect(await adapter.getCertificatePdf('a/b?c')).to.equal(null);
      expect(spy.calls[0].url).to.equal(`${location.origin}/mock-api/ok/certifications/a%2Fb%3Fc/pdf`);
      const error = await failure(adapter.revokeTranscriptShare('..'), 'invalid-request');
      expect(error.field).to.equal('transcriptId');
      expect(spy.calls).to.have.length(1);
    });
  });

  describe('requests', () => {
    it('sends the JSON Accept header, static custom headers and cookies by default', async () => {
      document.cookie = 'cert_test_session=abc; path=/';
      try {
        const key = crypto.randomUUID();
        await adapterFor(`record-${key}`, { headers: { 'X-CSRF-Token': 'token-1' } }).getLearner();
        const [request] = await recorded(key);
        expect(request.method).to.equal('GET');
        expect(request.path).to.equal('learner');
        expect(request.headers.accept).to.equal('application/json, application/problem+json');
        expect(request.headers['x-csrf-token']).to.equal('token-1');
        expect(request.headers.cookie).to.contain('cert_test_session=abc');
      } finally {
        document.cookie = 'cert_test_session=; path=/; max-age=0';
      }
    });

    it('asks a headers function for each call', async () => {
      const key = crypto.randomUUID();
      let count = 0;
      const adapter = adapterFor(`record-${key}`, {
        headers: () => Promise.resolve({ Authorization: `Bearer t${++count}` }),
      });
      await adapter.listBadges();
      await adapter.listBadges();
      const requests = await recorded(key);
      expect(requests.map((r) => r.headers.authorization)).to.deep.equal(['Bearer t1', 'Bearer t2']);
    });

    it('passes the credentials option to fetch (same-origin by default), and the browser honours it', async () => {
      const spy = spyFetch();
      await adapterFor('ok', { fetch: spy.fetch }).getLearner();
      await adapterFor('ok', { fetch: spy.fetch, credentials: 'include' }).getLearner();
      expect(spy.calls.map((c) => c.init.credentials)).to.deep.equal(['same-origin', 'include']);

      document.cookie = 'cert_test_session=abc; path=/';
      try {
        const key = crypto.randomUUID();
        await adapterFor(`record-${key}`, { credentials: 'omit' }).getLearner();
        const [request] = await recorded(key);
        expect(request.headers.cookie).to.equal(undefined);
      } finally {
        document.cookie = 'cert_test_session=; path=/; max-age=0';
      }
    });

    it('posts exactly the fields of each request body as JSON, the access code only in the body', async () => {
      const key = crypto.randomUUID();
      const adapter = adapterFor(`record-${key}`);
      const extra = { secretField: 'x' };
      await adapter.emailTranscript({ to: 'hr@example.com', includeAddress: true, lang: 'es-MX', ...extra });
      await adapter.createTranscriptShare({ accessCode: 'a-long-code', includeAddress: false, ...extra });
      await adapter.viewSharedTranscript({ transcriptId: SHARED_ID, accessCode: SHARED_CODE, ...extra });
      await adapter.revokeTranscriptShare(SHARED_ID);
      const requests = await recorded(key);
      expect(requests.map((r) => `${r.method} ${r.path}`)).to.deep.equal([
        'POST transcript/email',
        'POST transcript/shares',
        'POST shared-transcripts/view',
        `DELETE transcript/shares/${SHARED_ID}`,
      ]);
      expect(requests.map((r): unknown => (r.body === '' ? '' : JSON.parse(r.body)))).to.deep.equal([
        { to: 'hr@example.com', includeAddress: true, lang: 'es-MX' },
        { accessCode: 'a-long-code', includeAddress: false },
        { transcriptId: SHARED_ID, accessCode: SHARED_CODE },
        '',
      ]);
      for (const r of requests.slice(0, 3)) expect(r.headers['content-type']).to.equal('application/json');
      expect(requests.some((r) => r.path.includes(SHARED_CODE))).to.be.false;
    });

    it('refuses an access code of the wrong length without a request', async () => {
      const spy = spyFetch();
      const adapter = adapterFor('ok', { fetch: spy.fetch });
      const error = await failure(
        adapter.createTranscriptShare({ accessCode: 'short', includeAddress: false }),
        'invalid-request',
      );
      expect(error.field).to.equal('accessCode');
      expect(error.message).not.to.contain('short');
      await failure(
        adapter.viewSharedTranscript({ transcriptId: SHARED_ID, accessCode: 'x'.repeat(65) }),
        'invalid-request',
      );
      expect(spy.calls).to.have.length(0);
    });
  });

  describe('failures', () => {
    const statuses: [number, AdapterErrorKind][] = [
      [400, 'invalid-request'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [409, 'invalid-request'],
      [422, 'invalid-request'],
      [429, 'rate-limited'],
      [500, 'server'],
      [503, 'server'],
      [418, 'invalid-response'],
    ];
    for (const [status, kind] of statuses) {
      it(`HTTP ${status} is ${kind}, with the status kept`, async () => {
        const error = await failure(adapterFor(`status-${status}`).getLearner(), kind);
        expect(error.status).to.equal(status);
        expect(error.message).to.match(new RegExp(`^GET /mock-api/status-${status}/learner: HTTP ${status}`));
      });
    }

    it('gives no reason for a problem type it does not know, or about:blank', async () => {
      const error = await failure(adapterFor('status-403').getLearner(), 'forbidden');
      expect(error.reason).to.equal(undefined);
    });

    it('takes detail and field from a problem+json body for invalid-request', async () => {
      const request = { to: 'x@example.com', includeAddress: false };
      const error = await failure(adapterFor('status-422').emailTranscript(request), 'invalid-request');
      expect(error.field).to.equal('accessCode');
      expect(error.message).to.equal(
        'POST /mock-api/status-422/transcript/email: HTTP 422: The access code is too common.',
      );
      const fromServer = await failure(
        adapterFor('ok').emailTranscript({ to: 'nobody', includeAddress: false }),
        'invalid-request',
      );
      expect(fromServer.field).to.equal('to');
    });

    it('reads Retry-After as seconds or as an HTTP-date', async () => {
      expect((await failure(adapterFor('status-429').listBadges(), 'rate-limited')).retryAfter).to.equal(30);
      const dated = await failure(adapterFor('status-429-date').listBadges(), 'rate-limited');
      expect(dated.retryAfter).to.be.within(115, 121);
      expect((await failure(adapterFor('status-503').listBadges(), 'server')).retryAfter).to.equal(30);
      const now = Date.parse('2026-10-21T07:28:00Z');
      expect(parseRetryAfter('Wed, 21 Oct 2026 07:30:00 GMT', now)).to.equal(120);
      expect(parseRetryAfter('Wed, 21 Oct 2026 07:00:00 GMT', now)).to.equal(0);
      expect(parseRetryAfter(' 7 ', now)).to.equal(7);
      expect(parseRetryAfter('soon', now)).to.equal(undefined);
      expect(parseRetryAfter(null, now)).to.equal(undefined);
    });

    it('an HTML error page is still a server error', async () => {
      const error = await failure(adapterFor('status-502-html').getTranscript(), 'server');
      expect(error.status).to.equal(502);
    });

    it('malformed JSON, a 200 HTML page, the wrong content type and no body are invalid-response', async () => {
      const malformed = await failure(adapterFor('malformed-json').getLearner(), 'invalid-response');
      expect(malformed.message).to.contain('not valid JSON');
      expect(malformed.status).to.equal(200);
      expect((await failure(adapterFor('html').listCertifications(), 'invalid-response')).message).to.contain(
        'got text/html',
      );
      expect((await failure(adapterFor('wrong-type').getLearner(), 'invalid-response')).message).to.contain(
        'got text/plain',
      );
      expect(
        (await failure(adapterFor('wrong-type').getCertificatePdf('cert-az104'), 'invalid-response')).message,
      ).to.contain('expected application/pdf');
      await failure(adapterFor('no-content').listBadges(), 'invalid-response');
    });

    it('a body of the wrong shape is invalid-response, naming the path', async () => {
      const adapter = adapterFor('bad-shape');
      const certs = await failure(adapter.listCertifications(), 'invalid-response');
      expect(certs.message).to.equal(
        'GET /mock-api/bad-shape/certifications: certifications[1].status: expected one of earned, in-progress, expired, revoked',
      );
      expect((await failure(adapter.getLearner(), 'invalid-response')).message).to.contain(
        'learner.name: expected a string',
      );
      expect((await failure(adapter.listBadges(), 'invalid-response')).message).to.contain('badges: expected an array');
      expect((await failure(adapter.getTranscript(), 'invalid-response')).message).to.contain('transcript.generatedAt');
      expect((await failure(adapter.listTranscriptShares(), 'invalid-response')).message).to.contain(
        'shares[0].includeAddress',
      );
      const view = adapter.viewSharedTranscript({ transcriptId: SHARED_ID, accessCode: SHARED_CODE });
      expect((await failure(view, 'invalid-response')).message).to.contain('transcript.learner: expected an object');
    });

    it('never puts the access code in an error message', async () => {
      const planted = new AdapterError('server', 'x', { cause: { problem: { detail: [SHARED_CODE] } } });
      expect(textIn(planted).join('\n'), 'the search reaches into a cause that is no Error').to.contain(SHARED_CODE);
      const leaky = adapterFor('leaky');
      const create = await failure(
        leaky.createTranscriptShare({ accessCode: SHARED_CODE, includeAddress: false }),
        'invalid-request',
      );
      const view = await failure(
        leaky.viewSharedTranscript({ transcriptId: SHARED_ID, accessCode: SHARED_CODE }),
        'invalid-request',
      );
      for (const error of [create, view]) {
        expect(error.message).to.contain('[redacted]');
        expect(error.message).not.to.contain(SHARED_CODE);
        expect(textIn(error).join('\n'), 'anywhere in the error or its causes').not.to.contain(SHARED_CODE);
        expect(error.field).to.equal('accessCode');
      }
    });

    it('a server that is down is network', async () => {
      const { port } = (await (await fetch('/mock-api/_closed-port')).json()) as { port: number };
      const error = await failure(new RestAdapter({ baseUrl: `http://127.0.0.1:${port}/api` }).getLearner(), 'network');
      expect(error.retryable).to.be.true;
      expect(error.message).to.match(new RegExp(`^GET /api/learner: `));
    });

    it('a thrown fetch error is network', async () => {
      const adapter = adapterFor('ok', { fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
      expect((await failure(adapter.getLearner(), 'network')).message).to.equal(
        'GET /mock-api/ok/learner: Failed to fetch',
      );
    });
  });

  describe('timeout and abort', () => {
    it('times out when the response never comes', async () => {
      const started = performance.now();
      const error = await failure(adapterFor('hang', { timeoutMs: 100 }).getLearner(), 'timeout');
      expect(performance.now() - started).to.be.below(3000);
      expect(error.message).to.equal('GET /mock-api/hang/learner: no complete response within 100 ms');
      expect(error.retryable).to.be.true;
    });

    it('times out while a headers function never answers', async () => {
      const adapter = adapterFor('ok', { timeoutMs: 50, headers: () => new Promise<HeadersInit>(() => {}) });
      await failure(adapter.getLearner(), 'timeout');
    });

    it('aborts mid-request when the caller aborts', async () => {
      const spy = spyFetch();
      const controller = new AbortController();
      const call = adapterFor('hang', { fetch: spy.fetch }).getTranscript({ signal: controller.signal });
      await spy.firstCall;
      controller.abort();
      const error = await failure(call, 'aborted');
      expect(error.retryable).to.be.false;
      expect((spy.calls[0].init.signal as AbortSignal).aborted).to.be.true;
    });

    it('does not start a request when the signal is already aborted', async () => {
      const spy = spyFetch();
      const controller = new AbortController();
      controller.abort();
      const adapter = adapterFor('ok', { fetch: spy.fetch });
      const { signal } = controller;
      await failure(adapter.listCertifications({ signal }), 'aborted');
      await failure(
        adapter.createTranscriptShare({ accessCode: SHARED_CODE, includeAddress: true }, { signal }),
        'aborted',
      );
      expect(spy.calls).to.have.length(0);
    });
  });
});
