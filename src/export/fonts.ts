/**
 * Fonts for the PDFs: which script subsets a text needs, loading only those on first use, checking
 * that every character has a glyph, and registering them with a jsPDF document.
 *
 * Built in: Noto Sans (SIL OFL 1.1, licences in `./fonts/`) regular and bold, one file per script
 * subset: Latin, Latin Extended, Greek, Cyrillic, Arabic (with the presentation forms that shaping
 * produces), Hebrew. Other scripts (CJK, Devanagari, Thai, ...) through `registerPdfFont()`.
 *
 * jsPDF draws a character a font lacks as nothing, or as another glyph, without a word; so every
 * character is checked against the real `cmap` of the font that draws it, and one that no font can
 * draw raises a `PdfFontError`.
 */
import { unzlibSync } from 'fflate';
import type { jsPDF } from 'jspdf';
import {
  inRanges,
  PdfFontError,
  registeredFontSources,
  type FontBytes,
  type FontSource,
  type PdfFontWeight,
  type Ranges,
} from './font-registry.js';

export {
  isPdfFontError,
  PDF_FONT_ERROR_KINDS,
  PDF_FONT_WEIGHTS,
  PdfFontError,
  registerPdfFont,
  unregisterPdfFont,
  type FontBytes,
  type PdfFontErrorKind,
  type PdfFontRegistration,
  type PdfFontWeight,
} from './font-registry.js';

/**
 * Code points of each built-in subset, read from the format-4 `cmap` (the one jsPDF uses: BMP only)
 * of the shipped files; a test keeps them true.
 */
export const BUILT_IN_FONT_COVERAGE = {
  latin: '20-7e,a0-ff,131,152-153,2bb-2bc,2c6,2da,2dc,300-301,303-304,308-309,323,329,2002,2009,200b,2013-2014,2018-201a,201c-201e,2022,2026,2032-2033,2039-203a,2044,20ac,2122,2212,feff,fffd',
  'latin-ext': '20,a0,100-130,132-151,154-2ba,2bc-2c5,2c7-2cc,2ce-2d7,2dd-301,303-304,308-309,323,329,1d00-1dbf,1e00-1e9f,1ef2-1eff,2020,20a0-20ab,20ad-20c0,2113,2c60-2c7f,a720-a7ca,a7d0-a7d1,a7d3,a7d5-a7d9,a7f2-a7ff',
  greek: '20,a0,370-377,37a-37f,384-38a,38c,38e-3a1,3a3-3e1,3f0-3ff',
  cyrillic: '20,a0,301,400-45f,490-491,4b0-4b1,2116',
  arabic: '20,a0,600-6ff,750-77f,870-88e,890-891,898-8e1,8e3-8ff,200c-200e,2010-2011,204f,2e41,fb50-fbc2,fbd3-fd8f,fd92-fdc7,fdcf,fdf0-fdff,fe70-fe74,fe76-fefc,feff',
  hebrew: '20,2d,a0,307-308,591-5c7,5d0-5ea,5ef-5f4,200c-2010,20aa,25cc,fb1d-fb36,fb38-fb3c,fb3e,fb40-fb41,fb43-fb44,fb46-fb4f',
} as const;
export type BuiltInFontSubset = keyof typeof BUILT_IN_FONT_COVERAGE;

/** Each subset's URLs live in a module of its own, so a bundler splits (or inlines) them one subset at a time. */
const BUILT_IN_FILES: Record<BuiltInFontSubset, () => Promise<{ regular: string; bold: string }>> = {
  latin: () => import('./fonts/latin.js'),
  'latin-ext': () => import('./fonts/latin-ext.js'),
  greek: () => import('./fonts/greek.js'),
  cyrillic: () => import('./fonts/cyrillic.js'),
  arabic: () => import('./fonts/arabic.js'),
  hebrew: () => import('./fonts/hebrew.js'),
};

/** The URLs of a built-in subset's files (for tests and for integrators who preload). */
export function builtInFontUrls(subset: BuiltInFontSubset): Promise<{ regular: string; bold: string }> {
  return BUILT_IN_FILES[subset]();
}

function parseRanges(spec: string): Ranges {
  return spec.split(',').map((part) => {
    const [a = '0', b = a] = part.split('-');
    return [parseInt(a, 16), parseInt(b, 16)] as const;
  });
}

async function fetchFont(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return response.arrayBuffer();
}

const builtInSources: FontSource[] = (Object.keys(BUILT_IN_FONT_COVERAGE) as BuiltInFontSubset[]).map((subset) => {
  const ranges = parseRanges(BUILT_IN_FONT_COVERAGE[subset]);
  return {
    family: `NotoSans-${subset}`,
    declares: (cp) => inRanges(ranges, cp),
    load: async (weight) => {
      const urls = await BUILT_IN_FILES[subset]();
      return fetchFont(weight === 'bold' ? urls.bold : urls.regular);
    },
    hasBold: true,
  };
});

/* ------------------------------------------------------------------------------------------------
 * Font files: WOFF 1.0 to TrueType, and the few tables we read (cmap, hmtx, hhea, head).
 */

/** A TrueType font from WOFF 1.0 (tables are zlib streams) or TrueType bytes; throws for anything else. */
export function toTrueType(bytes: FontBytes, fontName = 'font'): Uint8Array {
  const buf = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (buf.length < 12) throw new PdfFontError('unsupported-font', `${fontName} is not a font file.`, { font: fontName });
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const tag = view.getUint32(0);
  if (tag === 0x00010000 || tag === 0x74727565 /* 'true' */) return buf;
  if (tag !== 0x774f4646 /* 'wOFF' */) {
    const what = tag === 0x4f54544f ? 'CFF-based OpenType' : tag === 0x774f4632 ? 'WOFF2' : tag === 0x74746366 ? 'a font collection' : 'not a font';
    throw new PdfFontError('unsupported-font', `${fontName} is ${what}; PDFs need TrueType (.ttf) or WOFF 1.0.`, { font: fontName });
  }
  const flavor = view.getUint32(4);
  if (flavor !== 0x00010000 && flavor !== 0x74727565) {
    throw new PdfFontError('unsupported-font', `${fontName} wraps CFF outlines; PDFs need TrueType outlines.`, { font: fontName });
  }
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const o = 44 + i * 20;
    return { tag: view.getUint32(o), offset: view.getUint32(o + 4), compLength: view.getUint32(o + 8), origLength: view.getUint32(o + 12), checksum: view.getUint32(o + 16) };
  });
  let size = 12 + 16 * numTables;
  for (const t of tables) size += (t.origLength + 3) & ~3;
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  let entrySelector = 0;
  while (2 << entrySelector <= numTables) entrySelector++;
  const searchRange = (1 << entrySelector) * 16;
  dv.setUint32(0, flavor);
  dv.setUint16(4, numTables);
  dv.setUint16(6, searchRange);
  dv.setUint16(8, entrySelector);
  dv.setUint16(10, numTables * 16 - searchRange);
  let offset = 12 + 16 * numTables;
  tables.forEach((t, i) => {
    const raw = buf.subarray(t.offset, t.offset + t.compLength);
    const data = t.compLength < t.origLength ? unzlibSync(raw) : raw;
    if (data.length !== t.origLength) throw new PdfFontError('unsupported-font', `${fontName} has a damaged table.`, { font: fontName });
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

interface FontMetrics {
  /** Code point -> glyph, from the table jsPDF itself uses (the first Unicode format-4 subtable). */
  glyphs: Map<number, number>;
  advances: Uint16Array;
  unitsPerEm: number;
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
  return { glyphs, advances, unitsPerEm: view.getUint16(head + 18) || 1000 };
}

/* ------------------------------------------------------------------------------------------------
 * Loaded faces and the set of faces one PDF uses.
 */

/** One weight of one font, loaded and checked, ready to add to any number of documents. */
export class PdfFontFace {
  /** The font name given to jsPDF (`doc.setFont(face.id, face.style)`). */
  readonly id: string;
  readonly style: PdfFontWeight;
  private readonly vfsName: string;

  constructor(
    readonly source: Readonly<Pick<FontSource, 'family' | 'declares'>>,
    readonly weight: PdfFontWeight,
    private readonly binary: string,
    private readonly metrics: FontMetrics,
  ) {
    this.id = source.family;
    this.style = weight;
    this.vfsName = `${source.family}-${weight}.ttf`;
  }

  /** Whether this face is meant for and really has a glyph for the code point (BMP only: jsPDF's limit). */
  covers(cp: number): boolean {
    return cp <= 0xffff && this.metrics.glyphs.has(cp) && this.source.declares(cp);
  }

  /** Advance width of a string in points, as jsPDF will place it (no kerning). */
  width(text: string, size: number): number {
    const { glyphs, advances, unitsPerEm } = this.metrics;
    const last = advances.length - 1;
    let units = 0;
    for (let i = 0; i < text.length; i++) {
      const glyph = glyphs.get(text.charCodeAt(i)) ?? 0;
      units += advances[Math.min(glyph, last)] ?? 0;
    }
    return (units * size) / unitsPerEm;
  }

  /** Adds the font to a document (jsPDF subsets it on output). */
  install(doc: jsPDF): void {
    doc.addFileToVFS(this.vfsName, this.binary);
    doc.addFont(this.vfsName, this.id, this.style, 'Identity-H');
  }
}

/** Loaded faces per font source; an unregistered font's entry goes with its source object. */
const faceCache = new WeakMap<FontSource, Map<PdfFontWeight, Promise<PdfFontFace>>>();

function bytesToBinaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x2000) out += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return out;
}

function loadFace(source: FontSource, requested: PdfFontWeight): Promise<PdfFontFace> {
  const weight = requested === 'bold' && source.hasBold ? 'bold' : 'normal';
  let faces = faceCache.get(source);
  if (!faces) faceCache.set(source, (faces = new Map()));
  const cache = faces;
  let face = cache.get(weight);
  if (!face) {
    face = (async () => {
      let bytes: FontBytes;
      try {
        bytes = await source.load(weight);
      } catch (cause) {
        throw new PdfFontError('load-failed', `The font ${source.family} (${weight}) could not be loaded.`, { font: source.family, cause });
      }
      const ttf = toTrueType(bytes, source.family);
      return new PdfFontFace(source, weight, bytesToBinaryString(ttf), readFontMetrics(ttf, source.family));
    })();
    cache.set(weight, face);
    face.catch(() => cache.delete(weight));
  }
  return face;
}

function describe(chars: string[]): string {
  return chars.map((c) => `${c} (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
}

/** What a PDF will draw: a string and the weight it is drawn in. */
export interface PdfTextNeed {
  text: string;
  weight: PdfFontWeight;
}

/** A run of text drawn in one face. */
export interface FontRun {
  face: PdfFontFace;
  text: string;
}

/**
 * The faces one document draws with. Splits text into runs of one face each: a character stays in
 * the current run's face when that face covers it (spaces, digits, punctuation), else takes the
 * first face, in priority order, that covers it.
 */
export class PdfFontSet {
  constructor(private readonly faces: readonly PdfFontFace[]) {}

  /** Every face, for `install()`. */
  get all(): readonly PdfFontFace[] {
    return this.faces;
  }

  install(doc: jsPDF): void {
    for (const face of this.faces) face.install(doc);
  }

  /** Runs of `text` by face; throws `PdfFontError` (`uncovered-characters`) for what no face draws. */
  runs(text: string, weight: PdfFontWeight): FontRun[] {
    const candidates = this.faces.filter((f) => f.weight === weight);
    const fallbacks = this.faces.filter((f) => f.weight !== weight && !candidates.some((c) => c.id === f.id));
    const order = [...candidates, ...fallbacks];
    const runs: FontRun[] = [];
    const missing: string[] = [];
    let current: FontRun | undefined;
    for (const char of text) {
      const cp = char.codePointAt(0) ?? 0;
      if (current?.face.covers(cp)) {
        current.text += char;
        continue;
      }
      const face = order.find((f) => f.covers(cp));
      if (!face) {
        if (!missing.includes(char)) missing.push(char);
        continue;
      }
      current = { face, text: char };
      runs.push(current);
    }
    if (missing.length) throw uncovered(missing);
    return runs;
  }

  /** Width in points of `text` at `size`. */
  width(text: string, size: number, weight: PdfFontWeight): number {
    return this.runs(text, weight).reduce((sum, run) => sum + run.face.width(run.text, size), 0);
  }
}

function uncovered(chars: string[]): PdfFontError {
  return new PdfFontError(
    'uncovered-characters',
    `No font can draw ${describe(chars)}. Register a font for them with registerPdfFont().`,
    { characters: chars },
  );
}

/**
 * Loads (once, then from cache) the faces that `texts` need, and checks every character against
 * the real glyphs. Rejects with a `PdfFontError`: `uncovered-characters` (listing them),
 * `load-failed`, or `unsupported-font`.
 */
export async function loadPdfFonts(texts: Iterable<PdfTextNeed>): Promise<PdfFontSet> {
  const sources = [...registeredFontSources(), ...builtInSources];
  const loaded = new Map<string, PdfFontFace>();
  const needs = [...texts];
  // Declared ranges pick the files to fetch; the cmap of what arrives has the last word. A claimed
  // character a registered font lacks sends us round again for the next font that claims it.
  for (let round = 0; round <= sources.length; round++) {
    const wanted = new Map<string, { source: FontSource; weight: PdfFontWeight }>();
    const missing: string[] = [];
    for (const { text, weight } of needs) {
      let current: FontSource | undefined;
      for (const char of text) {
        const cp = char.codePointAt(0) ?? 0;
        const usable = (s: FontSource): boolean => {
          if (cp > 0xffff || !s.declares(cp)) return false;
          const face = loaded.get(`${s.family}\u0000${weight}`) ?? loaded.get(`${s.family}\u0000normal`);
          return face ? face.covers(cp) : true;
        };
        if (current && usable(current)) continue;
        current = sources.find(usable);
        if (!current) {
          if (!missing.includes(char)) missing.push(char);
          continue;
        }
        const w = weight === 'bold' && current.hasBold ? 'bold' : 'normal';
        const key = `${current.family}\u0000${w}`;
        if (!loaded.has(key)) wanted.set(key, { source: current, weight: w });
      }
    }
    if (missing.length) throw uncovered(missing);
    if (wanted.size === 0) break;
    const faces = await Promise.all([...wanted.values()].map(({ source, weight }) => loadFace(source, weight)));
    for (const face of faces) loaded.set(`${face.id}\u0000${face.weight}`, face);
  }
  const priority = (face: PdfFontFace): number => sources.findIndex((s) => s.family === face.id);
  return new PdfFontSet([...loaded.values()].sort((a, b) => priority(a) - priority(b)));
}
