import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/errors.js';
import { demoData } from '../../src/demo/demo-data.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapter/memory-adapter.js';
import {
  SHARE_LIFETIME_DAYS,
  SHARE_MAX_FAILED_ATTEMPTS,
  formatTranscriptId,
} from '../../src/rules/transcript-share.js';
import { CERTIFICATION_STATUSES, type Certification, type Learner } from '../../src/model.js';
import { describeAdapterContract, rejection, suspendByGuessing } from './contract.js';

const DAY_MS = 86_400_000;
/** Fewer PBKDF2 iterations where a test makes many shares and the cost is not what it checks. */
const FAST_HASH = 1_000;

/** A clock the test moves by hand. */
function manualClock(start = '2025-06-15T10:00:00.000Z'): { now: () => Date; advance: (ms: number) => void } {
  let time = Date.parse(start);
  return { now: () => new Date(time), advance: (ms) => (time += ms) };
}

function daysBetween(from: Date, isoDate: string): number {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  return Math.round((Date.parse(isoDate) - start) / DAY_MS);
}

const learner: Learner = {
  id: 'learner-42',
  name: 'Ада Лавлейс',
  email: 'ada@example.org',
  address: { street: '12 St James’s Square', locality: 'London', postalCode: 'SW1Y 4JH', country: 'United Kingdom' },
};

const certifications: Certification[] = [
  {
    id: 'c-1',
    title: 'Analytical Engines',
    code: 'AE-1',
    status: 'earned',
    earnedOn: '2024-01-10',
    expiresOn: null,
    credentialId: 'AE-0001',
    verificationUrl: 'https://verify.example.com/AE-0001',
    issuer: { name: 'Babbage Institute' },
    exams: [
      { code: 'AE-101', title: 'Notes on the Engine', passedOn: '2023-12-01' },
      { code: 'AE-102', title: 'Bernoulli Numbers', passedOn: '2024-01-10' },
    ],
  },
  {
    id: 'c-2',
    title: 'Difference Engines',
    code: 'DE-2',
    status: 'in-progress',
    earnedOn: null,
    expiresOn: null,
    credentialId: null,
    verificationUrl: null,
    issuer: { name: 'Babbage Institute' },
    exams: [
      { code: 'AE-101', title: 'Notes on the Engine', passedOn: '2023-12-01' },
      { code: 'DE-201', title: 'Finite Differences', passedOn: '2024-05-02' },
      { code: 'DE-202', title: 'Tables', passedOn: null },
    ],
  },
  {
    id: 'c-3',
    title: 'Punched Cards',
    code: 'PC-3',
    status: 'expired',
    earnedOn: '2020-01-01',
    expiresOn: '2023-01-01',
    credentialId: 'PC-3',
    verificationUrl: null,
    issuer: { name: 'Jacquard Loom Society' },
    exams: [{ code: 'PC-301', title: 'Cards', passedOn: '2020-01-01' }],
  },
];

function ownData(extra: MemoryAdapterOptions = {}): MemoryAdapter {
  return new MemoryAdapter({ learner, certifications, badges: [], ...extra });
}

describeAdapterContract('MemoryAdapter (demo data)', () => new MemoryAdapter(), { officialPdfs: 'absent' });
describeAdapterContract(
  'MemoryAdapter (given data, PDFs, share URL)',
  () =>
    ownData({
      shareBaseUrl: 'https://school.example.org/shared.html',
      certificatePdfs: { 'c-1': new Blob(['%PDF-1.7'], { type: 'application/pdf' }) },
      hashIterations: FAST_HASH,
      suspendAfterFailures: 3,
    }),
  { officialPdfs: ['c-1'], suspendShare: suspendByGuessing(3) },
);

describe('demoData', () => {
  for (const today of [new Date('2025-06-15T10:00:00Z'), new Date('2031-02-28T23:30:00Z'), new Date()]) {
    describe(`for ${today.toISOString()}`, () => {
      const demo = demoData(today);

      it('has a learner with an accented name and a postal address', () => {
        expect(demo.learner.name).to.equal('María José Núñez-Ortega');
        expect(demo.learner.address?.locality).to.equal('Madrid');
        expect(demo.learner.address?.street).to.be.a('string').and.not.be.empty;
      });

      it('has at least 8 certifications covering every status', () => {
        expect(demo.certifications.length).to.be.at.least(8);
        expect(new Set(demo.certifications.map((c) => c.status))).to.deep.equal(new Set(CERTIFICATION_STATUSES));
        expect(new Set(demo.certifications.map((c) => c.id)).size).to.equal(demo.certifications.length);
      });

      it('has an earned certification expiring within 30 days, with a renewal URL', () => {
        const expiring = demo.certifications.filter(
          (c) =>
            c.status === 'earned' &&
            c.expiresOn !== null &&
            daysBetween(today, c.expiresOn) >= 0 &&
            daysBetween(today, c.expiresOn) <= 30,
        );
        expect(expiring).to.have.length.at.least(1);
        expect(expiring[0].renewalUrl).to.match(/^https:\/\//);
      });

      it('keeps every status true on the day: earned not yet expired, expired in the past', () => {
        for (const c of demo.certifications) {
          if (c.status === 'earned' && c.expiresOn) expect(daysBetween(today, c.expiresOn), c.id).to.be.at.least(0);
          if (c.status === 'expired') expect(daysBetween(today, c.expiresOn!), c.id).to.be.below(0);
          if (c.earnedOn) expect(daysBetween(today, c.earnedOn), c.id).to.be.at.most(0);
          for (const exam of c.exams) if (exam.passedOn) expect(daysBetween(today, exam.passedOn)).to.be.at.most(0);
        }
      });

      it('has an in-progress certification with two exams, only the first passed', () => {
        const two = demo.certifications.find(
          (c) =>
            c.status === 'in-progress' &&
            c.exams.length === 2 &&
            c.exams[0].passedOn !== null &&
            c.exams[1].passedOn === null,
        );
        expect(two).to.not.equal(undefined);
      });

      it('has an in-progress certification with three exams, none passed', () => {
        const three = demo.certifications.find(
          (c) => c.status === 'in-progress' && c.exams.length === 3 && c.exams.every((e) => e.passedOn === null),
        );
        expect(three).to.not.equal(undefined);
      });

      it('gives earned, expired and revoked certifications credential IDs and https verification URLs', () => {
        for (const c of demo.certifications.filter((c) => c.status !== 'in-progress')) {
          expect(c.credentialId, c.id).to.be.a('string').and.not.be.empty;
          const url = new URL(c.verificationUrl!);
          expect(url.protocol, c.id).to.equal('https:');
          expect(url.hostname, c.id).to.match(/(^|\.)example\.(org|com)$/);
        }
      });

      it('has an issuer with a numeric LinkedIn organization ID', () => {
        const issuers = [...demo.certifications.map((c) => c.issuer), ...demo.badges.map((b) => b.issuer)];
        expect(issuers.some((i) => /^\d+$/.test(i.linkedInOrganizationId ?? ''))).to.be.true;
      });

      it('has at least 4 badges with same-origin SVG or PNG images, one with an expiry, OB 2.0 and 3.0 data', () => {
        expect(demo.badges.length).to.be.at.least(4);
        for (const badge of demo.badges) {
          const url = new URL(badge.imageUrl);
          expect(url.origin, badge.id).to.equal(location.origin);
          expect(url.pathname, badge.id).to.match(/\.(svg|png)$/);
        }
        expect(demo.badges.some((b) => b.expiresOn !== null && daysBetween(today, b.expiresOn) > 0)).to.be.true;
        const [assertion, credential] = demo.badges.filter((b) => b.openBadge !== null).map((b) => b.openBadge);
        expect(assertion).to.include({ '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion' });
        expect(credential).to.be.an('object').with.property('type').that.includes('OpenBadgeCredential');
      });
    });
  }

  it('draws badge images that parse as SVG, and one that decodes as a PNG', async () => {
    const raster = demoData().badges.filter((b) => b.imageUrl.endsWith('.png'));
    expect(raster).to.have.length(1);
    // A PNG's signature, then its IHDR chunk with the width and height (big-endian) at bytes 16 and 20.
    const png = new DataView(await (await fetch(raster[0].imageUrl)).arrayBuffer());
    expect(png.getUint32(0)).to.equal(0x89504e47);
    expect([png.getUint32(16), png.getUint32(20)]).to.deep.equal([192, 192]);
    // By URL: each demoData() call makes new objects. (Parsing the PNG's bytes as SVG crashes this Chromium's renderer.)
    for (const badge of demoData().badges.filter((b) => !b.imageUrl.endsWith('.png'))) {
      const svg = await (await fetch(badge.imageUrl)).text();
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelector('parsererror'), badge.id).to.equal(null);
      expect(doc.documentElement.localName).to.equal('svg');
    }
  });

  it('returns fresh objects each call', () => {
    const a = demoData(new Date('2025-06-15'));
    a.certifications[0].issuer.name = 'changed';
    expect(demoData(new Date('2025-06-15')).certifications[0].issuer.name).to.not.equal('changed');
    expect(a.certifications[1].issuer.name).to.not.equal('changed');
  });
});

describe('MemoryAdapter', () => {
  describe('data', () => {
    it('serves the demo data for its clock by default', async () => {
      const adapter = new MemoryAdapter({ now: manualClock('2025-06-15T10:00:00.000Z').now });
      const learner = await adapter.getLearner();
      expect([learner.id, learner.name, learner.address?.locality]).to.deep.equal([
        'learner-mjno-0001',
        'María José Núñez-Ortega',
        'Madrid',
      ]);
      const dates = (await adapter.listCertifications()).slice(0, 2).map((c) => [c.id, c.earnedOn, c.expiresOn]);
      expect(dates).to.deep.equal([
        ['cert-cloud-administrator', '2024-05-01', '2026-05-01'],
        ['cert-data-engineer', '2023-06-28', '2025-06-27'],
      ]);
      expect(await adapter.listBadges()).to.have.length.at.least(4);
    });

    it('serves the data it was given', async () => {
      const adapter = ownData();
      expect(await adapter.getLearner()).to.deep.equal(learner);
      expect(await adapter.listCertifications()).to.deep.equal(certifications);
      expect(await adapter.listBadges()).to.deep.equal([]);
    });

    it('derives the transcript: earned and expired certifications and passed exams once each, newest first, generated now', async () => {
      const clock = manualClock();
      const transcript = await ownData({ now: clock.now }).getTranscript();
      expect(transcript.learner).to.deep.equal(learner);
      expect(transcript.certifications.map((c) => c.id)).to.deep.equal(['c-1', 'c-3']);
      expect(transcript.exams.map((e) => `${e.code} ${e.passedOn}`)).to.deep.equal([
        'DE-201 2024-05-02',
        'AE-102 2024-01-10',
        'AE-101 2023-12-01',
        'PC-301 2020-01-01',
      ]);
      expect(transcript.generatedAt).to.equal('2025-06-15T10:00:00.000Z');
    });

    it('lets the transcript option replace derived parts', async () => {
      const transcript = await ownData({
        transcript: { exams: [], generatedAt: '2025-01-01T00:00:00.000Z' },
      }).getTranscript();
      expect(transcript.exams).to.deep.equal([]);
      expect(transcript.generatedAt).to.equal('2025-01-01T00:00:00.000Z');
      expect(transcript.certifications.map((c) => c.id)).to.deep.equal(['c-1', 'c-3']);
    });

    it('keeps its own copies: neither the given data nor an answer changes its state', async () => {
      const given = structuredClone(certifications);
      const adapter = new MemoryAdapter({ learner, certifications: given, badges: [] });
      given[0].title = 'changed after construction';
      const answer = await adapter.listCertifications();
      expect(answer[0].title).to.equal('Analytical Engines');
      answer[0].exams[0].passedOn = null;
      const learnerAnswer = await adapter.getLearner();
      learnerAnswer.address!.street = 'changed by a caller';
      const transcript = await adapter.getTranscript();
      transcript.learner.name = 'changed by a caller';
      expect(await adapter.listCertifications()).to.deep.equal(certifications);
      expect(await adapter.getLearner()).to.deep.equal(learner);
      expect((await adapter.getTranscript()).learner.name).to.equal(learner.name);
    });
  });

  describe('latency and abort', () => {
    it('waits latencyMs before answering', async () => {
      const start = performance.now();
      await new MemoryAdapter({ latencyMs: 120 }).getLearner();
      expect(performance.now() - start).to.be.at.least(110);
    });

    it('rejects with kind aborted as soon as the signal aborts during the latency', async () => {
      const adapter = new MemoryAdapter({ latencyMs: 60_000 });
      const controller = new AbortController();
      const start = performance.now();
      const pending = adapter.listBadges({ signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      await rejection(pending, 'aborted');
      expect(performance.now() - start).to.be.below(1_000);
    });

    it('rejects with kind timeout when the signal is a timeout', async () => {
      const adapter = new MemoryAdapter({ latencyMs: 60_000 });
      await rejection(adapter.getLearner({ signal: AbortSignal.timeout(20) }), 'timeout');
    });

    it('does not create a share when aborted while hashing the access code', async () => {
      const adapter = ownData();
      const controller = new AbortController();
      const pending = adapter.createTranscriptShare(
        { accessCode: 'abcdefgh', includeAddress: false },
        { signal: controller.signal },
      );
      await Promise.resolve();
      controller.abort();
      await rejection(pending, 'aborted');
      expect(await adapter.listTranscriptShares()).to.deep.equal([]);
    });
  });

  describe('fail option', () => {
    it('makes one operation reject with the given error and leaves the others working', async () => {
      const failure = new AdapterError('server', 'The badge service is down.', { status: 503 });
      const adapter = new MemoryAdapter({ fail: { listBadges: failure } });
      const error = await rejection(adapter.listBadges(), 'server');
      expect(error).to.equal(failure);
      expect(await adapter.listCertifications()).to.have.length.at.least(8);
    });

    it('can fail share and e-mail operations, e.g. with rate-limited', async () => {
      const adapter = ownData({
        fail: {
          createTranscriptShare: new AdapterError('rate-limited', 'Slow down.', { retryAfter: 30 }),
          emailTranscript: new AdapterError('network', 'Offline.'),
        },
      });
      expect(
        (await rejection(adapter.createTranscriptShare({ accessCode: 'abcdefgh', includeAddress: false }))).retryAfter,
      ).to.equal(30);
      await rejection(adapter.emailTranscript({ to: 'a@example.com', includeAddress: false }), 'network');
      expect(adapter.outbox).to.deep.equal([]);
    });
  });

  describe('emailTranscript', () => {
    it('records each message in the outbox', async () => {
      const clock = manualClock();
      const adapter = ownData({ now: clock.now });
      await adapter.emailTranscript({ to: ' hr@example.com ', includeAddress: true });
      clock.advance(60_000);
      await adapter.emailTranscript({ to: 'other@example.org', includeAddress: false, lang: 'es-mx' });
      await rejection(adapter.emailTranscript({ to: 'nope', includeAddress: false }), 'invalid-request');
      expect(adapter.outbox).to.deep.equal([
        { to: 'hr@example.com', includeAddress: true, lang: null, sentAt: '2025-06-15T10:00:00.000Z' },
        { to: 'other@example.org', includeAddress: false, lang: 'es-MX', sentAt: '2025-06-15T10:01:00.000Z' },
      ]);
    });

    it('refuses an identical e-mail for a minute, as the reference server does', async () => {
      const clock = manualClock();
      const adapter = ownData({ now: clock.now });
      const request = { to: 'hr@example.com', includeAddress: false, lang: 'es' };
      await adapter.emailTranscript(request);
      clock.advance(15_000);
      const error = await rejection(adapter.emailTranscript({ ...request, to: 'HR@example.com' }), 'rate-limited');
      expect(error.retryAfter).to.equal(45);
      await adapter.emailTranscript({ ...request, lang: 'en' });
      clock.advance(45_000);
      await adapter.emailTranscript(request);
      expect(adapter.outbox.map((e) => e.lang)).to.deep.equal(['es', 'en', 'es']);
    });

    it('refuses an includeAddress that is not a boolean', async () => {
      const request = { to: 'a@example.com', includeAddress: 'yes' as unknown as boolean };
      expect((await rejection(ownData().emailTranscript(request), 'invalid-request')).field).to.equal('includeAddress');
    });
  });

  describe('transcript shares', () => {
    it('stores only a hash of the access code, never the code', async () => {
      const adapter = ownData();
      const accessCode = 'Plain-Text-Never-Stored';
      const share = await adapter.createTranscriptShare({ accessCode, includeAddress: true });
      const state = await adapter.inspectState();
      expect(JSON.stringify(state)).to.not.include(accessCode);
      expect(JSON.stringify(state)).to.not.include(btoa(accessCode));
      expect(state.shares).to.have.length(1);
      const stored = state.shares[0];
      expect(Object.keys(stored).sort()).to.deep.equal([
        'createdAt',
        'expiresAt',
        'hash',
        'includeAddress',
        'suspendedAt',
        'transcriptId',
      ]);
      expect(stored.transcriptId).to.equal(share.transcriptId);
      // PBKDF2-SHA-256 with 600,000 iterations (OWASP 2023), a 16-byte salt and a 32-byte hash, in base64.
      expect(stored.hash).to.match(/^pbkdf2-sha256\$600000\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    });

    it('gives a share a URL on shareBaseUrl, or null without one', async () => {
      const withUrl = await ownData({
        shareBaseUrl: 'https://school.example.org/shared.html',
        hashIterations: FAST_HASH,
      }).createTranscriptShare({ accessCode: 'abcdefgh', includeAddress: false });
      expect(withUrl.url).to.equal(`https://school.example.org/shared.html?transcript=${withUrl.transcriptId}`);
      const withQuery = await ownData({
        shareBaseUrl: '/shared.html?lang=es#top',
        hashIterations: FAST_HASH,
      }).createTranscriptShare({ accessCode: 'abcdefgh', includeAddress: false });
      expect(withQuery.url).to.equal(`/shared.html?lang=es&transcript=${withQuery.transcriptId}#top`);
      const without = await ownData({ hashIterations: FAST_HASH }).createTranscriptShare({
        accessCode: 'abcdefgh',
        includeAddress: false,
      });
      expect(without.url).to.equal(null);
    });

    it(`expires a share ${SHARE_LIFETIME_DAYS} days after it is created`, async () => {
      const clock = manualClock();
      const adapter = ownData({ now: clock.now, hashIterations: FAST_HASH });
      const accessCode = 'abcdefgh';
      const share = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
      expect(share.createdAt).to.equal('2025-06-15T10:00:00.000Z');
      expect(share.expiresAt).to.equal('2025-09-13T10:00:00.000Z');
      clock.advance(SHARE_LIFETIME_DAYS * DAY_MS - 1);
      await adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode });
      clock.advance(1);
      const expired = await rejection(
        adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode }),
        'not-found',
      );
      expect(expired.message).to.equal('No shared transcript matches this transcript ID and access code.');
      expect(await adapter.listTranscriptShares()).to.deep.equal([]);
    });

    it('lists shares newest first', async () => {
      const clock = manualClock();
      const adapter = ownData({ now: clock.now, hashIterations: FAST_HASH });
      const first = await adapter.createTranscriptShare({ accessCode: 'abcdefgh', includeAddress: false });
      clock.advance(1_000);
      const second = await adapter.createTranscriptShare({ accessCode: 'abcdefgh', includeAddress: true });
      expect((await adapter.listTranscriptShares()).map((s) => s.transcriptId)).to.deep.equal([
        second.transcriptId,
        first.transcriptId,
      ]);
    });

    it('opens a share from its formatted ID and revokes one by its formatted ID', async () => {
      const adapter = ownData({ hashIterations: FAST_HASH });
      const share = await adapter.createTranscriptShare({ accessCode: 'abcdefgh', includeAddress: false });
      const formatted = formatTranscriptId(share.transcriptId);
      await adapter.viewSharedTranscript({ transcriptId: formatted, accessCode: 'abcdefgh' });
      await adapter.revokeTranscriptShare(formatted.toLowerCase());
      expect(await adapter.listTranscriptShares()).to.deep.equal([]);
    });

    describe('the same hashing work for every view, so timing tells nothing', () => {
      /** Runs `view` and returns the PBKDF2 iteration count of every derivation it did. */
      async function derivations(view: () => Promise<unknown>): Promise<number[]> {
        const own = Object.getOwnPropertyDescriptor(SubtleCrypto.prototype, 'deriveBits')!;
        const deriveBits = own.value as SubtleCrypto['deriveBits'];
        const iterations: number[] = [];
        SubtleCrypto.prototype.deriveBits = function (this: SubtleCrypto, algorithm, key, length) {
          iterations.push((algorithm as Pbkdf2Params).iterations);
          return deriveBits.call(this, algorithm, key, length);
        };
        try {
          await view().catch(() => {});
        } finally {
          Object.defineProperty(SubtleCrypto.prototype, 'deriveBits', own);
        }
        return iterations;
      }

      /** An adapter with a live, a revoked and an expired share, and a view of each kind of ID. */
      async function viewsOfEveryKind(): Promise<Record<string, () => Promise<unknown>>> {
        const clock = manualClock();
        const adapter = ownData({ now: clock.now, hashIterations: FAST_HASH });
        const accessCode = 'right-code';
        const expiring = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        clock.advance((SHARE_LIFETIME_DAYS - 1) * DAY_MS);
        const live = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        const revoked = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        await adapter.revokeTranscriptShare(revoked.transcriptId);
        clock.advance(DAY_MS);
        const view =
          (transcriptId: string, code = accessCode) =>
          () =>
            adapter.viewSharedTranscript({ transcriptId, accessCode: code });
        return {
          unknown: view('ABCDEFGHJKLMN'),
          revoked: view(revoked.transcriptId),
          expired: view(expiring.transcriptId),
          'wrong code': view(live.transcriptId, 'wrong-code'),
          'right code': view(live.transcriptId),
        };
      }

      /** The derivations of each view, run one after another in the given order. */
      async function workOf(views: Record<string, () => Promise<unknown>>): Promise<Record<string, number[]>> {
        const work: Record<string, number[]> = {};
        for (const [kind, view] of Object.entries(views)) work[kind] = await derivations(view);
        return work;
      }

      const oneDerivation = (kinds: string[]) => Object.fromEntries(kinds.map((kind) => [kind, [FAST_HASH]]));

      it('derives once, with the same iterations, for an unknown, revoked, expired, wrong-code or right-code view', async () => {
        const views = await viewsOfEveryKind();
        const work = await workOf(views);
        expect(work).to.deep.equal(oneDerivation(Object.keys(views)));
        // In the other order too: the unknown ID last, after views of a known one.
        const reversed = await workOf(Object.fromEntries(Object.entries(views).reverse()));
        expect(reversed).to.deep.equal(oneDerivation(Object.keys(views)));
      });

      // A decoy built on the first such view would make that view derive twice, telling a first probe apart.
      it('derives once on the very first view of an unknown ID too', async () => {
        const views = await viewsOfEveryKind();
        expect(await workOf({ unknown: views.unknown })).to.deep.equal(oneDerivation(['unknown']));
      });
    });

    describe('suspension (suspendAfterFailures)', () => {
      const accessCode = 'right-code';

      async function guess(adapter: MemoryAdapter, id: string, times: number): Promise<void> {
        for (let i = 0; i < times; i++) {
          await rejection(adapter.viewSharedTranscript({ transcriptId: id, accessCode: `guess-${i}` }), 'not-found');
        }
      }

      it('never suspends without the option: failures end in rate-limited, the share stays unsuspended', async () => {
        const adapter = ownData({ hashIterations: FAST_HASH });
        const share = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        await guess(adapter, share.transcriptId, SHARE_MAX_FAILED_ATTEMPTS);
        await rejection(adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode }), 'rate-limited');
        expect((await adapter.listTranscriptShares())[0].suspendedAt).to.equal(null);
      });

      it('suspends a share at its limit, at that moment, beyond the attempt window, until resumed', async () => {
        const clock = manualClock();
        const adapter = ownData({ now: clock.now, hashIterations: FAST_HASH, suspendAfterFailures: 2 });
        const share = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        await guess(adapter, share.transcriptId, 1);
        expect((await adapter.listTranscriptShares())[0].suspendedAt, 'one failure is not enough').to.equal(null);
        clock.advance(60_000);
        await guess(adapter, share.transcriptId, 1);
        const [listed] = await adapter.listTranscriptShares();
        expect(listed.suspendedAt).to.equal('2025-06-15T10:01:00.000Z');
        expect((await adapter.inspectState()).shares[0].suspendedAt).to.equal('2025-06-15T10:01:00.000Z');

        clock.advance(16 * 60_000);
        const refused = await rejection(
          adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode }),
          'forbidden',
        );
        expect(refused.reason).to.equal('share-suspended');
        expect(refused.retryable).to.be.false;

        await adapter.resumeTranscriptShare(share.transcriptId);
        expect((await adapter.listTranscriptShares())[0].suspendedAt).to.equal(null);
        await adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode });
        // The guesses were forgiven with the suspension: one more does not suspend it again at once.
        await guess(adapter, share.transcriptId, 1);
        expect((await adapter.listTranscriptShares())[0].suspendedAt).to.equal(null);
      });

      it('a failure of an unknown ID suspends nothing', async () => {
        const adapter = ownData({ hashIterations: FAST_HASH, suspendAfterFailures: 1 });
        const share = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        await guess(adapter, 'UNKNOWN234567', 3);
        expect((await adapter.listTranscriptShares())[0].suspendedAt).to.equal(null);
        await adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode });
      });
    });

    describe('rate limit', () => {
      const accessCode = 'right-code';

      async function sharedAdapter(): Promise<{
        adapter: MemoryAdapter;
        id: string;
        clock: ReturnType<typeof manualClock>;
      }> {
        const clock = manualClock();
        const adapter = ownData({ now: clock.now, hashIterations: FAST_HASH });
        const share = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        return { adapter, id: share.transcriptId, clock };
      }

      it(`refuses even the right code with rate-limited after ${SHARE_MAX_FAILED_ATTEMPTS} failures in 15 minutes`, async () => {
        const { adapter, id, clock } = await sharedAdapter();
        for (let i = 0; i < SHARE_MAX_FAILED_ATTEMPTS; i++) {
          await rejection(
            adapter.viewSharedTranscript({ transcriptId: id, accessCode: `wrong-code-${i}` }),
            'not-found',
          );
          clock.advance(10_000);
        }
        const limited = await rejection(adapter.viewSharedTranscript({ transcriptId: id, accessCode }), 'rate-limited');
        // 10 failures 10 s apart: the oldest leaves the 15-minute window 900 - 100 = 800 s later.
        expect(limited.retryAfter).to.equal(800);
        expect(limited.retryable).to.be.true;
        // The limit is per transcript ID: another share still opens.
        const other = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        await adapter.viewSharedTranscript({ transcriptId: other.transcriptId, accessCode });
        // Once the oldest failure leaves the window, one more attempt is allowed.
        clock.advance(limited.retryAfter! * 1000);
        await adapter.viewSharedTranscript({ transcriptId: id, accessCode });
      });

      it('counts failures on the normalised ID, however it was typed', async () => {
        const { adapter, id } = await sharedAdapter();
        for (let i = 0; i < SHARE_MAX_FAILED_ATTEMPTS; i++) {
          const typed = i % 2 ? formatTranscriptId(id).toLowerCase() : id;
          await rejection(adapter.viewSharedTranscript({ transcriptId: typed, accessCode: 'wrong-code' }), 'not-found');
        }
        await rejection(
          adapter.viewSharedTranscript({ transcriptId: ` ${formatTranscriptId(id)} `, accessCode }),
          'rate-limited',
        );
      });

      it('limits guesses at unknown IDs too, and parallel guesses cannot slip past', async () => {
        const { adapter } = await sharedAdapter();
        const unknown = 'ABCDEFGHJKLMN';
        const guesses = Array.from({ length: SHARE_MAX_FAILED_ATTEMPTS + 5 }, (_, i) =>
          adapter.viewSharedTranscript({ transcriptId: unknown, accessCode: `guess-${i}-xx` }).then(
            () => 'opened',
            (error: AdapterError) => error.kind,
          ),
        );
        const kinds = await Promise.all(guesses);
        expect(kinds.filter((k) => k === 'not-found')).to.have.length(SHARE_MAX_FAILED_ATTEMPTS);
        expect(kinds.filter((k) => k === 'rate-limited')).to.have.length(5);
      });

      it('does not count a successful view as a failure', async () => {
        const { adapter, id } = await sharedAdapter();
        for (let i = 0; i < SHARE_MAX_FAILED_ATTEMPTS + 2; i++)
          await adapter.viewSharedTranscript({ transcriptId: id, accessCode });
        for (let i = 0; i < SHARE_MAX_FAILED_ATTEMPTS - 1; i++) {
          await rejection(adapter.viewSharedTranscript({ transcriptId: id, accessCode: 'wrong-code' }), 'not-found');
        }
        await adapter.viewSharedTranscript({ transcriptId: id, accessCode });
      });
    });
  });

  describe('getCertificatePdf', () => {
    it('is absent unless certificatePdfs is given', () => {
      expect(new MemoryAdapter().getCertificatePdf).to.equal(undefined);
      expect('getCertificatePdf' in new MemoryAdapter()).to.be.false;
    });

    it('gives the PDF for a certification that has one, null for one without, not-found for an unknown ID', async () => {
      const adapter = ownData({ certificatePdfs: { 'c-1': new Blob(['%PDF-1.7 demo'], { type: 'application/pdf' }) } });
      const pdf = await adapter.getCertificatePdf!('c-1');
      expect(pdf).to.be.instanceOf(Blob);
      expect(pdf!.type).to.equal('application/pdf');
      expect(await pdf!.text()).to.equal('%PDF-1.7 demo');
      expect(await adapter.getCertificatePdf!('c-2')).to.equal(null);
      await rejection(adapter.getCertificatePdf!('no-such-certification'), 'not-found');
    });
  });
});
