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
});
