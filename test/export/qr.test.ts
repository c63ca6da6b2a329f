import { expect } from '@open-wc/testing';
import { encode } from 'uqr';
import { QR_MASK, qrModules } from '../../src/export/qr.js';

/** Text of `length` characters from `alphabet`, the same every run. */
function text(length: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[(i * 7 + (i >> 3)) % alphabet.length];
  return out;
}

describe('qrModules', () => {
  // Every segment mode uqr picks (numeric, alphanumeric, bytes), versions 1 to 40: the count field's
  // three widths, the version information from 7 on, alignment patterns, short and long blocks.
  const url = (length: number) => `https://verify.example.org/credentials/${text(length, 'abcXYZ0189-_~.%?=&')}`;
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['digits', '0123456789'],
    ['many digits (version 27 or more)', text(3000, '0123456789')],
    ['upper case letters and URL marks', 'HTTPS://VERIFY.EXAMPLE.ORG/CRED-8F2K-19QA'],
    ['long upper case (version 10 or more)', text(400, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 $%*+-./:')],
    ['non-Latin, as UTF-8', 'https://例え.jp/Зеленский/مرحبا/ñandú'],
    ...[0, 1, 5, 20, 40, 80, 120, 200, 300, 500, 800, 1200, 1800, 2200].map((n): [string, string] => [
      `a ${url(n).length}-character URL`,
      url(n),
    ]),
  ];
  for (const [name, value] of cases) {
    it(`draws the same modules as uqr (error correction M, mask ${QR_MASK}): ${name}`, () => {
      const reference = encode(value, { ecc: 'M', border: 0, maskPattern: QR_MASK });
      const ours = qrModules(value);
      expect(ours.size).to.equal(reference.size);
      const rows = Array.from({ length: ours.size }, (_, y) =>
        Array.from(ours.dark.subarray(y * ours.size, (y + 1) * ours.size), (m) => m === 1),
      );
      expect(rows).to.deep.equal(reference.data);
    });
  }

  it('refuses text too long for any version', () => {
    expect(() => qrModules(text(3000, 'abcdef'))).to.throw(RangeError);
  });
});
