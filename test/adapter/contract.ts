/**
 * The rules every `CertAdapter` keeps, checked through the interface only. Runs in the browser
 * against any adapter (MemoryAdapter here, RestAdapter on a real server elsewhere), so it asserts
 * shapes and rules, never the seeded learner's names.
 */
import { isExpired } from '../../src/rules/expiry.js';
import { expect } from '@open-wc/testing';
import type { CertAdapter, RequestOptions } from '../../src/adapter/adapter.js';
import {
  ADAPTER_ERROR_KINDS,
  isAdapterError,
  type AdapterError,
  type AdapterErrorKind,
} from '../../src/adapter/errors.js';
import {
  CERTIFICATION_STATUSES,
  type Address,
  type Badge,
  type Certification,
  type Exam,
  type Issuer,
  type Learner,
  type Transcript,
  type TranscriptShare,
} from '../../src/model.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Access codes are 8 to 64 characters (openapi.yaml, AccessCode). */
const ACCESS_CODE_MIN_LENGTH = 8;
const ACCESS_CODE_MAX_LENGTH = 64;
const TRANSCRIPT_SHARE_KEYS = ['createdAt', 'expiresAt', 'includeAddress', 'transcriptId', 'url'];

/** A value as a failure message shows it: an error by name and message, anything else as JSON. */
function shown(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  switch (typeof value) {
    case 'undefined':
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'symbol':
      return String(value);
    case 'function':
      return `function ${value.name}`;
    default:
      try {
        return JSON.stringify(value);
      } catch {
        return Object.prototype.toString.call(value);
      }
  }
}

/** The error `promise` rejects with, checked to be an `AdapterError` of `kind`. */
export async function rejection(promise: Promise<unknown>, kind?: AdapterErrorKind): Promise<AdapterError> {
  let outcome: unknown;
  try {
    await promise;
  } catch (error) {
    outcome = error;
  }
  if (outcome === undefined) throw new Error(`Expected a rejection${kind ? ` with kind ${kind}` : ''}; it resolved.`);
  expect(isAdapterError(outcome), `rejected with ${shown(outcome)}`).to.be.true;
  const error = outcome as AdapterError;
  expect(ADAPTER_ERROR_KINDS).to.include(error.kind);
  if (kind) expect(error.kind, error.message).to.equal(kind);
  expect(error.message).to.be.a('string').and.not.be.empty;
  return error;
}

function expectCalendarDate(value: unknown, what: string): void {
  expect(value, what).to.be.a('string').and.match(ISO_DATE);
  expect(Number.isNaN(Date.parse(value as string)), `${what} is a real date`).to.be.false;
}

function expectCalendarDateOrNull(value: unknown, what: string): void {
  if (value !== null) expectCalendarDate(value, what);
}

function expectInstant(value: unknown, what: string): void {
  expect(value, what).to.be.a('string');
  expect(Number.isNaN(Date.parse(value as string)), `${what} is a date-time`).to.be.false;
  expect(value, `${what} is a date-time, not a calendar date`).to.include('T');
}

function expectNullableString(value: unknown, what: string): void {
  if (value !== null && value !== undefined) expect(value, what).to.be.a('string');
}

function expectAddress(address: Address | null, what: string): void {
  if (address === null) return;
  expect(address, what).to.be.an('object');
  expect(address.street, `${what}.street`).to.be.a('string').and.not.be.empty;
  for (const part of ['locality', 'region', 'postalCode', 'country'] as const) {
    if (address[part] !== undefined) expect(address[part], `${what}.${part}`).to.be.a('string');
  }
}

function expectLearner(learner: Learner, what = 'learner'): void {
  expect(learner, what).to.be.an('object');
  expect(learner.id, `${what}.id`).to.be.a('string').and.not.be.empty;
  expect(learner.name, `${what}.name`).to.be.a('string').and.not.be.empty;
  expect(learner.email, `${what}.email`).to.be.a('string');
  expect(learner, what).to.have.property('address');
  expectAddress(learner.address, `${what}.address`);
}

function expectIssuer(issuer: Issuer, what: string): void {
  expect(issuer, what).to.be.an('object');
  expect(issuer.name, `${what}.name`).to.be.a('string').and.not.be.empty;
  expectNullableString(issuer.url, `${what}.url`);
  if (issuer.linkedInOrganizationId != null) {
    expect(issuer.linkedInOrganizationId, `${what}.linkedInOrganizationId`).to.match(/^\d+$/);
  }
}

function expectExam(exam: Exam, what: string): void {
  expect(exam.code, `${what}.code`).to.be.a('string').and.not.be.empty;
  expect(exam.title, `${what}.title`).to.be.a('string').and.not.be.empty;
  expectCalendarDateOrNull(exam.passedOn, `${what}.passedOn`);
}

function expectCertification(c: Certification, what: string): void {
  expect(c, what).to.be.an('object');
  expect(c.id, `${what}.id`).to.be.a('string').and.not.be.empty;
  expect(c.title, `${what}.title`).to.be.a('string').and.not.be.empty;
  expect(c.code, `${what}.code`).to.be.a('string');
  expect(CERTIFICATION_STATUSES, `${what}.status`).to.include(c.status);
  expectCalendarDateOrNull(c.earnedOn, `${what}.earnedOn`);
  expectCalendarDateOrNull(c.expiresOn, `${what}.expiresOn`);
  expectNullableString(c.credentialId, `${what}.credentialId`);
  expectNullableString(c.verificationUrl, `${what}.verificationUrl`);
  expectNullableString(c.renewalUrl, `${what}.renewalUrl`);
  expectIssuer(c.issuer, `${what}.issuer`);
  expect(c.exams, `${what}.exams`).to.be.an('array');
  c.exams.forEach((exam, i) => expectExam(exam, `${what}.exams[${i}]`));
  if (c.status === 'earned') expect(c.earnedOn, `${what} is earned, so has earnedOn`).to.not.equal(null);
}

function expectBadge(b: Badge, what: string): void {
  expect(b, what).to.be.an('object');
  expect(b.id, `${what}.id`).to.be.a('string').and.not.be.empty;
  expect(b.name, `${what}.name`).to.be.a('string').and.not.be.empty;
  expect(b.description, `${what}.description`).to.be.a('string');
  expect(b.imageUrl, `${what}.imageUrl`).to.be.a('string').and.not.be.empty;
  expectCalendarDate(b.issuedOn, `${what}.issuedOn`);
  expectCalendarDateOrNull(b.expiresOn, `${what}.expiresOn`);
  expectIssuer(b.issuer, `${what}.issuer`);
  expectNullableString(b.criteriaUrl, `${what}.criteriaUrl`);
  expectNullableString(b.publicUrl, `${what}.publicUrl`);
  if (b.openBadge !== null) expect(['object', 'string'], `${what}.openBadge`).to.include(typeof b.openBadge);
}

function expectTranscript(t: Transcript, what = 'transcript'): void {
  expectLearner(t.learner, `${what}.learner`);
  expect(t.certifications, `${what}.certifications`).to.be.an('array');
  t.certifications.forEach((c, i) => expectCertification(c, `${what}.certifications[${i}]`));
  expect(t.exams, `${what}.exams`).to.be.an('array');
  t.exams.forEach((exam, i) => {
    expectExam(exam, `${what}.exams[${i}]`);
    expect(exam.passedOn, `${what}.exams[${i}] is a passed exam`).to.not.equal(null);
  });
  const dates = t.exams.map((exam) => exam.passedOn ?? '');
  expect(dates, `${what}.exams newest first`).to.deep.equal([...dates].sort().reverse());
  expectInstant(t.generatedAt, `${what}.generatedAt`);
}

function expectShare(share: TranscriptShare, what = 'share'): void {
  // suspendedAt is optional: a backend without suspension leaves it out.
  const keys = Object.keys(share).filter((key) => key !== 'suspendedAt');
  expect(keys.sort(), `${what} has exactly the public fields (no hash, no code)`).to.deep.equal(TRANSCRIPT_SHARE_KEYS);
  if (share.suspendedAt != null) expectInstant(share.suspendedAt, `${what}.suspendedAt`);
  expect(share.transcriptId, `${what}.transcriptId`).to.be.a('string').and.not.be.empty;
  expect(share.includeAddress, `${what}.includeAddress`).to.be.a('boolean');
  expectNullableString(share.url, `${what}.url`);
  if (share.url !== null) expect(share.url, `${what}.url names the transcript ID`).to.include(share.transcriptId);
  expectInstant(share.createdAt, `${what}.createdAt`);
  if (share.expiresAt !== null) {
    expectInstant(share.expiresAt, `${what}.expiresAt`);
    expect(Date.parse(share.expiresAt)).to.be.greaterThan(Date.parse(share.createdAt));
  }
}

function expectUnique(ids: string[], what: string): void {
  expect(new Set(ids).size, `${what} are unique`).to.equal(ids.length);
}

/** An ID as a person might type it: lower case, dashes every four characters, stray spaces. */
function typedCasually(id: string): string {
  return `  ${id.toLowerCase().replace(/(.{4})(?=.)/g, '$1-')} `;
}

/** A code of `length` characters, varied so no two tests share one. */
function code(length: number, seed = Math.random().toString(36).slice(2)): string {
  return (seed + 'x'.repeat(length)).slice(0, length);
}

/** A transcript ID no share has: a real ID with its characters rearranged. */
function otherId(id: string): string {
  const reversed = [...id].reverse().join('');
  return reversed === id ? `${id.slice(1)}${id[0] === 'Z' ? 'Y' : 'Z'}` : reversed;
}

/** What a run of the contract knows about its adapter beyond the interface. */
export interface AdapterContractExpectations {
  /**
   * `'absent'`: the adapter has no `getCertificatePdf`. A list: the IDs of the certifications with an
   * official PDF. Left out: every listed certification gets a PDF or `null`.
   */
  officialPdfs?: 'absent' | readonly string[];
  /**
   * Suspends a share of the run's adapter as guessing at it does (failed views from many
   * addresses), given its right access code; left out, the tests of a suspended share are skipped.
   */
  suspendShare?: (adapter: CertAdapter, share: TranscriptShare, accessCode: string) => Promise<void>;
}

/** `suspendShare` for a backend that suspends a share after `failures` wrong codes: that many wrong views. */
export function suspendByGuessing(failures: number): NonNullable<AdapterContractExpectations['suspendShare']> {
  return async (adapter, share, accessCode) => {
    for (let i = 0; i < failures; i++) {
      await rejection(
        adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode: `${accessCode}-wrong-${i}` }),
        'not-found',
      );
    }
  };
}

/** A Blob that is a PDF document: its bytes start with `%PDF-`. */
async function expectPdf(pdf: unknown, what: string): Promise<void> {
  expect(pdf, what).to.be.instanceOf(Blob);
  const head = new TextDecoder('latin1').decode(await (pdf as Blob).slice(0, 5).arrayBuffer());
  expect(head, `${what} starts like a PDF`).to.equal('%PDF-');
}

export function describeAdapterContract(
  name: string,
  makeAdapter: () => CertAdapter | Promise<CertAdapter>,
  expectations: AdapterContractExpectations = {},
): void {
  describe(`${name}: the CertAdapter contract`, function () {
    this.timeout(30_000);
    let adapter: CertAdapter;

    beforeEach(async () => {
      adapter = await makeAdapter();
    });

    describe('data', () => {
      it('getLearner returns a learner', async () => {
        expectLearner(await adapter.getLearner());
      });

      it('listCertifications returns certifications with unique IDs', async () => {
        const certifications = await adapter.listCertifications();
        expect(certifications).to.be.an('array');
        certifications.forEach((c, i) => expectCertification(c, `certifications[${i}]`));
        expectUnique(
          certifications.map((c) => c.id),
          'certification IDs',
        );
      });

      it('listBadges returns badges with unique IDs', async () => {
        const badges = await adapter.listBadges();
        expect(badges).to.be.an('array');
        badges.forEach((b, i) => expectBadge(b, `badges[${i}]`));
        expectUnique(
          badges.map((b) => b.id),
          'badge IDs',
        );
      });

      it("getTranscript returns the learner's transcript: passed exams, newest first", async () => {
        const [transcript, learner, certifications] = await Promise.all([
          adapter.getTranscript(),
          adapter.getLearner(),
          adapter.listCertifications(),
        ]);
        expectTranscript(transcript);
        expect(transcript.learner.id).to.equal(learner.id);
        expect(transcript.learner.address).to.deep.equal(learner.address);
        const known = new Set(certifications.map((c) => c.id));
        for (const c of transcript.certifications)
          expect(known.has(c.id), `${c.id} is a listed certification`).to.be.true;
      });

      it('answers twice with equal data, and a changed answer does not change the next one', async () => {
        const first = await adapter.listCertifications();
        const second = await adapter.listCertifications();
        expect(second).to.deep.equal(first);
        if (first[0]) {
          first[0].title = 'changed by the caller';
          first[0].exams.length = 0;
        }
        expect(await adapter.listCertifications()).to.deep.equal(second);
      });
    });

    describe('verifyCredential', () => {
      it('verifies each listed credential: its verdict from its status and expiry, the learner as holder, nothing more', async function () {
        if (!adapter.verifyCredential) this.skip();
        const [certifications, learner] = await Promise.all([adapter.listCertifications(), adapter.getLearner()]);
        const credentials = certifications.filter((c) => c.credentialId && c.status !== 'in-progress');
        expect(credentials.length, 'certifications with a credential').to.be.greaterThan(0);
        for (const c of credentials) {
          const v = await adapter.verifyCredential(c.credentialId!);
          const expected =
            c.status === 'revoked' ? 'revoked' : c.status === 'expired' || isExpired(c.expiresOn) ? 'expired' : 'valid';
          expect(v.verdict, c.credentialId!).to.equal(expected);
          expect(v.credentialId).to.equal(c.credentialId);
          expect(v.holderName).to.equal(learner.name);
          expect(v.certification).to.deep.include({
            title: c.title,
            code: c.code,
            earnedOn: c.earnedOn,
            expiresOn: c.expiresOn,
          });
          expect(v.certification!.issuer.name).to.equal(c.issuer.name);
          expect(Number.isNaN(Date.parse(v.checkedAt))).to.equal(false);
          const text = JSON.stringify(v);
          expect(text, 'no e-mail').not.to.include(learner.email);
          expect(text, 'no internal ID').not.to.include(`"${c.id}"`);
        }
      });

      it('answers an unknown ID and one that cannot be an ID alike: not found, no one, nothing', async function () {
        if (!adapter.verifyCredential) this.skip();
        for (const id of ['ZZZZ-ZZZZ-ZZZZ-ZZZZ', '../../etc/passwd', 'x'.repeat(300), '']) {
          const v = await adapter.verifyCredential(id);
          expect(v, id.slice(0, 20)).to.deep.include({ verdict: 'not-found', holderName: null, certification: null });
        }
      });
    });

    describe('getCertificatePdf', () => {
      if (expectations.officialPdfs === 'absent') {
        it('is absent, so the widgets make every certificate PDF themselves', () => {
          expect('getCertificatePdf' in adapter, 'no getCertificatePdf, not even one set to undefined').to.be.false;
        });
        return;
      }

      const officialFor = expectations.officialPdfs;
      it(
        officialFor
          ? `gives a PDF for ${officialFor.join(', ')} and null for every other listed certification`
          : 'gives a PDF or null for every listed certification',
        async () => {
          expect(adapter).to.respondTo('getCertificatePdf');
          const certifications = await adapter.listCertifications();
          expect(certifications, 'certifications to ask for').to.not.be.empty;
          for (const { id } of certifications) {
            const pdf = await adapter.getCertificatePdf!(id);
            if (officialFor) expect(pdf !== null, `${id} has an official PDF`).to.equal(officialFor.includes(id));
            if (pdf !== null) await expectPdf(pdf, id);
          }
        },
      );

      it('gives no PDF for an unknown certification ID: null, or a rejection with kind not-found', async () => {
        const outcome = await adapter.getCertificatePdf!('no-such-certification').then(
          (pdf) => pdf,
          (error: unknown) => error,
        );
        if (outcome === null) return;
        expect(isAdapterError(outcome), `answered ${shown(outcome)}`).to.be.true;
        expect((outcome as AdapterError).kind).to.equal('not-found');
      });

      it('rejects at once with kind aborted when the signal is already aborted', async () => {
        const controller = new AbortController();
        controller.abort();
        await rejection(adapter.getCertificatePdf!('any-certification', { signal: controller.signal }), 'aborted');
      });
    });

    describe('abort', () => {
      const aborted = (): RequestOptions => {
        const controller = new AbortController();
        controller.abort();
        return { signal: controller.signal };
      };
      const calls: Record<string, (a: CertAdapter, o: RequestOptions) => Promise<unknown>> = {
        getLearner: (a, o) => a.getLearner(o),
        listCertifications: (a, o) => a.listCertifications(o),
        listBadges: (a, o) => a.listBadges(o),
        getTranscript: (a, o) => a.getTranscript(o),
        emailTranscript: (a, o) => a.emailTranscript({ to: 'someone@example.com', includeAddress: false }, o),
        listTranscriptShares: (a, o) => a.listTranscriptShares(o),
        createTranscriptShare: (a, o) => a.createTranscriptShare({ accessCode: code(12), includeAddress: false }, o),
        revokeTranscriptShare: (a, o) => a.revokeTranscriptShare('ABCDEFGHJKLMN', o),
        viewSharedTranscript: (a, o) =>
          a.viewSharedTranscript({ transcriptId: 'ABCDEFGHJKLMN', accessCode: code(12) }, o),
      };
      for (const [operation, call] of Object.entries(calls)) {
        it(`${operation} rejects at once with kind aborted when the signal is already aborted`, async () => {
          await rejection(call(adapter, aborted()), 'aborted');
        });
      }

      it('resumeTranscriptShare, where the adapter has it, rejects at once with kind aborted when the signal is already aborted', async function () {
        if (!adapter.resumeTranscriptShare) this.skip();
        await rejection(adapter.resumeTranscriptShare('ABCDEFGHJKLMN', aborted()), 'aborted');
      });

      it('an aborted createTranscriptShare leaves no share behind', async () => {
        const before = await adapter.listTranscriptShares();
        await rejection(
          adapter.createTranscriptShare({ accessCode: code(12), includeAddress: true }, aborted()),
          'aborted',
        );
        expect(await adapter.listTranscriptShares()).to.deep.equal(before);
      });
    });

    describe('emailTranscript', () => {
      it('accepts a valid address, with or without the postal address', async () => {
        await adapter.emailTranscript({ to: 'employer@example.com', includeAddress: false });
        await adapter.emailTranscript({ to: 'María.Núñez+cv@correo.example.es', includeAddress: true });
      });

      it('accepts the e-mail’s language as a BCP 47 tag, and refuses an ill-formed one on field lang', async () => {
        await adapter.emailTranscript({ to: 'rrhh@empresa.example.es', includeAddress: false, lang: 'es' });
        await adapter.emailTranscript({ to: 'rrhh@empresa.example.es', includeAddress: false, lang: 'es-MX' });
        for (const lang of ['en_US', 'not a language', '']) {
          const error = await rejection(
            adapter.emailTranscript({ to: 'a@example.com', includeAddress: false, lang }),
            'invalid-request',
          );
          expect(error.field, JSON.stringify(lang)).to.equal('lang');
        }
      });

      it('refuses an identical request right after one was sent with kind rate-limited and the wait', async () => {
        const request = {
          to: `twice-${Math.random().toString(36).slice(2)}@example.com`,
          includeAddress: false,
          lang: 'en',
        };
        await adapter.emailTranscript(request);
        const error = await rejection(adapter.emailTranscript(request), 'rate-limited');
        expect(error.retryAfter).to.be.within(1, 60);
      });

      for (const to of [
        '',
        '   ',
        'not-an-email',
        'two@@example.com',
        '@example.com',
        'someone@',
        'some one@example.com',
        'a@example.com, b@example.com',
        'a@example.com\r\nBcc: b@example.com',
      ]) {
        it(`refuses ${JSON.stringify(to)} with kind invalid-request on field to`, async () => {
          const error = await rejection(adapter.emailTranscript({ to, includeAddress: false }), 'invalid-request');
          expect(error.field).to.equal('to');
        });
      }
    });

    describe('transcript shares', () => {
      for (const length of [ACCESS_CODE_MIN_LENGTH - 1, ACCESS_CODE_MAX_LENGTH + 1, 0]) {
        it(`refuses an access code of ${length} characters with kind invalid-request on field accessCode`, async () => {
          const before = await adapter.listTranscriptShares();
          const error = await rejection(
            adapter.createTranscriptShare({ accessCode: code(length), includeAddress: false }),
            'invalid-request',
          );
          expect(error.field).to.equal('accessCode');
          expect(await adapter.listTranscriptShares()).to.deep.equal(before);
        });
      }

      for (const length of [ACCESS_CODE_MIN_LENGTH, ACCESS_CODE_MAX_LENGTH]) {
        it(`accepts an access code of ${length} characters and opens the share with it`, async () => {
          const accessCode = code(length);
          const share = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
          expectShare(share);
          expectTranscript(await adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode }));
        });
      }

      it('counts access-code length in characters (code points), not UTF-16 units', async () => {
        const emoji = '\u{1F600}';
        await rejection(
          adapter.createTranscriptShare({
            accessCode: emoji.repeat(ACCESS_CODE_MIN_LENGTH - 1),
            includeAddress: false,
          }),
          'invalid-request',
        );
        const accessCode = emoji.repeat(ACCESS_CODE_MAX_LENGTH);
        const share = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        expectTranscript(await adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode }));
      });

      it('lists a created share with its public fields only', async () => {
        const share = await adapter.createTranscriptShare({ accessCode: code(10), includeAddress: true });
        expectShare(share);
        expect(share.includeAddress).to.be.true;
        const listed = (await adapter.listTranscriptShares()).find((s) => s.transcriptId === share.transcriptId);
        expect(listed, 'the new share is listed').to.not.equal(undefined);
        expectShare(listed!, 'listed share');
        expect(listed).to.deep.equal(share);
      });

      it('gives two shares distinct transcript IDs', async () => {
        const accessCode = code(12);
        const a = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        const b = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        expect(a.transcriptId).to.not.equal(b.transcriptId);
      });

      it('shows the shared transcript without the address unless the learner included it', async () => {
        const owner = await adapter.getTranscript();
        const accessCode = code(16);
        const without = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        const withAddress = await adapter.createTranscriptShare({ accessCode, includeAddress: true });

        const hidden = await adapter.viewSharedTranscript({ transcriptId: without.transcriptId, accessCode });
        expectTranscript(hidden, 'shared transcript');
        expect(hidden.learner.id).to.equal(owner.learner.id);
        expect(hidden.learner.name).to.equal(owner.learner.name);
        expect(hidden.learner.address).to.equal(null);
        expect(hidden.certifications.map((c) => c.id)).to.deep.equal(owner.certifications.map((c) => c.id));
        expect(hidden.exams).to.deep.equal(owner.exams);

        const shown = await adapter.viewSharedTranscript({ transcriptId: withAddress.transcriptId, accessCode });
        expect(shown.learner.address).to.deep.equal(owner.learner.address);
      });

      it('tells the viewer when the transcript was shared and until when', async () => {
        const accessCode = code(14);
        const share = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        const transcript = await adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode });
        expect(transcript.share).to.deep.equal({ createdAt: share.createdAt, expiresAt: share.expiresAt });
        expect((await adapter.getTranscript()).share, 'not in the learner’s own transcript').to.equal(undefined);
      });

      it('opens a share from an ID typed in lower case, with dashes and spaces', async () => {
        const accessCode = code(9);
        const share = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        const transcript = await adapter.viewSharedTranscript({
          transcriptId: typedCasually(share.transcriptId),
          accessCode,
        });
        expectTranscript(transcript);
      });

      it('answers a wrong code and an unknown ID with the same kind and the same message', async () => {
        const accessCode = code(12);
        const share = await adapter.createTranscriptShare({ accessCode, includeAddress: true });
        const wrongCode = await rejection(
          adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode: `${accessCode}!` }),
          'not-found',
        );
        const wrongId = await rejection(
          adapter.viewSharedTranscript({ transcriptId: otherId(share.transcriptId), accessCode }),
          'not-found',
        );
        expect(wrongCode.message).to.equal(wrongId.message);
        expect(wrongCode.message).to.not.include(share.transcriptId);
      });

      it('is case-sensitive about the access code', async () => {
        const accessCode = 'Lower-and-UPPER';
        const share = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        await rejection(
          adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode: accessCode.toLowerCase() }),
          'not-found',
        );
      });

      it('revokes a share: no longer listed, no longer opens, with the same answer as a wrong code', async () => {
        const accessCode = code(12);
        const share = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        const wrongCode = await rejection(
          adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode: `${accessCode}?` }),
          'not-found',
        );
        await adapter.revokeTranscriptShare(share.transcriptId);
        const listed = await adapter.listTranscriptShares();
        expect(listed.map((s) => s.transcriptId)).to.not.include(share.transcriptId);
        const revoked = await rejection(
          adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode }),
          'not-found',
        );
        expect(revoked.message).to.equal(wrongCode.message);
      });

      it('refuses to revoke an unknown share with kind not-found', async () => {
        const share = await adapter.createTranscriptShare({ accessCode: code(12), includeAddress: false });
        await adapter.revokeTranscriptShare(share.transcriptId);
        await rejection(adapter.revokeTranscriptShare(share.transcriptId), 'not-found');
        await rejection(adapter.revokeTranscriptShare(otherId(share.transcriptId)), 'not-found');
      });

      describe('resumeTranscriptShare', () => {
        beforeEach(function () {
          if (!adapter.resumeTranscriptShare) this.skip();
        });

        it('leaves a share that is not suspended as it was: listed without suspendedAt, opening', async () => {
          const accessCode = code(12);
          const share = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
          await adapter.resumeTranscriptShare!(share.transcriptId);
          const listed = (await adapter.listTranscriptShares()).find((s) => s.transcriptId === share.transcriptId);
          expect(listed?.suspendedAt ?? null).to.equal(null);
          expectTranscript(await adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode }));
        });

        it('refuses to resume a revoked or unknown share with kind not-found', async () => {
          const share = await adapter.createTranscriptShare({ accessCode: code(12), includeAddress: false });
          await adapter.revokeTranscriptShare(share.transcriptId);
          await rejection(adapter.resumeTranscriptShare!(share.transcriptId), 'not-found');
          await rejection(adapter.resumeTranscriptShare!(otherId(share.transcriptId)), 'not-found');
        });

        it('lists a suspended share with suspendedAt, refuses even its right code, and opens it once resumed', async function () {
          if (!expectations.suspendShare) this.skip();
          const accessCode = code(13);
          const share = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
          const other = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
          await expectations.suspendShare(adapter, share, accessCode);

          const listed = await adapter.listTranscriptShares();
          const suspended = listed.find((s) => s.transcriptId === share.transcriptId);
          expectShare(suspended!, 'suspended share');
          expectInstant(suspended!.suspendedAt, 'suspendedAt');
          expect(listed.find((s) => s.transcriptId === other.transcriptId)?.suspendedAt ?? null).to.equal(null);

          const refused = await rejection(
            adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode }),
            'forbidden',
          );
          expect(refused.reason).to.equal('share-suspended');
          expect(refused.status).to.equal(403);
          expectTranscript(await adapter.viewSharedTranscript({ transcriptId: other.transcriptId, accessCode }));

          await adapter.resumeTranscriptShare!(typedCasually(share.transcriptId));
          const resumed = (await adapter.listTranscriptShares()).find((s) => s.transcriptId === share.transcriptId);
          expect(resumed?.suspendedAt ?? null).to.equal(null);
          expectTranscript(await adapter.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode }));
        });
      });

      it('keeps other shares working when one is revoked', async () => {
        const accessCode = code(12);
        const kept = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        const revoked = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
        await adapter.revokeTranscriptShare(revoked.transcriptId);
        expectTranscript(await adapter.viewSharedTranscript({ transcriptId: kept.transcriptId, accessCode }));
      });
    });
  });
}
