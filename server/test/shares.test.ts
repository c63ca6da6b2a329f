/** The share rules one by one, through HTTP on a real server. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { COMMON_PASSWORDS_FILE } from '../src/common-access-codes.js';
import type { Transcript } from '../../src/model.js';
import { TRANSCRIPT_ID_ALPHABET, TRANSCRIPT_ID_LENGTH } from '../../src/rules/transcript-share.js';
import { configFromEnv } from '../src/config.js';
import type { ProblemBody } from '../src/problems.js';
import { DAY_MS, rawRequest, startTestServer, uniqueCode, type TestServer } from './helpers.js';

const NOT_FOUND_BODY =
  '{"type":"about:blank","title":"Not Found","status":404,"detail":"No shared transcript matches this transcript ID and access code."}';

/** Headers that may differ between two otherwise identical answers. */
const VARYING = new Set(['date', 'keep-alive', 'connection']);

function comparableHeaders(headers: Headers): [string, string][] {
  return [...headers].filter(([name]) => !VARYING.has(name));
}

async function share(server: TestServer, accessCode: string, includeAddress = false) {
  const reply = await server.api('/transcript/shares', { body: { accessCode, includeAddress } });
  assert.equal(reply.status, 201, reply.text);
  return reply.json as {
    transcriptId: string;
    url: string | null;
    includeAddress: boolean;
    createdAt: string;
    expiresAt: string;
  };
}

function view(server: TestServer, transcriptId: string, accessCode: string, headers: Record<string, string> = {}) {
  return server.api('/shared-transcripts/view', { body: { transcriptId, accessCode }, cookie: null, headers });
}

/** Another ID in the same alphabet that no share has. */
function otherId(id: string): string {
  return [...id].reverse().join('') === id ? `${id.slice(1)}2` : [...id].reverse().join('');
}

describe('transcript shares', () => {
  let server: TestServer;
  before(async () => {
    // 50 creations at a time: more than the hashing queue holds by default.
    server = await startTestServer({ config: { maxActiveShares: 2000, scryptQueueLength: 100 } });
    await server.signIn();
  });
  after(() => server.dispose());

  it('hands out 1,000 distinct transcript IDs of 13 characters from the typable alphabet', async () => {
    const ids = new Set<string>();
    const pattern = new RegExp(`^[${TRANSCRIPT_ID_ALPHABET}]{${TRANSCRIPT_ID_LENGTH}}$`);
    for (let batch = 0; batch < 20; batch++) {
      const created = await Promise.all(Array.from({ length: 50 }, () => share(server, 'same-code-for-all')));
      for (const s of created) {
        assert.match(s.transcriptId, pattern);
        ids.add(s.transcriptId);
      }
    }
    assert.equal(ids.size, 1000);
    assert.ok(TRANSCRIPT_ID_LENGTH * Math.log2(TRANSCRIPT_ID_ALPHABET.length) >= 60, 'at least 60 bits');
    assert.ok(!/[01IO]/.test(TRANSCRIPT_ID_ALPHABET), 'no characters a person confuses');
    const listed = (await server.api('/transcript/shares')).json as { transcriptId: string }[];
    assert.equal(listed.length, 1000);
    for (const { transcriptId } of listed) await server.api(`/transcript/shares/${transcriptId}`, { method: 'DELETE' });
  });

  it('keeps no access code in plain text anywhere in the database files, WAL included', async () => {
    const codes = [uniqueCode('plain'), 'Ünïcödé-Çödé-ñ€🙂', 'e\u0301cole-NFD-form'];
    for (const code of codes) {
      const s = await share(server, code, true);
      assert.equal((await view(server, s.transcriptId, code)).status, 200);
      assert.equal((await view(server, s.transcriptId, `${code}x`)).status, 404);
      assert.equal((await view(server, otherId(s.transcriptId), code)).status, 404);
    }
    let files: string[];
    if (server.sql.dialect === 'sqlite') {
      files = ['', '-wal', '-shm'].map((suffix) => `${server.config.databaseFile}${suffix}`).filter(existsSync);
      assert.ok(
        files.some((f) => f.endsWith('-wal')),
        'the WAL file is checked too',
      );
    } else {
      // Every file of the throwaway cluster (tables, indexes, write-ahead log), once written out.
      await server.sql.exec('CHECKPOINT');
      const data = process.env.TEST_POSTGRES_DATA;
      assert.ok(data, 'postgres.mjs names the data folder');
      files = (readdirSync(data, { recursive: true }) as string[])
        .map((f) => join(data, f))
        .filter((f) => statSync(f).isFile());
      assert.ok(
        files.some((f) => f.includes(`${sep}pg_wal${sep}`)),
        'the write-ahead log is checked too',
      );
    }
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const code of codes) {
        for (const form of new Set([code, code.normalize('NFC'), code.normalize('NFD')])) {
          assert.equal(bytes.indexOf(Buffer.from(form, 'utf8')), -1, `${form} in ${file}`);
          assert.equal(bytes.indexOf(Buffer.from(form, 'utf16le')), -1, `${form} (UTF-16) in ${file}`);
        }
      }
    }
    const stored = await server.sql.all<{ code_hash: string }>('SELECT code_hash FROM transcript_shares');
    for (const { code_hash } of stored) assert.match(code_hash, /^\$scrypt\$ln=\d+,r=8,p=1\$/);
  });

  it('answers a wrong ID and a wrong code with the same status, headers and bytes', async () => {
    const code = uniqueCode('same');
    const s = await share(server, code, true);
    const wrongCode = await view(server, s.transcriptId, `${code}!`);
    const wrongId = await view(server, otherId(s.transcriptId), code);
    const notAnId = await view(server, 'no-such-thing', code);
    assert.equal(wrongCode.status, 404);
    assert.equal(wrongCode.text, NOT_FOUND_BODY);
    for (const other of [wrongId, notAnId]) {
      assert.equal(other.status, wrongCode.status);
      assert.equal(other.text, wrongCode.text);
      assert.deepEqual(comparableHeaders(other.headers), comparableHeaders(wrongCode.headers));
    }
    assert.equal(wrongCode.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.equal(wrongCode.headers.get('cache-control'), 'no-store');
  });

  it('opens a share from the ID typed casually, and only with the exact access code', async () => {
    const code = 'Lower-and-UPPER';
    const s = await share(server, code);
    const typed = `  ${s.transcriptId.toLowerCase().replace(/(.{4})(?=.)/g, '$1-')} `;
    assert.equal((await view(server, typed, code)).status, 200);
    assert.equal((await view(server, s.transcriptId, code.toLowerCase())).status, 404);
  });

  it('matches an access code typed in another Unicode normal form', async () => {
    const s = await share(server, 'café-crème-NFC'.normalize('NFC'));
    assert.equal((await view(server, s.transcriptId, 'café-crème-NFC'.normalize('NFD'))).status, 200);
  });

  it('leaves the address out of a shared transcript unless the learner chose it', async () => {
    const owner = (await server.api('/transcript')).json as Transcript;
    const address = owner.learner.address;
    assert.ok(address !== null, 'the demo learner has an address');
    const code = uniqueCode('address');
    const without = await share(server, code, false);
    const withAddress = await share(server, code, true);
    const hidden = await view(server, without.transcriptId, code);
    assert.equal(hidden.status, 200);
    const hiddenTranscript = hidden.json as Transcript;
    assert.equal(hiddenTranscript.learner.address, null);
    assert.ok(!hidden.text.includes(address.street), 'no part of the address anywhere in the body');
    assert.ok(!hidden.text.includes(address.postalCode!));
    assert.deepEqual(Object.keys(hiddenTranscript).sort(), [
      'certifications',
      'exams',
      'generatedAt',
      'learner',
      'share',
    ]);
    // The share's dates, for the page to say when it was shared and until when; nothing else of the share.
    assert.deepEqual(hiddenTranscript.share, { createdAt: without.createdAt, expiresAt: without.expiresAt });
    assert.deepEqual(Object.keys(hiddenTranscript.learner).sort(), ['address', 'email', 'id', 'name']);
    const shown = await view(server, withAddress.transcriptId, code);
    assert.deepEqual((shown.json as Transcript).learner.address, address);
  });

  it('gives the share URL on the shared page, with the ID and never the code', async () => {
    const code = uniqueCode('url');
    const s = await share(server, code);
    assert.equal(s.url, `${server.url}shared.html?transcript=${s.transcriptId}`);
    const listed = (await server.api('/transcript/shares')).json as { transcriptId: string }[];
    assert.ok(listed.some((l) => l.transcriptId === s.transcriptId));
    assert.ok(!JSON.stringify(listed).includes(code));
    assert.deepEqual(Object.keys(listed[0]).sort(), [
      'createdAt',
      'expiresAt',
      'includeAddress',
      'suspendedAt',
      'transcriptId',
      'url',
    ]);
  });

  it('revokes a share: it opens nothing, with the same 404 as a wrong code, and cannot be revoked twice', async () => {
    const code = uniqueCode('revoke');
    const s = await share(server, code);
    assert.equal((await view(server, s.transcriptId, code)).status, 200);
    const revoke = await server.api(`/transcript/shares/${s.transcriptId.toLowerCase()}`, { method: 'DELETE' });
    assert.equal(revoke.status, 204);
    const after = await view(server, s.transcriptId, code);
    assert.equal(after.status, 404);
    assert.equal(after.text, NOT_FOUND_BODY);
    assert.equal((await server.api(`/transcript/shares/${s.transcriptId}`, { method: 'DELETE' })).status, 404);
    const listed = (await server.api('/transcript/shares')).json as { transcriptId: string }[];
    assert.ok(!listed.some((l) => l.transcriptId === s.transcriptId));
  });

  it('answers an unknown or malformed ID on revoke with 404 or a clear 422', async () => {
    assert.equal((await server.api('/transcript/shares/ABCDEFGHJKLMN', { method: 'DELETE' })).status, 404);
    const tooLong = await server.api(`/transcript/shares/${'A'.repeat(300)}`, { method: 'DELETE' });
    assert.equal(tooLong.status, 422);
    assert.equal((tooLong.json as ProblemBody).field, 'transcriptId');
  });
});

describe('share URL on a configured page (SHARE_BASE_URL)', () => {
  it("keeps the page's own query and fragment and adds the transcript ID", async () => {
    const base = 'https://partner.example/transcripts/view?lang=es#top';
    const server = await startTestServer({
      config: { shareBaseUrl: configFromEnv({ SHARE_BASE_URL: base }).shareBaseUrl },
    });
    try {
      await server.signIn();
      const code = uniqueCode('base');
      const s = await share(server, code);
      assert.equal(s.url, `https://partner.example/transcripts/view?lang=es&transcript=${s.transcriptId}#top`);
      const listed = (await server.api('/transcript/shares')).json as { transcriptId: string; url: string }[];
      assert.equal(listed.find((l) => l.transcriptId === s.transcriptId)?.url, s.url);
      assert.ok(!s.url.includes(code));
    } finally {
      await server.dispose();
    }
  });
});

describe('the cap on active shares (MAX_ACTIVE_SHARES)', () => {
  it('creates at most the cap when 30 creations arrive at once', async () => {
    const server = await startTestServer({ config: { maxActiveShares: 3 } });
    try {
      await server.signIn();
      const replies = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          server.api('/transcript/shares', { body: { accessCode: uniqueCode(`cap${i}`), includeAddress: false } }),
        ),
      );
      assert.equal(replies.filter((r) => r.status === 201).length, 3);
      assert.equal(replies.filter((r) => r.status === 409).length, 27);
      assert.equal(((await server.api('/transcript/shares')).json as unknown[]).length, 3);
      const revoked = (replies.find((r) => r.status === 201)!.json as { transcriptId: string }).transcriptId;
      assert.equal((await server.api(`/transcript/shares/${revoked}`, { method: 'DELETE' })).status, 204);
      assert.equal(
        (await share(server, uniqueCode('after'))).transcriptId.length,
        13,
        'a revoked share frees its place',
      );
    } finally {
      await server.dispose();
    }
  });
});

describe('share expiry', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.signIn();
  });
  after(() => server.dispose());

  it('expires a share after 90 days: not listed, opens nothing, cannot be revoked', async () => {
    const code = uniqueCode('expiry');
    const s = await share(server, code, true);
    assert.equal(Date.parse(s.expiresAt) - Date.parse(s.createdAt), 90 * DAY_MS);
    server.clock.advance(90 * DAY_MS - 1000);
    assert.equal((await view(server, s.transcriptId, code)).status, 200);
    server.clock.advance(1000);
    const expired = await view(server, s.transcriptId, code);
    assert.equal(expired.status, 404);
    assert.equal(expired.text, NOT_FOUND_BODY);
    await server.signIn(); // the session has long expired too
    const listed = (await server.api('/transcript/shares')).json as { transcriptId: string }[];
    assert.ok(!listed.some((l) => l.transcriptId === s.transcriptId));
    assert.equal((await server.api(`/transcript/shares/${s.transcriptId}`, { method: 'DELETE' })).status, 404);
  });

  it('takes its lifetime from the configuration', async () => {
    const short = await startTestServer({ config: { shareLifetimeDays: 7 } });
    try {
      await short.signIn();
      const s = await share(short, uniqueCode('week'));
      assert.equal(Date.parse(s.expiresAt) - Date.parse(s.createdAt), 7 * DAY_MS);
    } finally {
      await short.dispose();
    }
  });
});

describe('rate limits on opening a share', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.signIn();
  });
  after(() => server.dispose());

  it('answers the 11th wrong attempt on one ID within 15 minutes with 429 and Retry-After, even with the right code', async () => {
    const code = uniqueCode('limit');
    const s = await share(server, code, true);
    for (let i = 1; i <= 10; i++) {
      server.clock.advance(1000);
      const reply = await view(server, s.transcriptId, `${code}-wrong-${i}`);
      assert.equal(reply.status, 404, `attempt ${i}`);
    }
    const eleventh = await view(server, s.transcriptId, code);
    assert.equal(eleventh.status, 429);
    const retryAfter = Number(eleventh.headers.get('retry-after'));
    assert.ok(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`);
    assert.equal(retryAfter, 15 * 60 - 9, 'until the first failure leaves the window');
    assert.equal((eleventh.json as ProblemBody).status, 429);
    assert.equal(eleventh.headers.get('content-type'), 'application/problem+json; charset=utf-8');

    // The owner still manages the share while its ID is limited.
    const listed = await server.api('/transcript/shares');
    assert.equal(listed.status, 200);
    assert.ok((listed.json as { transcriptId: string }[]).some((l) => l.transcriptId === s.transcriptId));

    // Other IDs are not affected; after the window, the right code opens the share again.
    const other = await share(server, code);
    assert.equal((await view(server, other.transcriptId, code)).status, 200);
    server.clock.advance(retryAfter * 1000);
    assert.equal((await view(server, s.transcriptId, code)).status, 200);

    const revoked = await server.api(`/transcript/shares/${s.transcriptId}`, { method: 'DELETE' });
    assert.equal(revoked.status, 204);
  });

  it('lets the owner revoke a share whose ID is rate-limited', async () => {
    const code = uniqueCode('owner');
    const s = await share(server, code);
    for (let i = 0; i < 10; i++) await view(server, s.transcriptId, `${code}?${i}`);
    assert.equal((await view(server, s.transcriptId, code)).status, 429);
    assert.equal((await server.api(`/transcript/shares/${s.transcriptId}`, { method: 'DELETE' })).status, 204);
  });

  it('limits an unknown ID the same way, so the limit does not reveal which IDs exist', async () => {
    server.clock.advance(16 * 60 * 1000);
    for (let i = 0; i < 10; i++) assert.equal((await view(server, 'ZZZZZZZZZZZZZ', uniqueCode('guess'))).status, 404);
    assert.equal((await view(server, 'ZZZZZZZZZZZZZ', uniqueCode('guess'))).status, 429);
  });

  it('counts parallel guesses before checking them, so a burst cannot slip past the limit', async () => {
    server.clock.advance(16 * 60 * 1000);
    const code = uniqueCode('burst');
    const s = await share(server, code);
    const replies = await Promise.all(
      Array.from({ length: 25 }, (_, i) => view(server, s.transcriptId, `${code}#${i}`)),
    );
    assert.equal(replies.filter((r) => r.status === 404).length, 10);
    assert.equal(replies.filter((r) => r.status === 429).length, 15);
  });

  it('checks 10 of 300 parallel guesses from one address and answers the rest 429', async () => {
    server.clock.advance(16 * 60 * 1000);
    const code = uniqueCode('flood');
    const s = await share(server, code);
    const replies = await Promise.all(
      Array.from({ length: 300 }, (_, i) => view(server, s.transcriptId, `${code}~${i}`)),
    );
    assert.equal(replies.filter((r) => r.status === 404).length, 10);
    assert.equal(replies.filter((r) => r.status === 429).length, 290);
  });

  it('limits one client across many IDs, and forgives successful views', async () => {
    const client = await startTestServer({ config: { clientMaxFailedAttempts: 12 } });
    try {
      await client.signIn();
      const code = uniqueCode('client');
      const s = await share(client, code);
      for (let i = 0; i < 5; i++)
        assert.equal((await view(client, s.transcriptId, code)).status, 200, 'successes are not counted');
      for (let i = 0; i < 12; i++) {
        const id = `${'23456789ABCDEFGH'[i]}${'Z'.repeat(12)}`;
        assert.equal((await view(client, id, code)).status, 404);
      }
      const limited = await view(client, s.transcriptId, code);
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
    } finally {
      await client.dispose();
    }
  });

  it('keeps counting failures across a restart', async () => {
    server.clock.advance(16 * 60 * 1000);
    const code = uniqueCode('restart');
    const s = await share(server, code);
    for (let i = 0; i < 10; i++) await view(server, s.transcriptId, `${code}${i}`);
    server = await server.restart();
    assert.equal((await view(server, s.transcriptId, code)).status, 429);
  });
});

describe('lockout: one address cannot lock others out, many addresses suspend the share visibly', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ config: { trustProxy: 1 } });
    await server.signIn();
  });
  after(() => server.dispose());

  const from = (address: string) => ({ 'x-forwarded-for': address });

  it('opens the share for 20 simultaneous viewers with the right code', async () => {
    const code = uniqueCode('crowd');
    const s = await share(server, code);
    const replies = await Promise.all(Array.from({ length: 20 }, () => view(server, s.transcriptId, code)));
    assert.deepEqual(
      replies.map((r) => r.status),
      Array.from({ length: 20 }, () => 200),
    );
  });

  it('limits the address that guessed 10 times and lets a viewer at another address in', async () => {
    server.clock.advance(16 * 60 * 1000);
    const code = uniqueCode('one-attacker');
    const s = await share(server, code);
    for (let i = 0; i < 10; i++)
      assert.equal((await view(server, s.transcriptId, `${code}-${i}`, from('203.0.113.7'))).status, 404);
    assert.equal((await view(server, s.transcriptId, code, from('203.0.113.7'))).status, 429);
    assert.equal((await view(server, s.transcriptId, code, from('198.51.100.20'))).status, 200);
    const listed = (await server.api('/transcript/shares')).json as {
      transcriptId: string;
      suspendedAt: string | null;
    }[];
    assert.equal(listed.find((l) => l.transcriptId === s.transcriptId)?.suspendedAt, null);
  });

  it('suspends a share guessed at from many addresses; the learner sees it and resumes it', async () => {
    server.clock.advance(16 * 60 * 1000);
    const code = uniqueCode('botnet');
    const s = await share(server, code);
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++)
      statuses.push((await view(server, s.transcriptId, `${code}-${i}`, from(`10.0.${i >> 8}.${i & 255}`))).status);
    assert.equal(statuses.filter((st) => st === 404).length, 50, 'SHARE_SUSPEND_AFTER_FAILURES guesses, then no more');
    assert.equal(statuses.filter((st) => st === 403).length, 10);

    const suspended = await view(server, s.transcriptId, code, from('192.0.2.1'));
    assert.equal(suspended.status, 403, 'even the right code, from a new address');
    assert.match((suspended.json as ProblemBody).detail ?? '', /suspended/);
    assert.equal(
      (suspended.json as ProblemBody).type,
      'urn:cert-elements:problem:share-suspended',
      'a type a client can word',
    );
    assert.equal(suspended.headers.get('content-type'), 'application/problem+json; charset=utf-8');

    const listed = (await server.api('/transcript/shares')).json as {
      transcriptId: string;
      suspendedAt: string | null;
    }[];
    assert.equal(listed.find((l) => l.transcriptId === s.transcriptId)?.suspendedAt, server.clock.now().toISOString());

    const resumed = await server.api(`/transcript/shares/${s.transcriptId}/resume`, { method: 'POST' });
    assert.equal(resumed.status, 204);
    const after = (await server.api('/transcript/shares')).json as {
      transcriptId: string;
      suspendedAt: string | null;
    }[];
    assert.equal(after.find((l) => l.transcriptId === s.transcriptId)?.suspendedAt, null);
    assert.equal((await view(server, s.transcriptId, code, from('192.0.2.1'))).status, 200);
    assert.equal(
      (await view(server, s.transcriptId, `${code}-again`, from('192.0.2.2'))).status,
      404,
      'the count starts afresh',
    );
    assert.equal(
      (await server.api('/transcript/shares/ABCDEFGHJKLMN/resume', { method: 'POST' })).status,
      404,
      'only the learner’s own shares',
    );
  });
});

describe('access codes from the list of the 10,000 most common passwords', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.signIn();
  });
  after(() => server.dispose());

  const create = (accessCode: string, headers: Record<string, string> = {}) =>
    server.api('/transcript/shares', { body: { accessCode, includeAddress: false }, headers });

  it('ships the whole list: 10,000 distinct passwords, most common first', () => {
    const lines = readFileSync(COMMON_PASSWORDS_FILE, 'utf8').split('\n').filter(Boolean);
    assert.equal(lines.length, 10_000);
    assert.equal(new Set(lines).size, 10_000);
    assert.deepEqual(lines.slice(0, 3), ['123456', 'password', '12345678']);
  });

  it('refuses every one of them that is long enough to be a code, in any case, with 422 naming the field', async () => {
    const long = readFileSync(COMMON_PASSWORDS_FILE, 'utf8')
      .split('\n')
      .filter((line) => [...line].length >= 8);
    assert.ok(long.length > 3000, `${long.length} entries of 8 characters or more`);
    for (const code of [long[0], long[long.length - 1], 'PassWord1', 'QWERTYUIOP', '12345678']) {
      const reply = await create(code);
      assert.equal(reply.status, 422, code);
      const problem = reply.json as ProblemBody;
      assert.equal(problem.field, 'accessCode');
      assert.equal(problem.type, 'urn:cert-elements:problem:common-access-code');
      assert.match(problem.detail ?? '', /10,000 most common passwords/);
      assert.ok(!reply.text.includes(JSON.stringify(code)), 'the code is not repeated back');
    }
    // A sample of the rest, so that a truncated list fails here.
    for (let i = 0; i < long.length; i += 97) assert.equal((await create(long[i])).status, 422, long[i]);
    assert.equal(((await server.api('/transcript/shares')).json as unknown[]).length, 0, 'none was made');
  });

  it('says it in Spanish when the request prefers Spanish', async () => {
    const reply = await create('password1', { 'accept-language': 'es-ES,es;q=0.9,en;q=0.8' });
    assert.equal(reply.status, 422);
    assert.match((reply.json as ProblemBody).detail ?? '', /10\.000 contraseñas más comunes/);
    // Swedish is a language nobody ships: the next one the request accepts, English, answers.
    const english = await create('password1', { 'accept-language': 'sv, en;q=0.5, es;q=0.4' });
    assert.match((english.json as ProblemBody).detail ?? '', /most common passwords/);
  });

  it('says it in French when the request prefers French over English and Spanish', async () => {
    const reply = await create('password1', { 'accept-language': 'fr, en;q=0.5, es;q=0.4' });
    assert.equal(reply.status, 422);
    assert.match((reply.json as ProblemBody).detail ?? '', /10\u202f000 mots de passe les plus courants/);
  });

  it('accepts a code that is not on the list', async () => {
    assert.equal((await create('violet staple anchor')).status, 201);
  });
});

describe('behind a reverse proxy (TRUST_PROXY, PUBLIC_BASE_URL)', () => {
  /** 40 wrong views, each with another forged X-Forwarded-For, to which the proxy appends the real address. */
  async function forgedViews(server: TestServer, appended: string | null) {
    await server.signIn();
    const code = uniqueCode('forged');
    const s = await share(server, code);
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const forged = `198.51.${i}.${i + 1}`;
      const xff = appended ? `${forged}, ${appended}` : forged;
      statuses.push((await view(server, s.transcriptId, `${code}-${i}`, { 'x-forwarded-for': xff })).status);
    }
    return statuses;
  }

  for (const [what, trustProxy, appended] of [
    ['no proxy trusted', false, null],
    ['one proxy hop trusted', 1, '203.0.113.66'],
    ['the proxy trusted by address', ['127.0.0.1'], '203.0.113.66'],
    ['the proxy trusted by network', ['127.0.0.0/8', '::1'], '203.0.113.66'],
  ] as const) {
    it(`does not let a forged X-Forwarded-For escape the limit: ${what}`, async () => {
      const server = await startTestServer({ config: { trustProxy: trustProxy as false | number | string[] } });
      try {
        const statuses = await forgedViews(server, appended);
        assert.equal(statuses.filter((st) => st === 404).length, 10);
        assert.equal(statuses.filter((st) => st === 429).length, 30);
      } finally {
        await server.dispose();
      }
    });
  }

  it('refuses TRUST_PROXY=true, which would believe any X-Forwarded-For, and reads hops and addresses', () => {
    assert.throws(() => configFromEnv({ TRUST_PROXY: 'true' }), /TRUST_PROXY.*number of proxies.*addresses/);
    assert.equal(configFromEnv({ TRUST_PROXY: '2' }).trustProxy, 2);
    assert.equal(configFromEnv({ TRUST_PROXY: 'false' }).trustProxy, false);
    assert.deepEqual(configFromEnv({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16 ,::1' }).trustProxy, [
      '10.0.0.1',
      '10.1.0.0/16',
      '::1',
    ]);
    assert.throws(() => configFromEnv({ TRUST_PROXY: 'proxy.example' }), /TRUST_PROXY/);
  });

  it('builds share URLs from PUBLIC_BASE_URL, never from Host or X-Forwarded-Host', async () => {
    const server = await startTestServer({
      config: {
        trustProxy: 1,
        publicBaseUrl: configFromEnv({ PUBLIC_BASE_URL: 'https://learn.example.com/certs/' }).publicBaseUrl,
      },
    });
    try {
      const session = await server.signIn();
      const reply = await rawRequest(server.url, '/api/transcript/shares', {
        method: 'POST',
        headers: {
          host: 'evil.example',
          'x-forwarded-host': 'evil.example',
          'x-forwarded-proto': 'http',
          'content-type': 'application/json',
          cookie: `session=${session}`,
        },
        body: JSON.stringify({ accessCode: uniqueCode('host'), includeAddress: false }),
      });
      assert.equal(reply.status, 201, reply.text);
      const { url, transcriptId } = reply.json as { url: string; transcriptId: string };
      assert.equal(url, `https://learn.example.com/certs/shared.html?transcript=${transcriptId}`);
    } finally {
      await server.dispose();
    }
  });

  it('without PUBLIC_BASE_URL, builds share URLs from the address it listens on, whatever the Host', async () => {
    const server = await startTestServer({ config: { trustProxy: 1 } });
    try {
      const session = await server.signIn();
      const reply = await rawRequest(server.url, '/api/transcript/shares', {
        method: 'POST',
        headers: {
          host: 'evil.example',
          'x-forwarded-host': 'evil.example',
          'content-type': 'application/json',
          cookie: `session=${session}`,
        },
        body: JSON.stringify({ accessCode: uniqueCode('host'), includeAddress: false }),
      });
      assert.equal(reply.status, 201, reply.text);
      const { url, transcriptId } = reply.json as { url: string; transcriptId: string };
      assert.equal(url, `${server.url}shared.html?transcript=${transcriptId}`);
    } finally {
      await server.dispose();
    }
  });
});
