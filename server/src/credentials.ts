/**
 * Credential IDs this server hands out: random, so that knowing one says nothing of another and
 * none can be guessed (80 bits, four groups of four Crockford base-32 characters, as printed on a
 * certificate: easy to read aloud and to type, no I, L, O or U).
 */
import { randomBytes } from 'node:crypto';
import type { Certification } from '../../src/model.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new credential ID: 16 characters of 5 bits each from 10 random bytes, `XXXX-XXXX-XXXX-XXXX`. */
export function randomCredentialId(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += CROCKFORD[(value >> bits) & 31];
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/** The certifications with a new random credential ID in place of each one they have (the demo's are made up and guessable). */
export function withRandomCredentialIds(certifications: readonly Certification[]): Certification[] {
  return certifications.map((c) => (c.credentialId ? { ...c, credentialId: randomCredentialId() } : c));
}
