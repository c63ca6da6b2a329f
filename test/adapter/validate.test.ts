import { expect } from '@open-wc/testing';
import { isAdapterError } from '../../src/adapter/errors.js';
import {
  RESPONSE_LIMITS,
  parseBadge,
  parseBadges,
  parseCertification,
  parseCertifications,
  parseLearner,
  parseTranscript,
  parseTranscriptShare,
  parseTranscriptShares,
} from '../../src/adapter/validate.js';
import type { Badge, Certification, Learner, TranscriptShare } from '../../src/model.js';

/** The message of the `invalid-response` error `run` throws; fails the test when it throws anything else. */
function invalidMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(isAdapterError(error), String(error)).to.be.true;
    expect((error as { kind: string }).kind).to.equal('invalid-response');
    return (error as Error).message;
  }
  throw new Error('expected an invalid-response error, but nothing was thrown');
}

const learner = (): Learner => ({
  id: 'learner-1',
  name: 'Дмитрий Иванов',
  email: 'dmitry@example.com',
  address: { street: 'Tverskaya 1', locality: 'Moscow', country: 'Russia' },
});

const certification = (overrides: Partial<Certification> = {}): Certification => ({
  id: 'cert-1',
  title: 'Cloud Administrator',
  code: 'NW-104',
  status: 'earned',
  earnedOn: '2025-03-14',
  expiresOn: '2028-02-29',
  credentialId: 'CRED-1',
  verificationUrl: 'https://verify.example.org/CRED-1',
  renewalUrl: null,
  issuer: { name: 'Northwind', url: 'https://northwind.example.org', linkedInOrganizationId: '10482713' },
  exams: [{ code: 'NW-104', title: 'Administration', passedOn: '2025-03-14' }],
  ...overrides,
});

const badge = (overrides: Partial<Badge> = {}): Badge => ({
  id: 'badge-1',
  name: 'Explorer',
  description: 'Finished the path.',
  imageUrl: 'https://badges.example.org/explorer.png',
  issuedOn: '2025-01-20',
  expiresOn: null,
  issuer: { name: 'Northwind', url: null, linkedInOrganizationId: null },
  criteriaUrl: null,
  publicUrl: 'https://badges.example.org/a/1',
  openBadge: { type: 'Assertion', badge: { name: 'Explorer' } },
  ...overrides,
});

const share = (overrides: Partial<TranscriptShare> = {}): TranscriptShare => ({
  transcriptId: 'K7QM2XWN4HD9R',
  url: null,
  includeAddress: true,
  createdAt: '2025-04-01T08:30:00Z',
  expiresAt: '2025-05-01T08:30:00.250Z',
  ...overrides,
});

describe('validate', () => {
  describe('good data', () => {
    it('returns an equal copy, never the input', () => {
      const input = learner();
      const parsed = parseLearner(input);
      expect(parsed).to.deep.equal(input);
      expect(parsed).not.to.equal(input);
      expect(parsed.address).not.to.equal(input.address);
    });

    it('parses every kind of model object', () => {
      expect(parseCertifications([certification(), certification({ id: 'cert-2', status: 'revoked' })])).to.have.length(
        2,
      );
      expect(
        parseBadges([badge(), badge({ id: 'badge-2', openBadge: 'eyJhbGciOiJFUzI1NiJ9.e30.c2ln' })]),
      ).to.have.length(2);
      expect(parseTranscriptShares([share()])).to.deep.equal([share()]);
      const transcript = {
        learner: learner(),
        certifications: [certification()],
        exams: [],
        generatedAt: '2025-05-02T12:00:00Z',
      };
      expect(parseTranscript(transcript)).to.deep.equal(transcript);
      const sharedDates = { createdAt: '2025-04-01T08:30:00Z', expiresAt: null };
      expect(parseTranscript({ ...transcript, share: sharedDates })).to.deep.equal({
        ...transcript,
        share: sharedDates,
      });
      expect(invalidMessage(() => parseTranscript({ ...transcript, share: { createdAt: 'yesterday' } }))).to.equal(
        'transcript.share.createdAt: expected a date-time (YYYY-MM-DDThh:mm:ssZ)',
      );
    });
    it('reads a badge date-time, as Open Badges data has them, as its UTC day', () => {
      const parsed = parseBadge(badge({ issuedOn: '2024-01-15T23:30:00-02:00', expiresOn: '2027-01-15T00:00:00Z' }));
      expect(parsed.issuedOn).to.equal('2024-01-16');
      expect(parsed.expiresOn).to.equal('2027-01-15');
      expect(invalidMessage(() => parseBadge(badge({ issuedOn: '2024-13-01T00:00:00Z' })))).to.match(/issuedOn/);
    });

    it('drops fields the model does not know, at every level', () => {
      const parsed = parseCertification({
        ...certification(),
        secret: 'x',
        issuer: { ...certification().issuer, internalId: 7 },
        exams: [{ code: 'A', title: 'B', passedOn: null, score: 99 }],
      });
      expect(parsed).to.deep.equal(certification({ exams: [{ code: 'A', title: 'B', passedOn: null }] }));
      expect(Object.keys(parsed)).not.to.include('secret');
    });

    it('turns missing nullable and optional fields into null, and leaves out missing address parts', () => {
      const { renewalUrl: _r, credentialId: _c, ...rest } = certification();
      const parsed = parseCertification({ ...rest, issuer: { name: 'Northwind' } });
      expect(parsed.renewalUrl).to.equal(null);
      expect(parsed.credentialId).to.equal(null);
      expect(parsed).not.to.have.property('imageUrl');
      expect(parsed.issuer).to.deep.equal({ name: 'Northwind', url: null, linkedInOrganizationId: null });
      const noAddress = parseLearner({ id: 'l', name: 'N', email: '' });
      expect(noAddress.address).to.equal(null);
      expect(parseLearner({ ...learner(), address: { street: 'Main St 1', region: null } }).address).to.deep.equal({
        street: 'Main St 1',
      });
    });

    it('copies Open Badges objects deeply and keeps a __proto__ key as plain data', () => {
      const openBadge = JSON.parse(
        '{"type":"Assertion","evidence":[{"id":"e"}],"__proto__":{"polluted":true}}',
      ) as Record<string, unknown>;
      const parsed = parseBadge(badge({ openBadge }));
      const copy = parsed.openBadge as Record<string, unknown>;
      expect(copy).to.deep.equal(openBadge);
      expect(copy).not.to.equal(openBadge);
      expect(copy.evidence).not.to.equal(openBadge.evidence);
      expect(Object.getPrototypeOf(copy)).to.equal(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('never reads a missing field from a polluted Object.prototype', () => {
      const proto = Object.prototype as Record<string, unknown>;
      proto.renewalUrl = 'javascript:alert(1)';
      try {
        const { renewalUrl: _r, ...rest } = certification();
        expect(parseCertification(rest).renewalUrl).to.equal(null);
      } finally {
        delete proto.renewalUrl;
      }
    });

    it('normalises a date-time with an offset to UTC and keeps a Z one as sent', () => {
      expect(parseTranscriptShare(share({ createdAt: '2025-04-01T10:30:00+02:00' })).createdAt).to.equal(
        '2025-04-01T08:30:00.000Z',
      );
      expect(parseTranscriptShare(share({ createdAt: '2025-04-01t08:30:00z' })).createdAt).to.equal(
        '2025-04-01T08:30:00Z',
      );
    });

    it('keeps a share’s suspendedAt when the backend sends one (null or a date-time), and leaves it out otherwise', () => {
      expect(parseTranscriptShare(share({ suspendedAt: '2025-04-02T09:00:00Z' })).suspendedAt).to.equal(
        '2025-04-02T09:00:00Z',
      );
      expect(parseTranscriptShare(share({ suspendedAt: null })).suspendedAt).to.equal(null);
      expect(parseTranscriptShare(share())).to.not.have.property('suspendedAt');
    });

    it('counts length in characters, so a name of astral characters at the limit passes', () => {
      const name = '𝒜'.repeat(RESPONSE_LIMITS.text);
      expect(parseLearner({ ...learner(), name }).name).to.equal(name);
    });
  });

  describe('bad data', () => {
    it('names the path and the allowed values of a wrong status', () => {
      const list: unknown[] = ['a', 'b', 'c', 'd'].map((id) => certification({ id }));
      list[3] = { ...certification({ id: 'd' }), status: 'pending' };
      expect(invalidMessage(() => parseCertifications(list))).to.equal(
        'certifications[3].status: expected one of earned, in-progress, expired, revoked',
      );
    });

    it('names nested paths and what was found', () => {
      expect(invalidMessage(() => parseLearner({ ...learner(), name: 42 }))).to.equal(
        'learner.name: expected a string, got a number',
      );
      expect(invalidMessage(() => parseLearner({ ...learner(), id: undefined }))).to.equal(
        'learner.id: expected a string, got nothing',
      );
      expect(invalidMessage(() => parseLearner({ ...learner(), address: { city: 'x' } }))).to.equal(
        'learner.address.street: expected a string, got nothing',
      );
      const transcript = {
        learner: learner(),
        certifications: [certification({ exams: [{ code: 'X', title: 'Y', passedOn: 'soon' }] })],
        exams: [],
        generatedAt: '2025-05-02T12:00:00Z',
      };
      expect(invalidMessage(() => parseTranscript(transcript))).to.equal(
        'transcript.certifications[0].exams[0].passedOn: expected a calendar date (YYYY-MM-DD)',
      );
      expect(invalidMessage(() => parseBadge({ ...badge(), issuer: 'Northwind' }))).to.equal(
        'badge.issuer: expected an object, got a string',
      );
    });

    it('refuses the wrong container types', () => {
      expect(invalidMessage(() => parseCertifications({ items: [] }))).to.equal(
        'certifications: expected an array, got an object',
      );
      expect(invalidMessage(() => parseLearner([]))).to.equal('learner: expected an object, got an array');
      expect(invalidMessage(() => parseLearner(null))).to.equal('learner: expected an object, got null');
      expect(
        invalidMessage(() => parseTranscriptShare(share({ includeAddress: 'yes' as unknown as boolean }))),
      ).to.equal('share.includeAddress: expected a boolean, got a string');
    });

    it('refuses a suspendedAt that is not a date-time', () => {
      for (const suspendedAt of ['yesterday', '2025-04-02', 1_743_584_400_000, true, {}]) {
        expect(
          invalidMessage(() => parseTranscriptShare(share({ suspendedAt: suspendedAt as unknown as string }))),
          JSON.stringify(suspendedAt),
        ).to.match(/^share\.suspendedAt: /);
      }
    });

    it('refuses dates that do not exist or are not ISO', () => {
      for (const earnedOn of [
        '2025-02-29',
        '2025-13-01',
        '2025-04-31',
        '14/03/2025',
        '2025-03-14T00:00:00Z',
        '',
        '0000-01-01',
      ]) {
        expect(
          invalidMessage(() => parseCertification(certification({ earnedOn }))),
          earnedOn,
        ).to.equal('certification.earnedOn: expected a calendar date (YYYY-MM-DD)');
      }
      expect(parseCertification(certification({ earnedOn: '2024-02-29' })).earnedOn).to.equal('2024-02-29');
      for (const createdAt of [
        '2025-04-01',
        '2025-04-01T24:00:00Z',
        '2025-04-01T08:30:00',
        '2025-04-01 08:30:00Z',
        'yesterday',
      ]) {
        expect(
          invalidMessage(() => parseTranscriptShare(share({ createdAt }))),
          createdAt,
        ).to.equal('share.createdAt: expected a date-time (YYYY-MM-DDThh:mm:ssZ)');
      }
    });

    it('caps string and list lengths', () => {
      expect(invalidMessage(() => parseLearner({ ...learner(), name: 'x'.repeat(RESPONSE_LIMITS.text + 1) }))).to.equal(
        `learner.name: must be at most ${RESPONSE_LIMITS.text} characters`,
      );
      expect(invalidMessage(() => parseLearner({ ...learner(), id: '' }))).to.equal('learner.id: must not be empty');
      const many = Array.from({ length: RESPONSE_LIMITS.items + 1 }, () => null);
      expect(invalidMessage(() => parseBadges(many))).to.equal(
        `badges: must have at most ${RESPONSE_LIMITS.items} items`,
      );
    });

    it('refuses a list that repeats an ID', () => {
      expect(invalidMessage(() => parseCertifications([certification(), certification({ title: 'Other' })]))).to.equal(
        'certifications[1].id: duplicate of certifications[0].id',
      );
      expect(invalidMessage(() => parseTranscriptShares([share(), share()]))).to.equal(
        'shares[1].transcriptId: duplicate of shares[0].transcriptId',
      );
    });

    it('refuses Open Badges data that is neither an object nor a compact JWS', () => {
      expect(invalidMessage(() => parseBadge(badge({ openBadge: 'not a jws' })))).to.equal(
        'badge.openBadge: expected a compact JWS (header.payload.signature)',
      );
      expect(invalidMessage(() => parseBadge({ ...badge(), openBadge: [1] }))).to.equal(
        'badge.openBadge: expected an object or a compact JWS string, got an array',
      );
      let deep: Record<string, unknown> = {};
      for (let i = 0; i < 40; i++) deep = { next: deep };
      expect(invalidMessage(() => parseBadge(badge({ openBadge: deep })))).to.match(
        /^badge\.openBadge(\.next)+: nested deeper than 32 levels$/,
      );
    });

    it('refuses a LinkedIn organization ID that is not numeric', () => {
      const issuer = { name: 'N', url: null, linkedInOrganizationId: '123&foo=bar' };
      expect(invalidMessage(() => parseCertification({ ...certification(), issuer }))).to.equal(
        'certification.issuer.linkedInOrganizationId: expected a numeric LinkedIn organization ID as a string',
      );
    });

    it('keeps URL fields as strings without judging them (that happens at render time)', () => {
      expect(parseBadge(badge({ publicUrl: 'javascript:alert(1)' })).publicUrl).to.equal('javascript:alert(1)');
      expect(invalidMessage(() => parseBadge({ ...badge(), publicUrl: 7 }))).to.equal(
        'badge.publicUrl: expected a string, got a number',
      );
    });

    it('takes a certification image URL as a string, or leaves it out for null, within the image URL limit', () => {
      const logo = 'https://northwind.example.org/logo.png';
      expect(parseCertification(certification({ imageUrl: logo })).imageUrl).to.equal(logo);
      expect(parseCertification(certification({ imageUrl: null }))).not.to.have.property('imageUrl');
      expect(invalidMessage(() => parseCertification({ ...certification(), imageUrl: 7 }))).to.equal(
        'certification.imageUrl: expected a string, got a number',
      );
      expect(invalidMessage(() => parseCertification({ ...certification(), imageUrl: '' }))).to.equal(
        'certification.imageUrl: must not be empty',
      );
      const tooLong = `data:image/png;base64,${'A'.repeat(RESPONSE_LIMITS.imageUrl)}`;
      expect(invalidMessage(() => parseCertification({ ...certification(), imageUrl: tooLong }))).to.equal(
        `certification.imageUrl: must be at most ${RESPONSE_LIMITS.imageUrl} characters`,
      );
    });
  });
});
