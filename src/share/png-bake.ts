/**
 * Open Badges in PNG files: read and write the `iTXt` chunk (`openbadges` for 2.0,
 * `openbadgecredential` for 3.0) and read the legacy `tEXt` chunk. Bytes in, bytes out.
 */

export const PNG_KEYWORDS = ['openbadges', 'openbadgecredential'] as const;
export type PngOpenBadgeKeyword = (typeof PNG_KEYWORDS)[number];

export interface PngChunk {
  type: string;
  data: Uint8Array;
}

/** What a baked PNG holds: the chunk's keyword and text (JSON, a compact JWS, or a URL in a legacy `tEXt`). */
export interface PngOpenBadge {
  keyword: PngOpenBadgeKeyword;
  chunk: 'iTXt' | 'tEXt';
  text: string;
}

/** The PNG file is broken: no signature, a chunk running past the end, no `IEND`. */
export class PngFormatError extends Error {
  override name = 'PngFormatError';
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The chunks of a PNG file, in order, up to and including `IEND`. */
export function readPngChunks(bytes: Uint8Array): PngChunk[] {
  if (!isPng(bytes)) throw new PngFormatError('Not a PNG file.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let offset = SIGNATURE.length;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) throw new PngFormatError('A PNG chunk runs past the end of the file.');
    const type = latin1.decode(bytes.subarray(offset + 4, offset + 8));
    chunks.push({ type, data: bytes.subarray(offset + 8, offset + 8 + length) });
    offset = end;
    if (type === 'IEND') return chunks;
  }
  throw new PngFormatError('The PNG file has no IEND chunk.');
}

/** A whole PNG file from chunks: signature, then length, type, data and CRC-32 of each. */
export function writePngChunks(chunks: readonly PngChunk[]): Uint8Array {
  const size = SIGNATURE.length + chunks.reduce((n, c) => n + 12 + c.data.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(SIGNATURE, 0);
  let offset = SIGNATURE.length;
  for (const chunk of chunks) {
    view.setUint32(offset, chunk.data.length);
    const typeAndData = out.subarray(offset + 4, offset + 8 + chunk.data.length);
    for (let i = 0; i < 4; i++) typeAndData[i] = chunk.type.charCodeAt(i);
    typeAndData.set(chunk.data, 4);
    view.setUint32(offset + 8 + chunk.data.length, crc32(typeAndData));
    offset += 12 + chunk.data.length;
  }
  return out;
}

/**
 * The Open Badges data baked into a PNG: the first `iTXt` chunk `openbadgecredential` or
 * `openbadges` (compressed ones inflated), else a legacy `tEXt` chunk `openbadges`; `null` when none.
 */
export async function readPngOpenBadge(bytes: Uint8Array): Promise<PngOpenBadge | null> {
  let legacy: PngOpenBadge | null = null;
  for (const chunk of readPngChunks(bytes)) {
    const keyword = chunkKeyword(chunk);
    if (!keyword) continue;
    if (chunk.type === 'iTXt') return { keyword, chunk: 'iTXt', text: await iTXtText(chunk.data) };
    if (chunk.type === 'tEXt' && !legacy) {
      legacy = { keyword, chunk: 'tEXt', text: latin1.decode(chunk.data.subarray(keyword.length + 1)) };
    }
  }
  return legacy;
}

/**
 * The PNG with `text` baked in as exactly one uncompressed `iTXt` chunk right after `IHDR`; any
 * Open Badges text chunk it had (either keyword, `iTXt`, `tEXt` or `zTXt`) is replaced, not kept.
 */
export function bakePng(bytes: Uint8Array, keyword: PngOpenBadgeKeyword, text: string): Uint8Array {
  const chunks = readPngChunks(bytes).filter((c) => !chunkKeyword(c));
  const ihdr = chunks.findIndex((c) => c.type === 'IHDR');
  if (ihdr !== 0) throw new PngFormatError('The PNG file does not start with IHDR.');
  chunks.splice(1, 0, { type: 'iTXt', data: iTXtData(keyword, text) });
  return writePngChunks(chunks);
}

/** `keyword NUL compression-flag compression-method language NUL translated-keyword NUL text`. */
function iTXtData(keyword: string, text: string): Uint8Array {
  const head = new TextEncoder().encode(keyword);
  const body = new TextEncoder().encode(text);
  const data = new Uint8Array(head.length + 5 + body.length);
  data.set(head, 0);
  // The 5 bytes after the keyword stay 0: separator, uncompressed, method 0, empty language, empty translation.
  data.set(body, head.length + 5);
  return data;
}

async function iTXtText(data: Uint8Array): Promise<string> {
  const keywordEnd = data.indexOf(0);
  const compressed = data[keywordEnd + 1] === 1;
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) throw new PngFormatError('A broken iTXt chunk.');
  const body = data.subarray(translatedEnd + 1);
  return utf8.decode(compressed ? await inflate(body) : body);
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function chunkKeyword(chunk: PngChunk): PngOpenBadgeKeyword | null {
  if (chunk.type !== 'iTXt' && chunk.type !== 'tEXt' && chunk.type !== 'zTXt') return null;
  const end = chunk.data.indexOf(0);
  if (end < 1) return null;
  const keyword = latin1.decode(chunk.data.subarray(0, end));
  return (PNG_KEYWORDS as readonly string[]).includes(keyword) ? (keyword as PngOpenBadgeKeyword) : null;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG (and ZIP) use it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
