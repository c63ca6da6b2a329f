/**
 * A TrueType font cut down to some characters: their glyphs (and the glyphs composite glyphs are
 * built from) renumbered from 1, a format-4 `cmap` of just those characters, `hmtx`, `loca`,
 * `maxp` and `hhea` to match, `post` without glyph names; `head`, `name` and `OS/2` as they were.
 * Layout tables (GSUB, GPOS, GDEF) go: jsPDF neither reads nor embeds them.
 *
 * jsPDF parses every font it is given and, for every document, copies its `cmap`, `hmtx`, `loca`,
 * `post` and `name` whole into the PDF beside the glyphs used, then deflates the lot. Handing it a
 * font cut to the characters a batch of PDFs draws makes that per-document work small, through its
 * public `addFont()`.
 */
import { emptySfnt } from './font-file.js';
import { PdfFontError } from './font-registry.js';

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

interface TableRecord {
  offset: number;
  length: number;
}

function tableDirectory(view: DataView): Map<string, TableRecord> {
  const tables = new Map<string, TableRecord>();
  for (let i = 0, count = view.getUint16(4); i < count; i++) {
    const r = 12 + 16 * i;
    const tag = String.fromCharCode(view.getUint8(r), view.getUint8(r + 1), view.getUint8(r + 2), view.getUint8(r + 3));
    tables.set(tag, { offset: view.getUint32(r + 8), length: view.getUint32(r + 12) });
  }
  return tables;
}

/** Big-endian 32-bit sum of the bytes, zero-padded to a multiple of 4 (the OpenType table checksum). */
function checksum(bytes: Uint8Array): number {
  let sum = 0;
  const whole = bytes.length & ~3;
  for (let i = 0; i < whole; i += 4) {
    sum = (sum + ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3])) >>> 0;
  }
  if (whole < bytes.length) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (i < bytes.length ? bytes[i] : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** A format-4 `cmap` (Windows Unicode BMP) mapping each code point to its new glyph. */
function encodeCmap(pairs: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const segments: Array<{ start: number; end: number; delta: number }> = [];
  for (const [cp, glyph] of pairs) {
    const last = segments[segments.length - 1];
    if (last && cp === last.end + 1 && ((glyph - cp) & 0xffff) === last.delta) last.end = cp;
    else segments.push({ start: cp, end: cp, delta: (glyph - cp) & 0xffff });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const count = segments.length;
  const subtableLength = 16 + 8 * count;
  const out = new Uint8Array(12 + subtableLength);
  const view = new DataView(out.buffer);
  view.setUint16(2, 1); // one encoding record
  view.setUint16(4, 3); // Windows
  view.setUint16(6, 1); // Unicode BMP
  view.setUint32(8, 12);
  let entrySelector = 0;
  while (2 << entrySelector <= count) entrySelector++;
  const searchRange = 2 << entrySelector;
  const s = 12;
  view.setUint16(s, 4);
  view.setUint16(s + 2, subtableLength);
  view.setUint16(s + 6, count * 2);
  view.setUint16(s + 8, searchRange);
  view.setUint16(s + 10, entrySelector);
  view.setUint16(s + 12, count * 2 - searchRange);
  segments.forEach((seg, i) => {
    view.setUint16(s + 14 + 2 * i, seg.end);
    view.setUint16(s + 16 + 2 * count + 2 * i, seg.start);
    view.setUint16(s + 16 + 4 * count + 2 * i, seg.delta);
    // idRangeOffset stays 0: every segment maps by delta.
  });
  return out;
}

/**
 * `ttf` with only the glyphs of `codePoints` (those of the Basic Multilingual Plane that `glyphs`,
 * the font's own code point to glyph map, has) and glyph 0. Throws `unsupported-font` for a font
 * without the tables a TrueType font needs.
 */
export function subsetTrueType(
  ttf: Uint8Array,
  glyphs: ReadonlyMap<number, number>,
  codePoints: Iterable<number>,
  fontName = 'font',
): Uint8Array {
  return mergeTrueTypes([{ ttf, glyphs, codePoints }], fontName);
}

/** One font's part of `mergeTrueTypes()`. */
export interface TrueTypePart {
  ttf: Uint8Array;
  /** The font's own code point to glyph map. */
  glyphs: ReadonlyMap<number, number>;
  codePoints: Iterable<number>;
}

/**
 * One TrueType font holding the glyphs of `codePoints` of each part (a code point goes to the first
 * part that has it), for slices of one family cut from one font (Noto Sans CJK's unicode-range
 * slices): the first part's `head` (with the bounding box of all), `hhea`, `OS/2`, `name` and
 * `post` describe the whole. Throws `unsupported-font` for a part without the tables TrueType needs.
 */
export function mergeTrueTypes(parts: readonly TrueTypePart[], fontName = 'font'): Uint8Array {
  const fonts = parts.map((part) => {
    const view = new DataView(part.ttf.buffer, part.ttf.byteOffset, part.ttf.byteLength);
    const tables = tableDirectory(view);
    const table = (tag: string): TableRecord => {
      const record = tables.get(tag);
      if (!record) throw new PdfFontError('unsupported-font', `${fontName}: no ${tag} table.`, { font: fontName });
      return record;
    };
    const head = table('head');
    const loca = table('loca');
    const longLoca = view.getInt16(head.offset + 50) === 1;
    return {
      ...part,
      view,
      tables,
      head,
      hhea: table('hhea'),
      maxp: table('maxp'),
      hmtx: table('hmtx'),
      glyf: table('glyf'),
      numGlyphs: view.getUint16(table('maxp').offset + 4),
      glyphStart: (id: number) =>
        longLoca ? view.getUint32(loca.offset + 4 * id) : 2 * view.getUint16(loca.offset + 2 * id),
      newId: new Map<number, number>(),
    };
  });
  type Font = (typeof fonts)[number];
  const first = fonts[0];

  // New glyph ids: 0, then the characters' glyphs in code point order (so the cmap is a few ranges),
  // then the components of composite glyphs.
  first.newId.set(0, 0);
  const order: Array<[Font, number]> = [[first, 0]];
  const pairs: Array<[number, number]> = [];
  const wanted = new Map<number, Font>();
  for (const font of fonts) {
    for (const cp of font.codePoints) {
      const old = cp <= 0xffff ? font.glyphs.get(cp) : undefined;
      if (old !== undefined && old < font.numGlyphs && !wanted.has(cp)) wanted.set(cp, font);
    }
  }
  for (const cp of [...wanted.keys()].sort((a, b) => a - b)) {
    const font = wanted.get(cp) as Font;
    const old = font.glyphs.get(cp) as number;
    if (!font.newId.has(old)) {
      font.newId.set(old, order.length);
      order.push([font, old]);
    }
    pairs.push([cp, font.newId.get(old) ?? 0]);
  }
  for (let i = 0; i < order.length; i++) {
    const [font, id] = order[i];
    for (const component of components(font, id)) {
      if (component < font.numGlyphs && !font.newId.has(component)) {
        font.newId.set(component, order.length);
        order.push([font, component]);
      }
    }
  }

  function components(font: Font, id: number): number[] {
    const { view, glyf, glyphStart } = font;
    const start = glyf.offset + glyphStart(id);
    const end = glyf.offset + glyphStart(id + 1);
    if (end - start < 10 || view.getInt16(start) >= 0) return [];
    const found: number[] = [];
    for (let at = start + 10; at + 4 <= end;) {
      const flags = view.getUint16(at);
      found.push(view.getUint16(at + 2));
      if (!(flags & MORE_COMPONENTS)) break;
      at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      at += flags & WE_HAVE_A_TWO_BY_TWO ? 8 : flags & WE_HAVE_AN_X_AND_Y_SCALE ? 4 : flags & WE_HAVE_A_SCALE ? 2 : 0;
    }
    return found;
  }

  const count = order.length;
  // glyf, with composite glyphs pointing at their components' new ids; loca in the long format.
  const glyphBytes = order.map(([font, old]) =>
    font.ttf.subarray(font.glyf.offset + font.glyphStart(old), font.glyf.offset + font.glyphStart(old + 1)),
  );
  const newGlyf = new Uint8Array(glyphBytes.reduce((n, g) => n + ((g.length + 3) & ~3), 0));
  const newLoca = new Uint8Array(4 * (count + 1));
  const locaView = new DataView(newLoca.buffer);
  const glyfView = new DataView(newGlyf.buffer);
  let offset = 0;
  glyphBytes.forEach((bytes, i) => {
    const { newId } = order[i][0];
    locaView.setUint32(4 * i, offset);
    newGlyf.set(bytes, offset);
    if (bytes.length >= 10 && glyfView.getInt16(offset) < 0) {
      for (let at = offset + 10; at + 4 <= offset + bytes.length;) {
        const flags = glyfView.getUint16(at);
        glyfView.setUint16(at + 2, newId.get(glyfView.getUint16(at + 2)) ?? 0);
        if (!(flags & MORE_COMPONENTS)) break;
        at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
        at += flags & WE_HAVE_A_TWO_BY_TWO ? 8 : flags & WE_HAVE_AN_X_AND_Y_SCALE ? 4 : flags & WE_HAVE_A_SCALE ? 2 : 0;
      }
    }
    offset += (bytes.length + 3) & ~3;
  });
  locaView.setUint32(4 * count, offset);

  // hmtx: one full metric per glyph.
  const newHmtx = new Uint8Array(4 * count);
  const hmtxView = new DataView(newHmtx.buffer);
  order.forEach(([{ view, hhea, hmtx }, old], i) => {
    const metricsCount = view.getUint16(hhea.offset + 34);
    const full = Math.min(old, metricsCount - 1);
    hmtxView.setUint16(4 * i, view.getUint16(hmtx.offset + 4 * full));
    const lsbAt =
      old < metricsCount ? hmtx.offset + 4 * old + 2 : hmtx.offset + 4 * metricsCount + 2 * (old - metricsCount);
    hmtxView.setInt16(4 * i + 2, lsbAt + 2 <= hmtx.offset + hmtx.length ? view.getInt16(lsbAt) : 0);
  });

  const { ttf, view, tables, head, hhea, maxp } = first;
  const copy = (record: TableRecord) => ttf.slice(record.offset, record.offset + record.length);
  const newHead = copy(head);
  const headView = new DataView(newHead.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment, set below
  headView.setInt16(50, 1); // long loca
  for (const other of fonts.slice(1)) {
    // The bounding box of every part: xMin, yMin, xMax, yMax.
    const at = other.head.offset;
    headView.setInt16(36, Math.min(headView.getInt16(36), other.view.getInt16(at + 36)));
    headView.setInt16(38, Math.min(headView.getInt16(38), other.view.getInt16(at + 38)));
    headView.setInt16(40, Math.max(headView.getInt16(40), other.view.getInt16(at + 40)));
    headView.setInt16(42, Math.max(headView.getInt16(42), other.view.getInt16(at + 42)));
  }
  const newHhea = copy(hhea);
  new DataView(newHhea.buffer).setUint16(34, count);
  const newMaxp = copy(maxp);
  new DataView(newMaxp.buffer).setUint16(4, count);
  // post version 3: no glyph names; the rest of its header as it was.
  const newPost = new Uint8Array(32);
  const post = tables.get('post');
  if (post) newPost.set(ttf.subarray(post.offset, post.offset + Math.min(32, post.length)));
  new DataView(newPost.buffer).setUint32(0, 0x00030000);

  const out: Array<[string, Uint8Array]> = [
    ['cmap', encodeCmap(pairs)],
    ['glyf', newGlyf],
    ['head', newHead],
    ['hhea', newHhea],
    ['hmtx', newHmtx],
    ['loca', newLoca],
    ['maxp', newMaxp],
    ['post', newPost],
  ];
  for (const tag of ['OS/2', 'name']) {
    const record = tables.get(tag);
    if (record) out.push([tag, copy(record)]);
  }
  out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return assemble(view.getUint32(0), out);
}

function assemble(flavor: number, tables: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array {
  const { font, view } = emptySfnt(
    flavor,
    tables.map(([, data]) => data.length),
  );
  let offset = 12 + 16 * tables.length;
  let headOffset = -1;
  tables.forEach(([tag, data], i) => {
    const record = 12 + 16 * i;
    for (let k = 0; k < 4; k++) view.setUint8(record + k, tag.charCodeAt(k));
    view.setUint32(record + 4, checksum(data));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.length);
    font.set(data, offset);
    if (tag === 'head') headOffset = offset;
    offset += (data.length + 3) & ~3;
  });
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(font)) >>> 0);
  return font;
}
