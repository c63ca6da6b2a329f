/**
 * The rules of a transcript share, shared by every adapter that keeps shares itself: transcript IDs
 * a person can read aloud and type, access-code limits, and how an access code is stored (never in
 * plain text). Pure: runs in browsers and in Node 20 through `globalThis.crypto`.
 */
import { ACCESS_CODE_MAX_LENGTH, ACCESS_CODE_MIN_LENGTH } from '../model.js';
import { AdapterError } from './errors.js';

/** 32 characters, no `0`/`O` or `1`/`I`, so an ID read from paper or over the phone is typed right. */
export const TRANSCRIPT_ID_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** 13 characters of 5 bits each: 65 random bits, far beyond guessing. */
export const TRANSCRIPT_ID_LENGTH = 13;

/** Characters per group in `formatTranscriptId`. */
const TRANSCRIPT_ID_GROUP = 4;

const TRANSCRIPT_ID_PATTERN = new RegExp(`^[${TRANSCRIPT_ID_ALPHABET}]{${TRANSCRIPT_ID_LENGTH}}$`);

/** Whitespace and the dashes a keyboard, a phone or a word processor may produce. */
const ID_SEPARATORS = /[\s\-\u2010-\u2015\u2212\uFE63\uFF0D]/gu;

/** A new random transcript ID, e.g. `K7QM2XWN4HD9R`. */
export function newTranscriptId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(TRANSCRIPT_ID_LENGTH));
  // 256 is a multiple of 32, so keeping the low five bits of each byte has no bias.
  return Array.from(bytes, (b) => TRANSCRIPT_ID_ALPHABET[b & 31]).join('');
}

/** A transcript ID as typed (`abcd-efgh-jklm-n`, ` ABCD EFGH JKLM N `) in its stored form. */
export function normalizeTranscriptId(input: string): string {
  return input.trim().toUpperCase().replace(ID_SEPARATORS, '');
}

/** Whether `id`, once normalised, could be a transcript ID (right length, only alphabet characters). */
export function isTranscriptId(id: string): boolean {
  return TRANSCRIPT_ID_PATTERN.test(normalizeTranscriptId(id));
}

/** A transcript ID in groups of four for display: `ABCD-EFGH-JKLM-N`. */
export function formatTranscriptId(id: string): string {
  const normalized = normalizeTranscriptId(id);
  const groups: string[] = [];
  for (let i = 0; i < normalized.length; i += TRANSCRIPT_ID_GROUP) {
    groups.push(normalized.slice(i, i + TRANSCRIPT_ID_GROUP));
  }
  return groups.join('-');
}

/** Length of a string in characters as a person counts them (code points, so an emoji is one). */
export function codePointLength(value: string): number {
  return Array.from(value).length;
}

/**
 * Refuses an access code outside `ACCESS_CODE_MIN_LENGTH`..`ACCESS_CODE_MAX_LENGTH` characters with
 * an `invalid-request` `AdapterError` on field `accessCode`.
 */
export function checkAccessCode(code: string): void {
  if (typeof code !== 'string') {
    throw new AdapterError('invalid-request', 'The access code must be text.', { field: 'accessCode' });
  }
  const length = codePointLength(code);
  if (length < ACCESS_CODE_MIN_LENGTH) {
    throw new AdapterError(
      'invalid-request',
      `The access code must be at least ${ACCESS_CODE_MIN_LENGTH} characters long; it has ${length}.`,
      { field: 'accessCode' },
    );
  }
  if (length > ACCESS_CODE_MAX_LENGTH) {
    throw new AdapterError(
      'invalid-request',
      `The access code must be at most ${ACCESS_CODE_MAX_LENGTH} characters long; it has ${length}.`,
      { field: 'accessCode' },
    );
  }
}

/** PBKDF2-SHA-256 iterations for new hashes (OWASP 2023 advice). A stored hash carries its own count. */
export const ACCESS_CODE_HASH_ITERATIONS = 600_000;

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

async function pbkdf2(code: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array<ArrayBuffer>> {
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
