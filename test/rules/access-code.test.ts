import { expect } from '@open-wc/testing';
import {
  ACCESS_CODE_MAX_LENGTH,
  ACCESS_CODE_MIN_LENGTH,
  accessCodeProblem,
  accessCodeProblemText,
} from '../../src/rules/access-code.js';

describe('rules/access-code', () => {
  it('allows 8 to 64 characters, counted as a person counts them', () => {
    expect([ACCESS_CODE_MIN_LENGTH, ACCESS_CODE_MAX_LENGTH]).to.deep.equal([8, 64]);
    expect(accessCodeProblem('1234567')).to.equal('too-short');
    expect(accessCodeProblem('12345678')).to.equal(null);
    expect(accessCodeProblem('x'.repeat(64))).to.equal(null);
    expect(accessCodeProblem('x'.repeat(65))).to.equal('too-long');
    // Seven emoji are 14 UTF-16 code units but seven characters: too short.
    expect(accessCodeProblem('🔑'.repeat(7))).to.equal('too-short');
    expect(accessCodeProblem('🔑'.repeat(64))).to.equal(null);
    expect(accessCodeProblem(12345678)).to.equal('not-text');
  });

  it('says what is wrong in a sentence with the count', () => {
    expect(accessCodeProblemText('short')).to.equal('The access code must be at least 8 characters long; it has 5.');
    expect(accessCodeProblemText('🔑'.repeat(65))).to.equal(
      'The access code must be at most 64 characters long; it has 65.',
    );
    expect(accessCodeProblemText('long enough')).to.equal(null);
  });

  it('refuses half a surrogate pair, which UTF-8 would turn into the same U+FFFD as any other', () => {
    expect(accessCodeProblem('abcdefgh\uD800')).to.equal('not-well-formed');
    expect(accessCodeProblem('\uDC00abcdefgh')).to.equal('not-well-formed');
    expect(accessCodeProblem('abcdefgh\uD83D\uDD11')).to.equal(null);
    expect(accessCodeProblemText('abcdefgh\uD800')).to.match(/surrogate/);
  });
});
