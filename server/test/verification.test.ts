/**
 * Public verification (issue 13): `GET /api/verifications/{credentialId}` and `verify.html`. What a
 * verifier learns, and nothing more; an unknown and a malformed ID answered alike; revocation on the
 * next request; random credential IDs; verification links on the configured public URL only.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Certification, CredentialVerification } from '../../src/model.js';
import { startTestServer, type TestServer } from './helpers.js';

const PUBLIC = 'https://learn.example.org/';

describe('credential verification', () => {
  let server: TestServer;
  let certifications: Certification[];
  const byStatus = (status: Certification['status']) =>
    certifications.find((c) => c.status === status && c.credentialId)!.credentialId!;
  const verify = async (id: string, headers: Record<string, string> = {}) =>
    server.api(`/verifications/${encodeURIComponent(id)}`, { cookie: null, headers });

  before(async () => {
    server = await startTestServer({ config: { publicBaseUrl: PUBLIC, verificationsPerMinute: 1000 } });
    await server.signIn();
    certifications = (await server.api('/certifications')).json as Certification[];
  });
  after(() => server.dispose());

  it('gives the demo credentials random 80-bit IDs, each linked to verify.html on the public URL', async () => {
    const ids = certifications.flatMap((c) => (c.credentialId ? [c.credentialId] : []));
    assert.ok(ids.length >= 4);
    for (const id of ids) assert.match(id, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    assert.equal(new Set(ids).size, ids.length);
    for (const c of certifications.filter((x) => x.credentialId))
      assert.equal(c.verificationUrl, `${PUBLIC}verify.html?credential=${c.credentialId}`);
    // Another server draws other IDs: nothing about them is guessable from the demo data.
    const other = await startTestServer();
    try {
      await other.signIn();
      const otherIds = ((await other.api('/certifications')).json as Certification[]).map((c) => c.credentialId);
      assert.ok(ids.every((id) => !otherIds.includes(id)));
    } finally {
      await other.dispose();
    }
  });

  it('never builds the link from the request: a forged Host changes nothing', async () => {
    const forged = (
      await server.api('/certifications', {
        headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
      })
    ).json as Certification[];
    assert.ok(forged.every((c) => !c.verificationUrl?.includes('evil.example')));
  });

  it('answers valid, expired and revoked without a session, with the holder and the certification only', async () => {
    const cases = [
      ['earned', 'valid'],
      ['expired', 'expired'],
      ['revoked', 'revoked'],
    ] as const;
    for (const [status, verdict] of cases) {
      const reply = await verify(byStatus(status));
      assert.equal(reply.status, 200, status);
      const body = reply.json as CredentialVerification;
      assert.equal(body.verdict, verdict);
      assert.equal(body.holderName, 'María José Núñez-Ortega');
      assert.deepEqual(Object.keys(body).sort(), [
        'certification',
        'checkedAt',
        'credentialId',
        'holderName',
        'verdict',
      ]);
      assert.deepEqual(Object.keys(body.certification!).sort(), ['code', 'earnedOn', 'expiresOn', 'issuer', 'title']);
      const text = reply.text;
      assert.doesNotMatch(text, /@|maria|street|calle|cert-[a-z]/i, 'no e-mail, address or internal ID');
      assert.equal(reply.headers.get('cache-control'), 'public, no-cache');
    }
  });

  it('answers an unknown ID and a malformed one with the same status and the same body shape', async () => {
    const unknown = await verify('ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    for (const malformed of ['../../etc/passwd', '<script>alert(1)</script>', 'x'.repeat(2000), ' ', '%00']) {
      const reply = await verify(malformed);
      assert.equal(reply.status, unknown.status, malformed.slice(0, 20));
      assert.equal(reply.headers.get('content-type'), unknown.headers.get('content-type'));
      const { credentialId: _a, checkedAt: _b, ...rest } = reply.json as CredentialVerification;
      const { credentialId: _c, checkedAt: _d, ...expected } = unknown.json as CredentialVerification;
      assert.deepEqual(rest, expected);
      assert.deepEqual(expected, { verdict: 'not-found', holderName: null, certification: null });
    }
    // A certification still in progress has no credential yet: not found either.
    const inProgress = certifications.find((c) => c.status === 'in-progress');
    assert.ok(inProgress && inProgress.credentialId === null);
  });

  it('reads revoked on the next request after a revocation; unchanged answers revalidate with 304', async () => {
    const id = byStatus('earned');
    const first = await verify(id);
    const etag = first.headers.get('etag')!;
    assert.ok(etag);
    assert.equal((await verify(id, { 'if-none-match': etag })).status, 304);
    assert.ok(await server.store.setCredentialStatus(id, 'revoked'));
    const after = await verify(id, { 'if-none-match': etag });
    assert.equal(after.status, 200);
    assert.equal((after.json as CredentialVerification).verdict, 'revoked');
    assert.notEqual(after.headers.get('etag'), etag);
    await server.store.setCredentialStatus(id, 'earned');
  });

  it('limits each client, and answers 429 with Retry-After as problem+json', async () => {
    const limited = await startTestServer({ config: { verificationsPerMinute: 3 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await limited.api('/verifications/ZZZZ-ZZZZ-ZZZZ-ZZZZ', { cookie: null })).status);
      assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
      const refused = await limited.api('/verifications/ZZZZ-ZZZZ-ZZZZ-ZZZZ', { cookie: null });
      assert.match(refused.headers.get('content-type')!, /^application\/problem\+json/);
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
    } finally {
      await limited.dispose();
    }
  });

  it('serves verify.html under the strict page policy', async () => {
    const page = await server.page('verify.html');
    assert.equal(page.status, 200);
    assert.match(page.text, /<cert-verify/);
    const csp = page.headers.get('content-security-policy')!;
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /require-trusted-types-for 'script'/);
  });
});
