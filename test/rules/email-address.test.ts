import { expect } from '@open-wc/testing';
import { isEmailAddress } from '../../src/rules/email-address.js';

describe('isEmailAddress', () => {
  it('accepts addresses people use, Unicode included', () => {
    for (const a of [
      'a@b.co',
      'maria.jose+transcripts@example.com',
      ' registrar@uni.example.edu ',
      'josé@correo.es',
      'δοκιμή@παράδειγμα.δοκιμή',
    ]) {
      expect(isEmailAddress(a), a).to.equal(true);
    }
  });

  it('refuses what cannot be delivered', () => {
    for (const a of [
      '',
      'plain',
      'a@b',
      'a@b.c',
      '@example.com',
      'a@@example.com',
      'a b@example.com',
      'a@exa mple.com',
      '"a"@example.com',
      `${'a'.repeat(250)}@example.com`,
    ]) {
      expect(isEmailAddress(a), a).to.equal(false);
    }
  });

  it('refuses bidi controls and invisible characters, which make an address read as another', () => {
    for (const hidden of [
      '\u202E',
      '\u2066',
      '\u200E',
      '\u200F',
      '\u061C',
      '\u200B',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u00AD',
      '\u034F',
      '\uFE0F',
      '\uD800',
      '\uE000',
    ]) {
      expect(isEmailAddress(`hr${hidden}@example.com`), escape(hidden)).to.equal(false);
      expect(isEmailAddress(`hr@exam${hidden}ple.com`), escape(hidden)).to.equal(false);
    }
  });
});
