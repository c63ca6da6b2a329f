/**
 * Font selection for the PDFs: which fonts a text needs, loading only those on first use, checking
 * that every character has a glyph, splitting text into runs of one font each, and registering
 * them with a jsPDF document, each cut down (`./font-subset.ts`) to the characters a document, or
 * a whole batch of them, draws; the cut is made once and embedded as made (`./font-seam.ts`). The
 * files are read by `./font-file.ts`; the built-in subsets and their coverage are in
 * `./built-in-fonts.ts`, the CJK slices in `./cjk-fonts.ts`.
 *
 * jsPDF draws a character a font lacks as nothing, or as another glyph, without a word; so every
 * character is checked against the real `cmap` of the font that draws it, and one that no font can
 * draw raises a `PdfFontError`.
 */
import { zlibSync } from 'fflate';
import type { jsPDF } from '../vendor/jspdf/index.js';
import { bytesToBinaryString } from './binary-string.js';
import { builtInSources } from './built-in-fonts.js';
import { cjkFamiliesFor, hanFamilyOf, mightBeCjk, type CjkFamily } from './cjk-text.js';
import { readFontMetrics, toTrueType, type FontMetrics } from './font-file.js';
import { mergeTrueTypes, subsetTrueType, type TrueTypePart } from './font-subset.js';
import {
  addFontParsedOnce,
  embedCutsOnOutput,
  jsPdfFontSeamProblem,
  type EmbeddedCut,
  type ParsedFont,
} from './font-seam.js';
import {
  PdfFontError,
  registeredFontSources,
  type FontBytes,
  type FontSource,
  type PdfFontWeight,
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

/** The CJK slices (`./cjk-fonts.ts`), imported on the first character that may be CJK: a Latin PDF never loads that code. */
let cjkFonts: typeof import('./cjk-fonts.js') | undefined;

/** A face cut down to some characters, as jsPDF's VFS takes a font (a binary string). */
interface FaceCut {
  codePoints: ReadonlySet<number>;
  ttf: Uint8Array;
  binary: string;
  /** The cut as a PDF embeds it; made on the first document that embeds it through the seam. */
  embedded?: EmbeddedCut;
  /** jsPDF's parse of the cut, made on the first document that adds it. */
  parsed: ParsedFont;
}

/** The cut's font objects, ready for `embedCutsOnOutput()`: deflated once, widths and ToUnicode once. */
function embedCut(cut: FaceCut): EmbeddedCut {
  const { glyphs, advances, unitsPerEm } = readFontMetrics(cut.ttf);
  const unicodeOf = new Map<number, number>();
  for (const [cp, glyph] of glyphs) if (!unicodeOf.has(glyph)) unicodeOf.set(glyph, cp);
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  const entries = [...unicodeOf].sort(([a], [b]) => a - b).map(([glyph, cp]) => `<${hex(glyph)}><${hex(cp)}>`);
  let cmap =
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <<\n  /Registry (Adobe)\n' +
    '  /Ordering (UCS)\n  /Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n' +
    '1 begincodespacerange\n<0000><ffff>\nendcodespacerange';
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    cmap += `\n${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`;
  }
  cmap += '\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend';
  const scale = 1000 / unitsPerEm;
  return {
    fontFile: bytesToBinaryString(zlibSync(cut.ttf)),
    fontFileLength: cut.ttf.length,
    toUnicode: bytesToBinaryString(zlibSync(new TextEncoder().encode(cmap))),
    widths: `[0 [${Array.from(advances, (advance) => Math.trunc(advance * scale)).join(' ')}]]`,
  };
}

/**
 * Bytes of whole cuts (font programs, ToUnicode maps, widths) one PDF embeds at most: with the rest
 * of a certificate (about 6 KB), it stays under 20 KB even when a batch's cuts are large.
 */
const WHOLE_CUTS_BUDGET = 12 * 1024;

const embeddedSize = (cut: EmbeddedCut) => cut.fontFile.length + cut.toUnicode.length + cut.widths.length;

/** Code points past which a face's next cut starts afresh instead of growing the last one. */
const CUT_GROWTH_LIMIT = 512;

/** One weight of one font, loaded and checked, ready to add to any number of documents. */
export class PdfFontFace {
  /** The font name given to jsPDF (`doc.setFont(face.id, face.style)`). */
  readonly id: string;
  readonly style: PdfFontWeight;
  private readonly vfsName: string;
  /** One bit per BMP code point: whether `covers()` it, worked out once (it is asked for every character drawn). */
  private readonly coverage = new Uint8Array(0x10000 >> 3);
  private lastCut: FaceCut | undefined;
  private whole: { binary: string; parsed: ParsedFont } | undefined;

  constructor(
    readonly source: Readonly<Pick<FontSource, 'family' | 'declares' | 'cjk'>>,
    readonly weight: PdfFontWeight,
    /** The whole face as TrueType (what a worker making the PDFs of a batch is given). */
    readonly ttf: Uint8Array,
    private readonly metrics: FontMetrics,
  ) {
    this.id = source.family;
    this.style = weight;
    this.vfsName = `${source.family}-${weight}.ttf`;
    for (const cp of metrics.glyphs.keys())
      if (cp <= 0xffff && source.declares(cp)) this.coverage[cp >> 3] |= 1 << (cp & 7);
  }

  /** The whole face as a part of `mergeTrueTypes()`: every code point it covers. */
  get wholePart(): TrueTypePart {
    const { glyphs } = this.metrics;
    return { ttf: this.ttf, glyphs, codePoints: [...glyphs.keys()].filter((cp) => this.covers(cp)) };
  }

  /** Whether this face is meant for and really has a glyph for the code point (BMP only: jsPDF's limit). */
  covers(cp: number): boolean {
    return cp <= 0xffff && (this.coverage[cp >> 3] & (1 << (cp & 7))) !== 0;
  }

  /** Advance width of a string in points, as jsPDF will place it (no kerning). */
  width(text: string, size: number): number {
    let units = 0;
    for (let i = 0; i < text.length; i++) units += this.advance(text.charCodeAt(i));
    return this.toPoints(units, size);
  }

  /** Advance width of one UTF-16 unit, in font units. */
  advance(unit: number): number {
    const { glyphs, advances } = this.metrics;
    return advances[Math.min(glyphs.get(unit) ?? 0, advances.length - 1)] ?? 0;
  }

  /** The font's line height as a multiple of the size (`hhea`). */
  get lineHeight(): number {
    return this.metrics.lineHeight;
  }

  /** Font units in points at `size`. */
  toPoints(units: number, size: number): number {
    return (units * size) / this.metrics.unitsPerEm;
  }

  /**
   * The face cut down to the code points of `codePoints` it covers. The last cut is kept and
   * reused while it holds them all (every PDF of a batch, or of one learner); a cut that lacks
   * some grows by them, up to `CUT_GROWTH_LIMIT` code points.
   */
  cut(codePoints: ReadonlySet<number>): FaceCut {
    const last = this.lastCut;
    if (last && this.holds(last, codePoints)) return last;
    const wanted = new Set<number>();
    for (const cp of codePoints) if (this.covers(cp)) wanted.add(cp);
    if (last && last.codePoints.size + wanted.size <= CUT_GROWTH_LIMIT)
      for (const cp of last.codePoints) wanted.add(cp);
    const ttf = subsetTrueType(this.ttf, this.metrics.glyphs, wanted, this.id);
    this.lastCut = { codePoints: wanted, ttf, binary: bytesToBinaryString(ttf), parsed: {} };
    return this.lastCut;
  }

  /** Whether `cut` has every code point of `codePoints` this face covers. */
  private holds(cut: FaceCut, codePoints: ReadonlySet<number>): boolean {
    for (const cp of codePoints) if (!cut.codePoints.has(cp) && this.covers(cp)) return false;
    return true;
  }

  /**
   * Adds the face to a document, cut down to `codePoints` (jsPDF parses, subsets and deflates
   * what it is given, for every document: a cut keeps that small). Returns the code points the
   * document can draw with `doc.setFont(face.id, face.style)`.
   */
  install(jsPdfClass: typeof jsPDF, doc: jsPDF, codePoints: ReadonlySet<number>): FaceCut {
    const cut = this.cut(codePoints);
    const font = { file: this.vfsName, binary: cut.binary, name: this.id, style: this.style };
    addFontParsedOnce(jsPdfClass, doc, font, cut.parsed);
    return cut;
  }

  /** Adds the whole face under a font name of its own, for characters its cut lacks; returns that name. */
  installWhole(jsPdfClass: typeof jsPDF, doc: jsPDF): string {
    this.whole ??= { binary: bytesToBinaryString(this.ttf), parsed: {} };
    const name = `${this.id}-whole`;
    const font = { file: `${name}-${this.weight}.ttf`, binary: this.whole.binary, name, style: this.style };
    addFontParsedOnce(jsPdfClass, doc, font, this.whole.parsed);
    return name;
  }
}

/** Loaded faces per font source; an unregistered font's entry goes with its source object. */
const faceCache = new WeakMap<FontSource, Map<PdfFontWeight, Promise<PdfFontFace>>>();
/** The faces of `faceCache` that have loaded, to be had without waiting. */
const readyFaces = new WeakMap<FontSource, Map<PdfFontWeight, PdfFontFace>>();

/** The face `loadFace(source, requested)` has loaded, if it has. */
function readyFace(source: FontSource, requested: PdfFontWeight): PdfFontFace | undefined {
  return readyFaces.get(source)?.get(requested === 'bold' && source.hasBold ? 'bold' : 'normal');
}

function loadFace(source: FontSource, requested: PdfFontWeight): Promise<PdfFontFace> {
  const weight = requested === 'bold' && source.hasBold ? 'bold' : 'normal';
  let faces = faceCache.get(source);
  if (!faces) faceCache.set(source, (faces = new Map<PdfFontWeight, Promise<PdfFontFace>>()));
  const cache = faces;
  let face = cache.get(weight);
  if (!face) {
    face = (async () => {
      let bytes: FontBytes;
      try {
        bytes = await source.load(weight);
      } catch (cause) {
        throw new PdfFontError(
          'load-failed',
          `The font ${source.family} (${weight}) could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`,
          {
            font: source.family,
            cause,
          },
        );
      }
      const ttf = toTrueType(bytes, source.family);
      return new PdfFontFace(source, weight, ttf, readFontMetrics(ttf, source.family));
    })();
    cache.set(weight, face);
    face.then(
      (ready) => {
        if (cache.get(weight) !== face) return;
        let readyOfSource = readyFaces.get(source);
        if (!readyOfSource) readyFaces.set(source, (readyOfSource = new Map<PdfFontWeight, PdfFontFace>()));
        readyOfSource.set(weight, ready);
      },
      () => cache.delete(weight),
    );
  }
  return face;
}

/** A face's TrueType bytes, loaded once per page for the PDFs made here and in workers alike. */
export async function fontFaceBytes(source: FontSource, weight: PdfFontWeight): Promise<Uint8Array> {
  return (await loadFace(source, weight)).ttf;
}

function describe(chars: string[]): string {
  return chars.map((c) => `${c} (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
}

/** The UTF-16 units a document (or a batch) draws, by weight. */
export type DrawnCodePoints = ReadonlyMap<PdfFontWeight, ReadonlySet<number>>;

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
  /** Per weight, the faces in the order a character tries them: the CJK slices apart, tried by family. */
  private readonly orders = new Map<PdfFontWeight, { plain: readonly PdfFontFace[]; cjk: readonly PdfFontFace[] }>();

  /** `lang`: the document's language (BCP 47), which picks the glyph forms of Han characters (`./cjk-text.ts`). */
  constructor(
    private readonly faces: readonly PdfFontFace[],
    private readonly lang = 'en',
  ) {}

  /** The family the Han characters of `text` take, when the text is a whole name, title or label. */
  hanFamily(text: string): CjkFamily {
    return hanFamilyOf(text, this.lang);
  }

  /** Every face, for `install()`. */
  get all(): readonly PdfFontFace[] {
    return this.faces;
  }

  /** Cuts every face down to `codePoints` ahead of the documents that will draw them (a batch). */
  cut(drawn: DrawnCodePoints): void {
    for (const face of this.faces) face.cut(this.drawnBy(face, drawn));
  }

  /** Adds every face to one document, cut down to what it will draw there. */
  install(jsPdfClass: typeof jsPDF, doc: jsPDF, drawn: DrawnCodePoints): DocumentFonts {
    return new DocumentFonts(
      jsPdfClass,
      doc,
      this.faces.map((face) => [face, this.drawnBy(face, drawn)]),
    );
  }

  /** What `face` draws: the text of its weight, and of the other weight when its family has no face of that weight here. */
  private drawnBy(face: PdfFontFace, drawn: DrawnCodePoints): ReadonlySet<number> {
    const weights = [...drawn.keys()].filter(
      (w) => w === face.weight || !this.faces.some((f) => f.id === face.id && f.weight === w),
    );
    if (weights.length === 1) return drawn.get(face.weight) ?? new Set();
    return new Set(weights.flatMap((w) => [...(drawn.get(w) ?? [])]));
  }

  /**
   * Runs of `text` by face; throws `PdfFontError` (`uncovered-characters`) for what no face draws.
   * `han`: the family of its Han characters, given when `text` is part of a longer text (a line).
   */
  runs(text: string, weight: PdfFontWeight, han: CjkFamily = this.hanFamily(text)): FontRun[] {
    const order = this.order(weight);
    const runs: FontRun[] = [];
    const missing: string[] = [];
    let current: FontRun | undefined;
    for (const char of text) {
      const cp = char.codePointAt(0) ?? 0;
      if (current?.face.covers(cp)) {
        current.text += char;
        continue;
      }
      const face = faceFor(order, cp, han);
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

  /**
   * Width in points of `text` at `size`: the sum of its runs' widths, as `runs()` splits it, without
   * making them (wrapping measures every word and character this way).
   */
  width(text: string, size: number, weight: PdfFontWeight, han: CjkFamily = this.hanFamily(text)): number {
    const order = this.order(weight);
    let sum = 0;
    let face: PdfFontFace | undefined;
    let units = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (!face?.covers(unit)) {
        const next = faceFor(order, unit, han);
        // No face draws it (or it is half of a surrogate pair): runs() says which characters.
        if (!next)
          return this.runs(text, weight, han).reduce((total, run) => total + run.face.width(run.text, size), 0);
        if (face) sum += face.toPoints(units, size);
        face = next;
        units = 0;
      }
      units += face.advance(unit);
    }
    return face ? sum + face.toPoints(units, size) : 0;
  }

  /**
   * The line height (a multiple of the size) lines of `text` need so that no glyph of a CJK face
   * touches the next line's: the font's own (Noto Sans CJK: 1.448), else `min`.
   */
  lineHeight(text: string, weight: PdfFontWeight, min: number, han: CjkFamily = this.hanFamily(text)): number {
    let height = min;
    const order = this.order(weight);
    if (order.cjk.length === 0) return height;
    for (const run of this.runs(text, weight, han))
      if (run.face.source.cjk) height = Math.max(height, run.face.lineHeight);
    return height;
  }

  /** The faces a character of `weight` tries, in order: that weight's, then other weights of families without it. */
  private order(weight: PdfFontWeight): { plain: readonly PdfFontFace[]; cjk: readonly PdfFontFace[] } {
    let order = this.orders.get(weight);
    if (!order) {
      const candidates = this.faces.filter((f) => f.weight === weight);
      const fallbacks = this.faces.filter((f) => f.weight !== weight && !candidates.some((c) => c.id === f.id));
      const all = [...candidates, ...fallbacks];
      order = { plain: all.filter((f) => !f.source.cjk), cjk: all.filter((f) => f.source.cjk) };
      this.orders.set(weight, order);
    }
    return order;
  }
}

/** The face that draws `cp`: the first other font that covers it, else a CJK slice, by family (`cjkFamiliesFor`). */
function faceFor(
  order: { plain: readonly PdfFontFace[]; cjk: readonly PdfFontFace[] },
  cp: number,
  han: CjkFamily,
): PdfFontFace | undefined {
  for (const face of order.plain) if (face.covers(cp)) return face;
  if (order.cjk.length === 0) return undefined;
  for (const family of cjkFamiliesFor(cp, han)) {
    for (const face of order.cjk) if (face.source.cjk === family && face.covers(cp)) return face;
  }
  return undefined;
}

/** The faces as installed in one document: which jsPDF font name draws a run. */
export class DocumentFonts {
  private readonly cuts = new Map<PdfFontFace, FaceCut>();
  private readonly wholes = new Map<PdfFontFace, string>();

  constructor(
    private readonly jsPdfClass: typeof jsPDF,
    private readonly doc: jsPDF,
    faces: ReadonlyArray<readonly [PdfFontFace, ReadonlySet<number>]>,
  ) {
    for (const [face, codePoints] of faces) this.cuts.set(face, face.install(jsPdfClass, doc, codePoints));
  }

  /**
   * The font name for `doc.setFont(name, run.face.style)`: the face's cut, or, should a run hold a
   * character the cut lacks (text nobody declared), the whole face, added to the document then.
   * jsPDF would silently drop the rest of the run at a character its font has no glyph for.
   */
  fontName(run: FontRun): string {
    const cut = this.cuts.get(run.face);
    let complete = cut !== undefined;
    for (let i = 0; complete && i < run.text.length; i++) {
      complete = cut?.codePoints.has(run.text.charCodeAt(i)) ?? false;
    }
    if (complete) return run.face.id;
    let name = this.wholes.get(run.face);
    if (name === undefined) this.wholes.set(run.face, (name = run.face.installWhole(this.jsPdfClass, this.doc)));
    return name;
  }

  /**
   * Call once all text is drawn, right before `doc.output()`: the cuts go into the PDF as made once
   * per cut (`./font-seam.ts`) instead of jsPDF subsetting and deflating them again. Does
   * nothing when the seam does not fit this jsPDF (the class's `version`).
   */
  beforeOutput(): void {
    if (jsPdfFontSeamProblem(this.jsPdfClass.version, this.doc) !== null) return;
    const fonts = [...this.cuts]
      .map(([face, cut]) => ({ name: face.id, style: face.style, cut: (cut.embedded ??= embedCut(cut)) }))
      .sort((a, b) => embeddedSize(a.cut) - embeddedSize(b.cut));
    // A whole cut holds the glyphs of the whole batch: past the budget, jsPDF embeds only those this document draws.
    let budget = WHOLE_CUTS_BUDGET;
    const whole = fonts.filter(({ cut }) => (budget -= embeddedSize(cut)) >= 0);
    if (whole.length) embedCutsOnOutput(this.doc, whole);
  }
}

function uncovered(chars: string[]): PdfFontError {
  return new PdfFontError(
    'uncovered-characters',
    `No font can draw ${describe(chars)}. The PDFs carry fonts for Latin, Greek, Cyrillic, Arabic, Hebrew, Chinese, ` +
      'Japanese and Korean; for other scripts (Devanagari, Thai, ...), register a font with registerPdfFont().',
    { characters: chars },
  );
}

/**
 * Loads (once, then from cache) the faces that `texts` need, and checks every character against
 * the real glyphs. `lang`, the document's language, picks the glyph forms of Han characters
 * (`./cjk-text.ts`). Rejects with a `PdfFontError`: `uncovered-characters` (listing them),
 * `load-failed`, or `unsupported-font`.
 */
export async function loadPdfFonts(texts: Iterable<PdfTextNeed>, lang = 'en'): Promise<PdfFontSet> {
  const sources = [...registeredFontSources(), ...builtInSources];
  const loaded = new Map<string, PdfFontFace>();
  const needs = [...texts].map((need) => ({ ...need, han: hanFamilyOf(need.text, lang) }));
  const keys = new Map<FontSource, { normal: string; bold: string }>();
  const keyOf = (s: FontSource) => {
    let key = keys.get(s);
    if (!key) keys.set(s, (key = { normal: `${s.family}\u0000normal`, bold: `${s.family}\u0000bold` }));
    return key;
  };
  // Called for every character of every text of every PDF: no closure or string made per call.
  const usable = (s: FontSource, cp: number, weight: PdfFontWeight): boolean => {
    const key = keyOf(s);
    const face = loaded.get(key[weight]) ?? readyFace(s, weight) ?? loaded.get(key.normal) ?? readyFace(s, 'normal');
    return face ? face.covers(cp) : cp <= 0xffff && s.declares(cp);
  };
  // The CJK families whose lists of slices a character waits for.
  const pending = new Set<CjkFamily>();
  const cjkSource = (cp: number, weight: PdfFontWeight, han: CjkFamily): FontSource | undefined => {
    if (!mightBeCjk(cp)) return undefined;
    for (const family of cjkFamiliesFor(cp, han)) {
      if (!cjkFonts?.cjkFamilyFonts(family)) {
        pending.add(family);
        return undefined;
      }
      const slice = cjkFonts.cjkSliceFor(family, cp);
      if (slice && usable(slice, cp, weight)) return slice;
    }
    return undefined;
  };
  // Declared ranges pick the files to fetch; the cmap of what arrives has the last word. A claimed
  // character a registered font lacks sends us round again for the next font that claims it. Faces
  // loaded for an earlier PDF answer at once, so a learner's next PDF takes one round, not two.
  for (let round = 0; round <= sources.length + 16; round++) {
    const wanted = new Map<string, { source: FontSource; weight: PdfFontWeight }>();
    const missing: string[] = [];
    pending.clear();
    for (const { text, weight, han } of needs) {
      let current: FontSource | undefined;
      for (const char of text) {
        const cp = char.codePointAt(0) ?? 0;
        if (current && usable(current, cp, weight)) continue;
        current = sources.find((s) => usable(s, cp, weight)) ?? cjkSource(cp, weight, han);
        if (!current) {
          if (!missing.includes(char)) missing.push(char);
          continue;
        }
        const w = weight === 'bold' && current.hasBold ? 'bold' : 'normal';
        const key = keyOf(current)[w];
        if (loaded.has(key)) continue;
        const ready = readyFace(current, w);
        if (ready) loaded.set(key, ready);
        else wanted.set(key, { source: current, weight: w });
      }
    }
    if (pending.size) {
      // A character may yet be in a CJK family: import those lists and go round again.
      const fonts = (cjkFonts ??= await import('./cjk-fonts.js'));
      await Promise.all([...pending].map((family) => fonts.loadCjkFamily(family)));
      continue;
    }
    if (missing.length) throw uncovered(missing);
    if (wanted.size === 0) break;
    const faces = await Promise.all([...wanted.values()].map(({ source, weight }) => loadFace(source, weight)));
    for (const face of faces) loaded.set(`${face.id}\u0000${face.weight}`, face);
  }
  const priority = (face: PdfFontFace): number =>
    face.source.cjk
      ? sources.length + (cjkFonts?.cjkPriority(face.source) ?? 0)
      : sources.findIndex((s) => s.family === face.id);
  return new PdfFontSet(
    mergeCjkSlices([...loaded.values()]).sort((a, b) => priority(a) - priority(b)),
    lang,
  );
}

/** The last merge of each CJK family's slices, and the slices it holds. */
const mergedCjk = new Map<CjkFamily, { slices: readonly PdfFontFace[]; face: PdfFontFace }>();

/** Slices past which a family's merge starts afresh instead of growing by the new ones. */
const MERGE_GROWTH_LIMIT = 24;

/**
 * `faces` with the slices of each CJK family merged into one face: a PDF then embeds one font per
 * family, not one per slice (each font costs its tables and PDF objects, about 1.4 KB). The last
 * merge is kept and reused while it holds the slices needed, and grows by new ones (up to
 * `MERGE_GROWTH_LIMIT`), so each PDF of a batch, and a learner's next PDF, reuse its cut.
 */
function mergeCjkSlices(faces: readonly PdfFontFace[]): PdfFontFace[] {
  const byFamily = new Map<CjkFamily, PdfFontFace[]>();
  const out: PdfFontFace[] = [];
  for (const face of faces) {
    const family = face.source.cjk;
    if (!family) out.push(face);
    else byFamily.set(family, [...(byFamily.get(family) ?? []), face]);
  }
  for (const [family, needed] of byFamily) {
    let merged = mergedCjk.get(family);
    if (!merged || !needed.every((f) => merged?.slices.includes(f))) {
      if (needed.length === 1 && !merged) {
        out.push(needed[0]);
        continue;
      }
      const added = needed.filter((f) => !merged?.slices.includes(f));
      const slices =
        merged && merged.slices.length + added.length <= MERGE_GROWTH_LIMIT ? [...merged.slices, ...added] : needed;
      const name = cjkFonts?.cjkFontName(family) ?? family;
      const ttf = mergeTrueTypes(
        slices.map((f) => f.wholePart),
        name,
      );
      const source = { family: name, cjk: family, declares: (cp: number) => slices.some((f) => f.covers(cp)) };
      merged = { slices, face: new PdfFontFace(source, 'normal', ttf, readFontMetrics(ttf, name)) };
      mergedCjk.set(family, merged);
    }
    out.push(merged.face);
  }
  return out;
}
