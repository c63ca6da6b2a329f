/**
 * Access codes stored only as salted scrypt hashes, in the PHC string format
 * `$scrypt$ln=17,r=8,p=1$<salt>$<hash>` (base64 without padding). A hash carries its own cost, so
 * raising the cost later leaves older shares working. The code is NFC-normalised first, as in
 * the widgets do, so `é` typed either way matches.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const SALT_BYTES = 16;
const HASH_BYTES = 32;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
/** Bounds on a cost read back from a stored hash, so a corrupt row cannot stall or exhaust memory. */
const MIN_LOG2N = 10;
const MAX_LOG2N = 20;

const PHC = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]{16,})\$([A-Za-z0-9+/]{43})$/;

function derive(code: string, salt: Buffer, log2N: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** log2N;
  // scrypt needs 128 * N * r bytes; Node refuses above `maxmem`, which defaults to 32 MiB.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r * p };
  return new Promise((resolve, reject) => {
    scrypt(Buffer.from(code.normalize('NFC'), 'utf8'), salt, HASH_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** A new salted hash of `code` at cost N = 2^log2N. */
export async function hashAccessCode(code: string, log2N: number): Promise<string> {
  if (!Number.isInteger(log2N) || log2N < MIN_LOG2N || log2N > MAX_LOG2N) {
    throw new RangeError(`scrypt log2(N) must be an integer from ${MIN_LOG2N} to ${MAX_LOG2N}.`);
  }
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(code, salt, log2N, BLOCK_SIZE, PARALLELISM);
  return `$scrypt$ln=${log2N},r=${BLOCK_SIZE},p=${PARALLELISM}$${unpadded(salt)}$${unpadded(hash)}`;
}

/** Whether `code` matches `stored`, compared in constant time; a malformed `stored` is a mismatch. */
export async function verifyAccessCode(code: string, stored: string): Promise<boolean> {
  const m = PHC.exec(stored);
  if (!m) return false;
  const [log2N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (log2N < MIN_LOG2N || log2N > MAX_LOG2N || r < 1 || r > 32 || p < 1 || p > 4) return false;
  const expected = Buffer.from(m[5], 'base64');
  if (expected.length !== HASH_BYTES) return false;
  const actual = await derive(code, Buffer.from(m[4], 'base64'), log2N, r, p);
  return timingSafeEqual(actual, expected);
}

/** Hashing and checking access codes: what a share costs, injectable so a test can count the work done. */
export interface AccessCodeHashing {
  hash(code: string, log2N: number): Promise<string>;
  verify(code: string, stored: string): Promise<boolean>;
}

export const SCRYPT_ACCESS_CODES: AccessCodeHashing = { hash: hashAccessCode, verify: verifyAccessCode };

function unpadded(bytes: Buffer): string {
  return bytes.toString('base64').replace(/=+$/, '');
}
