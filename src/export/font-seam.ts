/**
 * The one place that reaches into jsPDF's internals (src/vendor/jspdf/ holds the exact version this was
 * written against; `test/export/font-seam.test.ts` fails, naming this seam, when it changes).
 *
 * Given a font, jsPDF subsets, deflates and maps it again in every document: on a batch's font cut
 * that is still a fifth of each certificate's time. This writes the cut's font objects from bytes
 * made once per cut instead: the font program and ToUnicode map already deflated, the widths
 * already written. What it relies on, in jsPDF 4.2.1:
 *
 * - `doc.getFont()` (typed) returns the live font entry, whose `encoding` jsPDF's `putFont`
 *   handler for TrueType fonts (`Identity-H`) checks at output time;
 * - the `putFont` event (`doc.internal.events`) passes `{font, out, newObject, putStream}`, and a
 *   font entry with `isAlreadyPutted` set gets no other object;
 * - `putStream` writes `data` as given with `filters: []`, names `alreadyAppliedFilters` in
 *   `/Filter`, and adds `additionalKeyValues` to the stream dictionary.
 *
 * Before that, `addFont()` parses the font file again in every document (`jsPDF.API.TTFFont.open`,
 * called synchronously by its `addFont` event handler): `addFontParsedOnce()` has it parse each cut
 * once and hands every later document a copy of that parse (its tables shared) with its own
 * per-document state (the glyphs used, the ToUnicode entries, the subsetter), all jsPDF writes to.
 *
 * Anything not as expected and the document is left to jsPDF's own path: slower, never wrong.
 */
import type { jsPDF } from '../vendor/jspdf/index.js';

/** The jsPDF version the seam was written and tested against (src/vendor/jspdf/VERSION holds it). */
export const JSPDF_FONT_SEAM_VERSION = '4.2.1';

/** A font cut as the PDF embeds it, made once per cut. */
export interface EmbeddedCut {
  /** The TrueType program, zlib-deflated, as a binary string. */
  fontFile: string;
  /** Its length before deflating (`/Length1`). */
  fontFileLength: number;
  /** The ToUnicode CMap, zlib-deflated, as a binary string. */
  toUnicode: string;
  /** The CIDFont `/W` array: every glyph's advance in thousandths of an em. */
  widths: string;
}

/** The parts of jsPDF's font entry the seam reads and writes. */
interface FontEntry {
  encoding: string;
  fontName: string;
  isAlreadyPutted?: boolean;
  objectNumber: number;
  metadata: {
    bbox: number[];
    flags: number;
    stemV: number;
    italicAngle: number;
    ascender: number;
    decender: number;
    capHeight: number;
  };
}

interface PutFontArgs {
  font: FontEntry;
  out: (line: string) => void;
  newObject: () => number;
  putStream: (options: {
    data: string;
    filters: string[];
    alreadyAppliedFilters: string[];
    additionalKeyValues: Array<{ key: string; value: number }>;
    objectId: number;
  }) => void;
}

/** Marks a font entry as ours until output, so that jsPDF's own `Identity-H` handler passes it by. */
const CUT_ENCODING = 'Identity-H (cert-elements cut)';

function pdfName(name: string): string {
  return name.replace(/[^\x21-\x7e]|[#%()/<>[\]{}]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function isFontEntry(value: unknown): value is FontEntry {
  const font = value as Partial<FontEntry> | null;
  const m = font?.metadata as Partial<FontEntry['metadata']> | undefined;
  return (
    typeof font?.encoding === 'string' &&
    typeof font.fontName === 'string' &&
    Array.isArray(m?.bbox) &&
    [m.flags, m.stemV, m.italicAngle, m.ascender, m.decender, m.capHeight].every((n) => typeof n === 'number')
  );
}

/** Why the seam cannot be used with this jsPDF and document, or `null` when it can. */
export function jsPdfFontSeamProblem(jsPdfVersion: string, doc: jsPDF): string | null {
  if (jsPdfVersion !== JSPDF_FONT_SEAM_VERSION) {
    return `jsPDF ${jsPdfVersion} is not ${JSPDF_FONT_SEAM_VERSION}, the version the font seam was written against`;
  }
  const events = doc.internal.events as unknown as { subscribe?: unknown } | undefined;
  if (typeof events?.subscribe !== 'function') return 'doc.internal.events.subscribe is missing';
  if (typeof doc.getFont !== 'function') return 'doc.getFont is missing';
  return null;
}

/**
 * Has `doc` embed each of `fonts` (set with `doc.setFont(name, style)` and installed as
 * `Identity-H`) from its `EmbeddedCut` when it is output. Returns `false`, changing nothing, when
 * a font entry is not what the seam expects.
 */
export function embedCutsOnOutput(
  doc: jsPDF,
  fonts: ReadonlyArray<{ name: string; style: string; cut: EmbeddedCut }>,
): boolean {
  const entries = new Map<FontEntry, EmbeddedCut>();
  for (const { name, style, cut } of fonts) {
    doc.setFont(name, style);
    const font: unknown = doc.getFont();
    if (!isFontEntry(font) || font.encoding !== 'Identity-H' || font.fontName !== name) return false;
    entries.set(font, cut);
  }
  for (const font of entries.keys()) font.encoding = CUT_ENCODING;
  doc.internal.events.subscribe('putFont', (args: PutFontArgs) => {
    const cut = entries.get(args.font);
    if (cut) putCut(args, cut);
  });
  return true;
}

/** The objects jsPDF's own `Identity-H` handler writes, from bytes made once. */
function putCut({ font, out, newObject, putStream }: PutFontArgs, cut: EmbeddedCut): void {
  const m = font.metadata;
  const name = pdfName(font.fontName);
  const deflated = (data: string, objectId: number, extra: Array<{ key: string; value: number }> = []) =>
    putStream({ data, filters: [], alreadyAppliedFilters: ['/FlateDecode'], additionalKeyValues: extra, objectId });
  const fontFile = newObject();
  deflated(cut.fontFile, fontFile, [{ key: 'Length1', value: cut.fontFileLength }]);
  out('endobj');
  const toUnicode = newObject();
  deflated(cut.toUnicode, toUnicode);
  out('endobj');
  const descriptor = newObject();
  out(
    `<< /Type /FontDescriptor /FontName /${name} /FontFile2 ${fontFile} 0 R /FontBBox [${m.bbox.join(' ')}]` +
      ` /Flags ${m.flags} /StemV ${m.stemV} /ItalicAngle ${m.italicAngle} /Ascent ${m.ascender}` +
      ` /Descent ${m.decender} /CapHeight ${m.capHeight} >>`,
  );
  out('endobj');
  const descendant = newObject();
  out(
    `<< /Type /Font /BaseFont /${name} /FontDescriptor ${descriptor} 0 R /W ${cut.widths}` +
      ' /CIDToGIDMap /Identity /DW 1000 /Subtype /CIDFontType2' +
      ' /CIDSystemInfo << /Supplement 0 /Registry (Adobe) /Ordering (Identity-H) >> >>',
  );
  out('endobj');
  font.objectNumber = newObject();
  out(
    `<< /Type /Font /Subtype /Type0 /ToUnicode ${toUnicode} 0 R /BaseFont /${name} /Encoding /Identity-H` +
      ` /DescendantFonts [${descendant} 0 R] >>`,
  );
  out('endobj');
  font.isAlreadyPutted = true;
}

/** jsPDF's TrueType parser as `addFont()` runs it (`jsPDF.API.TTFFont`, missing from its type definitions). */
interface TtfFontClass {
  open(file: Uint8Array): TtfFont;
}

/** The parts of a parsed font (`TTFFont`) that jsPDF changes while it draws and outputs one document. */
interface TtfFont {
  toUnicode: Record<number, number>;
  subset: { constructor: new (font: TtfFont) => unknown };
}

/** What a TrueType file starts with: all jsPDF's addFont checks of a file before it has it parsed. */
const TRUETYPE_TAG = '\x00\x01\x00\x00';

/** A font file parsed once by jsPDF, for every document that adds that same file. */
export interface ParsedFont {
  parsed?: TtfFont;
}

function ttfFontClass(jsPdfClass: typeof jsPDF): TtfFontClass | undefined {
  const ttf = (jsPdfClass.API as unknown as { TTFFont?: Partial<TtfFontClass> }).TTFFont;
  return typeof ttf?.open === 'function' ? (ttf as TtfFontClass) : undefined;
}

function isTtfFont(value: unknown): value is TtfFont {
  const font = value as Partial<TtfFont> | null;
  return (
    typeof font?.toUnicode === 'object' &&
    typeof font.subset === 'object' &&
    typeof (font.subset as { constructor?: unknown }).constructor === 'function'
  );
}

/**
 * `doc.addFileToVFS(file, binary)` and `doc.addFont(file, name, style, 'Identity-H')`, with jsPDF
 * parsing `binary` only on the first document that adds it (remembered in `parsedOnce`, which
 * belongs to that one binary): later documents get a copy of that parse with fresh per-document
 * state. On another jsPDF, or a parse that is not what the seam expects, jsPDF parses as usual.
 */
export function addFontParsedOnce(
  jsPdfClass: typeof jsPDF,
  doc: jsPDF,
  font: { file: string; binary: string; name: string; style: string },
  parsedOnce: ParsedFont,
): void {
  const ttf = jsPdfClass.version === JSPDF_FONT_SEAM_VERSION ? ttfFontClass(jsPdfClass) : undefined;
  // Once parsed, the file is not read again: jsPDF turns what the VFS holds into bytes, then asks us to parse it.
  doc.addFileToVFS(font.file, ttf && parsedOnce.parsed ? TRUETYPE_TAG : font.binary);
  if (!ttf) {
    doc.addFont(font.file, font.name, font.style, 'Identity-H');
    return;
  }
  const original = Object.getOwnPropertyDescriptor(ttf, 'open');
  const parse = ttf.open.bind(ttf);
  ttf.open = (file) => {
    if (!parsedOnce.parsed) {
      const parsed: unknown = parse(file);
      if (!isTtfFont(parsed)) return parsed as TtfFont;
      parsedOnce.parsed = parsed;
    }
    // A copy of the parse's own properties (jsPDF's text() asks hasOwnProperty('cmap')), its tables shared.
    const view = Object.assign(
      Object.create(Object.getPrototypeOf(parsedOnce.parsed) as object) as TtfFont,
      parsedOnce.parsed,
    );
    view.toUnicode = {};
    view.subset = new parsedOnce.parsed.subset.constructor(view) as TtfFont['subset'];
    return view;
  };
  try {
    doc.addFont(font.file, font.name, font.style, 'Identity-H');
  } finally {
    if (original) Object.defineProperty(ttf, 'open', original);
  }
}
