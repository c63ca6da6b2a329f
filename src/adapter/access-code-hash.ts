/**
 * How an adapter that keeps shares itself stores an access code: never in plain text. Pure: runs
 * in browsers and in Node 20 through `globalThis.crypto`.
 */
import { ACCESS_CODE_HASH_ITERATIONS } from '../rules/access-code.js';

export { ACCESS_CODE_HASH_ITERATIONS };

const HASH_SCHEME = 'pbkdf2-sha256';
const SALT_BYTES = 16;
const HASH_BYTES = 32;
/** Bounds on the iteration count read back from a stored hash, so a corrupt record cannot stall. */
const MIN_ITERATIONS = 1;
const MAX_ITERATIONS = 10_000_000;

/**
 * A self-describing hash of an access code: `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>`.
 * The code is NFC-normalised first, so `é` typed as one character or as `e` + accent matches.
 * `salt` defaults to 16 random bytes; pass one only to reproduce a known hash.
 */
export async function hashAccessCode(
  code: string,
  salt: Uint8Array = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES)),
  iterations: number = ACCESS_CODE_HASH_ITERATIONS,
): Promise<string> {
  if (!Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
    throw new RangeError(`PBKDF2 iterations must be an integer from ${MIN_ITERATIONS} to ${MAX_ITERATIONS}.`);
  }
  const saltCopy = new Uint8Array(salt);
  const derived = await pbkdf2(code, saltCopy, iterations);
  return [HASH_SCHEME, String(iterations), toBase64(saltCopy), toBase64(derived)].join('$');
}

/**
 * A stored hash no access code matches (its derived bytes are all zero), at `iterations`: checking
 * a code against it costs one derivation, the same as against a real share, and building it costs
 * none, so an unknown ID is answered as slowly as a known one from the very first view.
 */
export function unmatchableAccessCodeHash(iterations: number = ACCESS_CODE_HASH_ITERATIONS): string {
  return [
    HASH_SCHEME,
    String(iterations),
    toBase64(new Uint8Array(SALT_BYTES).fill(1)),
    toBase64(new Uint8Array(HASH_BYTES)),
  ].join('$');
}

/**
 * Whether `code` matches a hash from `hashAccessCode`. Compares the derived bytes in constant time;
 * a malformed `stored` string is a mismatch, never an exception.
 */
export async function verifyAccessCode(code: string, stored: string): Promise<boolean> {
  const parsed = parseStoredHash(stored);
  if (!parsed || typeof code !== 'string') return false;
  const derived = await pbkdf2(code, parsed.salt, parsed.iterations);
  return constantTimeEqual(derived, parsed.hash);
}

interface StoredHash {
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  hash: Uint8Array<ArrayBuffer>;
}

function parseStoredHash(stored: string): StoredHash | null {
  if (typeof stored !== 'string') return null;
  const parts = stored.split('$');
  if (parts.length !== 4 || parts[0] !== HASH_SCHEME || !/^\d{1,8}$/.test(parts[1])) return null;
  const iterations = Number(parts[1]);
  if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) return null;
  const salt = fromBase64(parts[2]);
  const hash = fromBase64(parts[3]);
  if (!salt || !hash || salt.length === 0 || hash.length !== HASH_BYTES) return null;
  return { iterations, salt, hash };
}

async function pbkdf2(
  code: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey('raw', new TextEncoder().encode(code.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BYTES * 8);
  return new Uint8Array(bits);
}

/** Equal-length byte arrays compared without an early exit, so timing does not reveal a prefix. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
  return difference === 0;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
