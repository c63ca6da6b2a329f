/** scrypt hashes of access codes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashAccessCode, verifyAccessCode } from '../src/access-codes.js';
import { defaultConfig } from '../src/config.js';

describe('access-code hashes', () => {
  it('are salted PHC strings that verify only the right code, in either Unicode normal form', async () => {
    const a = await hashAccessCode('crème brûlée', 10);
    const b = await hashAccessCode('crème brûlée', 10);
    assert.match(a, /^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    assert.notEqual(a, b, 'a fresh salt each time');
    assert.equal(await verifyAccessCode('crème brûlée', a), true);
    assert.equal(await verifyAccessCode('crème brûlée'.normalize('NFD'), a), true);
    assert.equal(await verifyAccessCode('creme brulee', a), false);
    assert.equal(await verifyAccessCode('crème brûlée ', a), false);
  });

  it('treat a malformed or tampered hash as a mismatch, never an error or a stall', async () => {
    const good = await hashAccessCode('abcdefghij', 10);
    for (const bad of [
      '',
      'abcdefghij',
      good.replace('ln=10', 'ln=30'),
      good.replace('ln=10', 'ln=4'),
      good.slice(0, -2),
      `${good}AA`,
      good.replace('$scrypt$', '$pbkdf2$'),
    ]) {
      assert.equal(await verifyAccessCode('abcdefghij', bad), false, bad);
    }
  });

  it('use OWASP’s scrypt cost by default (N = 2^17, r = 8, p = 1), within Node’s memory limit', async () => {
    const { scryptLog2N } = defaultConfig();
    assert.equal(scryptLog2N, 17);
    const hash = await hashAccessCode('default-cost-code', scryptLog2N);
    assert.match(hash, /^\$scrypt\$ln=17,r=8,p=1\$/);
    assert.equal(await verifyAccessCode('default-cost-code', hash), true);
  });
});
