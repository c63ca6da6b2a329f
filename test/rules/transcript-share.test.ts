import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/errors.js';
import { checkAccessCode } from '../../src/adapter/access-code-check.js';
import { ACCESS_CODE_HASH_ITERATIONS, hashAccessCode, verifyAccessCode } from '../../src/adapter/access-code-hash.js';
import { codePointLength } from '../../src/rules/access-code.js';
import {
  TRANSCRIPT_ID_ALPHABET,
  TRANSCRIPT_ID_LENGTH,
  formatTranscriptId,
  isTranscriptId,
  newTranscriptId,
  normalizeTranscriptId,
} from '../../src/rules/transcript-share.js';

/** Few iterations where a test only checks the format, so the suite stays fast. */
const FAST = 1_000;

function thrown(fn: () => void): AdapterError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(AdapterError);
    return error as AdapterError;
  }
  throw new Error('Expected an AdapterError, nothing was thrown.');
}

describe('share rules', () => {
  describe('transcript IDs', () => {
    it('uses 32 typable characters without 0, O, 1 or I', () => {
      expect(TRANSCRIPT_ID_ALPHABET).to.have.length(32);
      expect(new Set(TRANSCRIPT_ID_ALPHABET).size).to.equal(32);
      expect(TRANSCRIPT_ID_ALPHABET).to.match(/^[2-9A-Z]+$/);
      for (const ambiguous of ['0', 'O', '1', 'I']) expect(TRANSCRIPT_ID_ALPHABET).not.to.include(ambiguous);
    });

    it('makes 1,000 distinct IDs of at least 60 random bits from the alphabet', () => {
      const ids = Array.from({ length: 1_000 }, () => newTranscriptId());
      expect(new Set(ids).size).to.equal(1_000);
      expect(TRANSCRIPT_ID_LENGTH * Math.log2(TRANSCRIPT_ID_ALPHABET.length)).to.be.at.least(60);
      for (const id of ids) {
        expect(id).to.have.length(TRANSCRIPT_ID_LENGTH);
        expect(
          [...id].every((c) => TRANSCRIPT_ID_ALPHABET.includes(c)),
          id,
        ).to.be.true;
        expect(isTranscriptId(id)).to.be.true;
      }
    });

    it('uses every character of the alphabet', () => {
      const seen = new Set(Array.from({ length: 200 }, () => newTranscriptId()).join(''));
      expect(seen.size).to.equal(32);
    });

    it('normalises what a person types: case, spaces, dashes', () => {
      expect(normalizeTranscriptId('abcd-efgh-jklm-n')).to.equal('ABCDEFGHJKLMN');
      expect(normalizeTranscriptId('  ABCD EFGH  JKLM N\n')).to.equal('ABCDEFGHJKLMN');
      expect(normalizeTranscriptId('abcd\u2013efgh\u2014jklm\u2010n')).to.equal('ABCDEFGHJKLMN');
      expect(normalizeTranscriptId('ABCDEFGHJKLMN')).to.equal('ABCDEFGHJKLMN');
    });

    it('formats an ID in groups of four', () => {
      expect(formatTranscriptId('ABCDEFGHJKLMN')).to.equal('ABCD-EFGH-JKLM-N');
      expect(formatTranscriptId('abcd efgh-jklm n')).to.equal('ABCD-EFGH-JKLM-N');
      const id = newTranscriptId();
      expect(normalizeTranscriptId(formatTranscriptId(id))).to.equal(id);
    });

    it('tells a possible ID from text that cannot be one', () => {
      expect(isTranscriptId('abcd-efgh-jklm-n')).to.be.true;
      expect(isTranscriptId('ABCD-EFGH-JKLM')).to.be.false;
      expect(isTranscriptId('ABCD-EFGH-JKLM-0')).to.be.false;
      expect(isTranscriptId('')).to.be.false;
    });
  });

  describe('access codes', () => {
    it('accepts 8 to 64 characters', () => {
      expect(() => checkAccessCode('a'.repeat(8))).not.to.throw();
      expect(() => checkAccessCode('a'.repeat(64))).not.to.throw();
    });

    it('refuses 7 and 65 characters with invalid-request on field accessCode and a clear message', () => {
      const short = thrown(() => checkAccessCode('a'.repeat(7)));
      expect(short.kind).to.equal('invalid-request');
      expect(short.field).to.equal('accessCode');
      expect(short.message).to.equal('The access code must be at least 8 characters long; it has 7.');
      const long = thrown(() => checkAccessCode('a'.repeat(65)));
      expect(long.kind).to.equal('invalid-request');
      expect(long.field).to.equal('accessCode');
      expect(long.message).to.equal('The access code must be at most 64 characters long; it has 65.');
    });

    it('counts code points, not UTF-16 units: 8 emoji are 8 characters', () => {
      expect('😀'.repeat(8)).to.have.length(16);
      expect(codePointLength('😀'.repeat(8))).to.equal(8);
      expect(() => checkAccessCode('😀'.repeat(8))).not.to.throw();
      expect(thrown(() => checkAccessCode('😀'.repeat(7))).kind).to.equal('invalid-request');
      expect(() => checkAccessCode('😀'.repeat(64))).not.to.throw();
      expect(thrown(() => checkAccessCode('😀'.repeat(65))).kind).to.equal('invalid-request');
      expect(codePointLength('Núñez-𝒜')).to.equal(7);
    });
  });

  describe('access code hashes', () => {
    it('hashes with PBKDF2-SHA-256, at least 100,000 iterations and a 16-byte random salt by default', async () => {
      expect(ACCESS_CODE_HASH_ITERATIONS).to.be.at.least(100_000);
      const stored = await hashAccessCode('correct horse');
      const [scheme, iterations, salt, hash] = stored.split('$');
      expect(scheme).to.equal('pbkdf2-sha256');
      expect(Number(iterations)).to.equal(ACCESS_CODE_HASH_ITERATIONS);
      expect(atob(salt)).to.have.length(16);
      expect(atob(hash)).to.have.length(32);
      expect(stored).not.to.include('correct horse');
      expect(await verifyAccessCode('correct horse', stored)).to.be.true;
    });

    it('verifies the right code and refuses any other', async () => {
      const stored = await hashAccessCode('Núñez-2025', undefined, FAST);
      expect(await verifyAccessCode('Núñez-2025', stored)).to.be.true;
      expect(await verifyAccessCode('núñez-2025', stored)).to.be.false;
      expect(await verifyAccessCode('Núñez-2025 ', stored)).to.be.false;
      expect(await verifyAccessCode('', stored)).to.be.false;
    });

    it('salts every hash, so one code hashed twice gives two strings', async () => {
      const a = await hashAccessCode('same code', undefined, FAST);
      const b = await hashAccessCode('same code', undefined, FAST);
      expect(a).not.to.equal(b);
      expect(await verifyAccessCode('same code', a)).to.be.true;
      expect(await verifyAccessCode('same code', b)).to.be.true;
    });

    it('reproduces a hash from a given salt and reads the iterations from the stored string', async () => {
      const salt = new Uint8Array(16).fill(7);
      const a = await hashAccessCode('12345678', salt, FAST);
      expect(a).to.equal(await hashAccessCode('12345678', salt, FAST));
      expect(a.startsWith(`pbkdf2-sha256$${FAST}$BwcHBwcHBwcHBwcHBwcHBw==$`)).to.be.true;
      expect(await hashAccessCode('12345678', salt, FAST + 1)).not.to.equal(a);
    });

    it('matches a known PBKDF2-SHA-256 vector', async () => {
      // RFC 7914 section 11: P = "passwd", S = "salt", c = 1, first 32 bytes of the 64-byte output.
      const stored = await hashAccessCode('passwd', new TextEncoder().encode('salt'), 1);
      const hex = Array.from(atob(stored.split('$')[3]), (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
      expect(hex).to.equal('55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc');
    });

    it('matches a code typed in another Unicode normalisation form', async () => {
      const stored = await hashAccessCode('Jos\u00e9-Mar\u00eda', undefined, FAST);
      expect(await verifyAccessCode('Jose\u0301-Mari\u0302a'.replace('i\u0302', 'i\u0301'), stored)).to.be.true;
    });

    it('treats a malformed stored hash as a mismatch, never an exception', async () => {
      const good = await hashAccessCode('12345678', undefined, FAST);
      const [, iterations, salt, hash] = good.split('$');
      for (const stored of [
        '',
        '12345678',
        `sha1$${iterations}$${salt}$${hash}`,
        `pbkdf2-sha256$abc$${salt}$${hash}`,
        `pbkdf2-sha256$0$${salt}$${hash}`,
        `pbkdf2-sha256$${iterations}$***$${hash}`,
        `pbkdf2-sha256$${iterations}$${salt}$${hash.slice(0, 20)}`,
        `${good}$extra`,
      ]) {
        expect(await verifyAccessCode('12345678', stored), stored).to.be.false;
      }
    });

    it('refuses an unusable iteration count', async () => {
      let error: unknown;
      try {
        await hashAccessCode('12345678', undefined, 0);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(RangeError);
    });
  });
});
