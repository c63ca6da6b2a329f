/**
 * @license
 * The QR encoder below follows Project Nayuki's QR Code generator library and its port uqr:
 * Copyright (c) Project Nayuki; Copyright (c) 2023 Anthony Fu. MIT License: permission is hereby
 * granted, free of charge, to any person obtaining a copy of this software and associated
 * documentation files (the "Software"), to deal in the Software without restriction, including
 * without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
 * sell copies of the Software, and to permit persons to whom the Software is furnished to do so,
 * subject to the following conditions: The above copyright notice and this permission notice shall
 * be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS
 * IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES
 * OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN
 * ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR
 * THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */

/**
 * The certificate's QR code: error correction M, no quiet zone, one fixed mask, as filled
 * rectangles. The encoder is Project Nayuki's QR Code generator (MIT), the one uqr ports, cut
 * down to what a certificate needs (error correction M, mask `QR_MASK`, one segment) and written
 * with lookup tables and typed arrays: uqr multiplies in GF(256) bit by bit and keeps its modules
 * in nested arrays, about a tenth of a certificate PDF's time. A test checks it makes the same
 * modules as uqr.
 */

/** One filled rectangle of a QR code, in the units of `size`, from the code's top-left corner. */
export interface QrRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The mask every code uses. Any of the eight is valid and every reader handles it; choosing the one
 * with the lowest penalty (the encoder's default) tries all eight, which was a tenth of the time of a
 * certificate PDF, for a code that is printed large and scanned from close by.
 */
export const QR_MASK = 0;

/** Error correction M: codewords per block and blocks, by version (index 0 unused). */
const ECC_PER_BLOCK = [
  -1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28,
  28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];
const ECC_BLOCKS = [
  -1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33,
  35, 37, 38, 40, 43, 45, 47, 49,
];
/** Format bits of error correction M. */
const ECC_FORMAT_BITS = 0;

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const utf8 = new TextEncoder();

/** GF(256) with the QR polynomial 0x11d: powers of 2 and their logarithms. */
const EXP = new Uint8Array(510);
const LOG = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++, x = (x << 1) ^ (x & 0x80 ? 0x11d : 0)) {
  EXP[i] = EXP[i + 255] = x;
  LOG[x] = i;
}
const multiply = (x: number, y: number) => (x === 0 || y === 0 ? 0 : EXP[LOG[x] + LOG[y]]);

const divisors = new Map<number, Uint8Array>();

/** The Reed-Solomon generator polynomial of `degree`, highest coefficient (1) left out. */
function divisor(degree: number): Uint8Array {
  let result = divisors.get(degree);
  if (!result) {
    result = new Uint8Array(degree);
    result[degree - 1] = 1;
    let root = 1;
    for (let i = 0; i < degree; i++) {
      for (let j = 0; j < degree; j++) {
        result[j] = multiply(result[j], root);
        if (j + 1 < degree) result[j] ^= result[j + 1];
      }
      root = multiply(root, 2);
    }
    divisors.set(degree, result);
  }
  return result;
}

function eccOf(data: Uint8Array, div: Uint8Array): Uint8Array {
  const result = new Uint8Array(div.length);
  for (const byte of data) {
    const factor = byte ^ result[0];
    result.copyWithin(0, 1);
    result[result.length - 1] = 0;
    if (factor !== 0) for (let i = 0; i < div.length; i++) result[i] ^= multiply(div[i], factor);
  }
  return result;
}

function rawDataModules(version: number): number {
  let result = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const align = Math.floor(version / 7) + 2;
    result -= (25 * align - 10) * align - 55;
    if (version >= 7) result -= 36;
  }
  return result;
}

const dataCodewords = (version: number) =>
  Math.floor(rawDataModules(version) / 8) - ECC_PER_BLOCK[version] * ECC_BLOCKS[version];

/** One segment, as uqr's makeSegments picks it: numeric, else alphanumeric, else UTF-8 bytes. */
interface Segment {
  mode: number;
  count: number;
  countBits: readonly [number, number, number];
  /** The data as (value, bit length) pairs, one after the other. */
  fields: number[];
  bitLength: number;
}

function segmentOf(text: string): Segment | null {
  if (text === '') return null;
  const fields: number[] = [];
  let bitLength = 0;
  const push = (value: number, length: number) => {
    fields.push(value, length);
    bitLength += length;
  };
  if (/^\d*$/.test(text)) {
    for (let i = 0; i < text.length; i += 3) {
      const group = text.slice(i, i + 3);
      push(Number(group), group.length * 3 + 1);
    }
    return { mode: 1, count: text.length, countBits: [10, 12, 14], fields, bitLength };
  }
  if (/^[A-Z0-9 $%*+./:-]*$/.test(text)) {
    let i = 0;
    for (; i + 2 <= text.length; i += 2)
      push(ALPHANUMERIC.indexOf(text[i]) * 45 + ALPHANUMERIC.indexOf(text[i + 1]), 11);
    if (i < text.length) push(ALPHANUMERIC.indexOf(text[i]), 6);
    return { mode: 2, count: text.length, countBits: [9, 11, 13], fields, bitLength };
  }
  const bytes = utf8.encode(text);
  for (const byte of bytes) push(byte, 8);
  return { mode: 4, count: bytes.length, countBits: [8, 16, 16], fields, bitLength };
}

/** The data codewords: the segment in the smallest version it fits, terminated and padded. */
function dataOf(text: string): { version: number; data: Uint8Array } {
  const segment = segmentOf(text);
  for (let version = 1; version <= 40; version++) {
    const capacity = dataCodewords(version) * 8;
    const countBits = segment ? segment.countBits[version <= 9 ? 0 : version <= 26 ? 1 : 2] : 0;
    if (segment && segment.count >= 1 << countBits) continue;
    if (segment && 4 + countBits + segment.bitLength > capacity) continue;
    const data = new Uint8Array(capacity / 8);
    let at = 0;
    const push = (value: number, length: number) => {
      for (let i = length - 1; i >= 0; i--, at++) data[at >>> 3] |= ((value >>> i) & 1) << (7 - (at & 7));
    };
    if (segment) {
      push(segment.mode, 4);
      push(segment.count, countBits);
      for (let i = 0; i < segment.fields.length; i += 2) push(segment.fields[i], segment.fields[i + 1]);
    }
    // The terminator (up to 4 zero bits) and the zero bits to a whole byte are already zero.
    at = Math.ceil(Math.min(capacity, at + 4) / 8) * 8;
    for (let pad = 0xec; at < capacity; pad ^= 0xec ^ 0x11) push(pad, 8);
    return { version, data };
  }
  throw new RangeError('Data too long for a QR code');
}

/** Data and error correction codewords, split into blocks and interleaved. */
function codewordsOf(version: number, data: Uint8Array): Uint8Array {
  const blocks = ECC_BLOCKS[version];
  const eccLength = ECC_PER_BLOCK[version];
  const raw = Math.floor(rawDataModules(version) / 8);
  const shortBlocks = blocks - (raw % blocks);
  const shortLength = Math.floor(raw / blocks);
  const div = divisor(eccLength);
  const all: Uint8Array[] = [];
  for (let i = 0, k = 0; i < blocks; i++) {
    const length = shortLength - eccLength + (i < shortBlocks ? 0 : 1);
    const block = new Uint8Array(shortLength + 1);
    const dat = data.subarray(k, k + length);
    k += length;
    block.set(dat);
    // A short block gets a placeholder byte after its data, left out when interleaving.
    block.set(eccOf(dat, div), shortLength + 1 - eccLength);
    all.push(block);
  }
  const result = new Uint8Array(raw);
  let n = 0;
  for (let i = 0; i <= shortLength; i++)
    for (let j = 0; j < blocks; j++) if (i !== shortLength - eccLength || j >= shortBlocks) result[n++] = all[j][i];
  return result;
}

/** The modules of the QR code of `text`, row by row (`size` × `size`, 1 for dark). */
export function qrModules(text: string): { size: number; dark: Uint8Array } {
  const { version, data } = dataOf(text);
  const size = version * 4 + 17;
  const dark = new Uint8Array(size * size);
  const fixed = new Uint8Array(size * size);
  const set = (x: number, y: number, isDark: boolean) => {
    dark[y * size + x] = isDark ? 1 : 0;
    fixed[y * size + x] = 1;
  };
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [
    [3, 3],
    [size - 4, 3],
    [3, size - 4],
  ])
    for (let dy = -4; dy <= 4; dy++)
      for (let dx = -4; dx <= 4; dx++) {
        const distance = Math.max(Math.abs(dx), Math.abs(dy));
        const x = cx + dx;
        const y = cy + dy;
        if (x >= 0 && x < size && y >= 0 && y < size) set(x, y, distance !== 2 && distance !== 4);
      }
  if (version > 1) {
    const count = Math.floor(version / 7) + 2;
    const step = version === 32 ? 26 : Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
    const positions = [6];
    for (let pos = size - 7; positions.length < count; pos -= step) positions.splice(1, 0, pos);
    const last = count - 1;
    for (let i = 0; i < count; i++)
      for (let j = 0; j < count; j++) {
        if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) continue;
        for (let dy = -2; dy <= 2; dy++)
          for (let dx = -2; dx <= 2; dx++)
            set(positions[i] + dx, positions[j] + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
      }
  }
  const formatData = (ECC_FORMAT_BITS << 3) | QR_MASK;
  let rem = formatData;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  const format = ((formatData << 10) | rem) ^ 0x5412;
  const bit = (value: number, i: number) => ((value >>> i) & 1) !== 0;
  for (let i = 0; i <= 5; i++) set(8, i, bit(format, i));
  set(8, 7, bit(format, 6));
  set(8, 8, bit(format, 7));
  set(7, 8, bit(format, 8));
  for (let i = 9; i < 15; i++) set(14 - i, 8, bit(format, i));
  for (let i = 0; i < 8; i++) set(size - 1 - i, 8, bit(format, i));
  for (let i = 8; i < 15; i++) set(8, size - 15 + i, bit(format, i));
  set(8, size - 8, true);
  if (version >= 7) {
    let vrem = version;
    for (let i = 0; i < 12; i++) vrem = (vrem << 1) ^ ((vrem >>> 11) * 0x1f25);
    const bits = (version << 12) | vrem;
    for (let i = 0; i < 18; i++) {
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      set(a, b, bit(bits, i));
      set(b, a, bit(bits, i));
    }
  }
  const codewords = codewordsOf(version, data);
  const total = codewords.length * 8;
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < size; vert++)
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const y = ((right + 1) & 2) === 0 ? size - 1 - vert : vert;
        const at = y * size + x;
        if (fixed[at] || i >= total) continue;
        dark[at] = (codewords[i >>> 3] >>> (7 - (i & 7))) & 1;
        i++;
      }
  }
  // Mask 0: flip every data module whose row and column add up to an even number.
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) if (!fixed[y * size + x] && (x + y) % 2 === 0) dark[y * size + x] ^= 1;
  return { size, dark };
}

/**
 * A QR code (error correction M, no quiet zone, mask `QR_MASK`) as filled rectangles, one per
 * horizontal run of dark modules, so a PDF draws it as vectors: sharp at any zoom.
 */
export function qrRectangles(text: string, size: number): QrRect[] {
  const qr = qrModules(text);
  const module = size / qr.size;
  const rects: QrRect[] = [];
  for (let r = 0; r < qr.size; r++) {
    const row = r * qr.size;
    for (let col = 0; col < qr.size;) {
      if (!qr.dark[row + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < qr.size && qr.dark[row + col]) col++;
      rects.push({ x: start * module, y: r * module, width: (col - start) * module, height: module });
    }
  }
  return rects;
}
