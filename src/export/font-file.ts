/**
 * Font files: WOFF 1.0 to TrueType, and the few tables layout reads (cmap, hmtx, hhea, head).
 * Refuses, with a `PdfFontError`, what jsPDF could not embed.
 */
import { unzlibSync } from 'fflate';
import { PdfFontError, type FontBytes } from './font-registry.js';

/** A TrueType font from WOFF 1.0 (tables are zlib streams) or TrueType bytes; throws for anything else. */
export function toTrueType(bytes: FontBytes, fontName = 'font'): Uint8Array {
  const buf = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (buf.length < 12)
    throw new PdfFontError('unsupported-font', `${fontName} is not a font file.`, { font: fontName });
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const tag = view.getUint32(0);
  if (tag === 0x00010000 || tag === 0x74727565 /* 'true' */) return buf;
  if (tag !== 0x774f4646 /* 'wOFF' */) {
    const what =
      tag === 0x4f54544f
        ? 'CFF-based OpenType'
        : tag === 0x774f4632
          ? 'WOFF2'
          : tag === 0x74746366
            ? 'a font collection'
            : 'not a font';
    throw new PdfFontError('unsupported-font', `${fontName} is ${what}; PDFs need TrueType (.ttf) or WOFF 1.0.`, {
      font: fontName,
    });
  }
  const flavor = view.getUint32(4);
  if (flavor !== 0x00010000 && flavor !== 0x74727565) {
    throw new PdfFontError('unsupported-font', `${fontName} wraps CFF outlines; PDFs need TrueType outlines.`, {
      font: fontName,
    });
  }
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const o = 44 + i * 20;
    return {
      tag: view.getUint32(o),
      offset: view.getUint32(o + 4),
      compLength: view.getUint32(o + 8),
      origLength: view.getUint32(o + 12),
      checksum: view.getUint32(o + 16),
    };
  });
  const { font: out, view: dv } = emptySfnt(
    flavor,
    tables.map((t) => t.origLength),
  );
  let offset = 12 + 16 * numTables;
  tables.forEach((t, i) => {
    const raw = buf.subarray(t.offset, t.offset + t.compLength);
    const data = t.compLength < t.origLength ? unzlibSync(raw) : raw;
    if (data.length !== t.origLength)
      throw new PdfFontError('unsupported-font', `${fontName} has a damaged table.`, { font: fontName });
    const record = 12 + 16 * i;
    dv.setUint32(record, t.tag);
    dv.setUint32(record + 4, t.checksum);
    dv.setUint32(record + 8, offset);
    dv.setUint32(record + 12, t.origLength);
    out.set(data, offset);
    offset += (t.origLength + 3) & ~3;
  });
  return out;
}

/**
 * A TrueType file with room for tables of `lengths` bytes (each padded to 4), its offset table
 * written; the table records (from byte 12, 16 bytes each) and the tables (after them) are the caller's.
 */
export function emptySfnt(flavor: number, lengths: readonly number[]): { font: Uint8Array; view: DataView } {
  const numTables = lengths.length;
  const font = new Uint8Array(lengths.reduce((size, length) => size + ((length + 3) & ~3), 12 + 16 * numTables));
  const view = new DataView(font.buffer);
  let entrySelector = 0;
  while (2 << entrySelector <= numTables) entrySelector++;
  const searchRange = (1 << entrySelector) * 16;
  view.setUint32(0, flavor);
  view.setUint16(4, numTables);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, numTables * 16 - searchRange);
  return { font, view };
}

export interface FontMetrics {
  /** Code point -> glyph, from the table jsPDF itself uses (the first Unicode format-4 subtable). */
  glyphs: Map<number, number>;
  advances: Uint16Array;
  unitsPerEm: number;
  /** The line's height as a multiple of the size, from `hhea` (ascender - descender + line gap). */
  lineHeight: number;
}

function tableOffsets(view: DataView): Map<string, number> {
  const tables = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const r = 12 + 16 * i;
    const tag = String.fromCharCode(view.getUint8(r), view.getUint8(r + 1), view.getUint8(r + 2), view.getUint8(r + 3));
    tables.set(tag, view.getUint32(r + 8));
  }
  return tables;
}

/** Reads what layout needs from a TrueType font; throws `unsupported-font` when jsPDF could not use it. */
export function readFontMetrics(ttf: Uint8Array, fontName = 'font'): FontMetrics {
  const unusable = (why: string) => new PdfFontError('unsupported-font', `${fontName}: ${why}`, { font: fontName });
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const tables = tableOffsets(view);
  const cmap = tables.get('cmap');
  const hmtx = tables.get('hmtx');
  const hhea = tables.get('hhea');
  const head = tables.get('head');
  if (cmap === undefined || hmtx === undefined || hhea === undefined || head === undefined || !tables.has('glyf')) {
    throw unusable('a TrueType font needs cmap, glyf, head, hhea and hmtx tables.');
  }
  const glyphs = new Map<number, number>();
  let sub = -1;
  for (let i = 0, n = view.getUint16(cmap + 2); i < n && sub < 0; i++) {
    const r = cmap + 4 + 8 * i;
    const platform = view.getUint16(r);
    const encoding = view.getUint16(r + 2);
    const at = cmap + view.getUint32(r + 4);
    if (view.getUint16(at) === 4 && (platform === 0 || (platform === 3 && encoding === 1))) sub = at;
  }
  if (sub < 0) throw unusable('no Unicode (format 4) cmap, which jsPDF needs.');
  const segments = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let i = 0; i < segments; i++) {
    const end = view.getUint16(ends + 2 * i);
    const start = view.getUint16(starts + 2 * i);
    const delta = view.getUint16(deltas + 2 * i);
    const rangeOffset = view.getUint16(rangeOffsets + 2 * i);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const at = rangeOffsets + 2 * i + rangeOffset + 2 * (cp - start);
        glyph = at + 2 <= view.byteLength ? view.getUint16(at) : 0;
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) glyphs.set(cp, glyph);
    }
  }
  const metricsCount = view.getUint16(hhea + 34);
  const advances = new Uint16Array(metricsCount);
  for (let i = 0; i < metricsCount; i++) advances[i] = view.getUint16(hmtx + 4 * i);
  const unitsPerEm = view.getUint16(head + 18) || 1000;
  const lineHeight = (view.getInt16(hhea + 4) - view.getInt16(hhea + 6) + view.getInt16(hhea + 8)) / unitsPerEm;
  return { glyphs, advances, unitsPerEm, lineHeight };
}
