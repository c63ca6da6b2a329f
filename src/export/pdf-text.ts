/**
 * Text in a jsPDF document in any script the fonts cover: Arabic shaped, right-to-left text
 * reordered, one font per run of characters, lines wrapped (at spaces, and between Chinese and
 * Japanese characters) and shrunk to fit a box.
 *
 * jsPDF's `text()` shapes and reorders by itself, per call and with one font. We shape and reorder
 * whole lines ourselves, then draw each font run already in visual order, with jsPDF's own passes
 * turned off for this document (its ligature pass would corrupt visual-order Arabic).
 */
import type { jsPDF } from '../vendor/jspdf/index.js';

/** The jsPDF class (from `loadJsPdf()`): its bidi engine is a static. */
export type JsPdfClass = typeof jsPDF;
import { cjkPieces, hanFamilyOf, type CjkFamily } from './cjk-text.js';
import { loadPdfFonts, type DocumentFonts, type PdfFontSet, type PdfFontWeight, type PdfTextNeed } from './fonts.js';

interface BidiEngine {
  doBidiReorder(text: string): string;
}
type BidiEngineConstructor = new (options: {
  isInputVisual: boolean;
  isOutputVisual: boolean;
  isInputRtl: boolean;
  isOutputRtl: boolean;
  isSymmetricSwapping: boolean;
}) => BidiEngine;

const ELLIPSIS = '…';
/** Faux bold's stroke, as a fraction of the size: about the difference between Noto Sans CJK's regular and bold stems. */
const FAUX_BOLD_STROKE = 0.03;
// Invisible characters that a font need not draw: bidi controls (we reorder ourselves), zero widths, soft hyphen.
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const RTL_STRONG = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** Bidi mirrored pairs (Unicode's BidiMirroring.txt, the ones names and titles hold): reordering right-to-left text swaps them. */
const MIRRORED = '()<>[]{}«»‹›⁅⁆⁽⁾₍₎≤≥';
const MIRROR = new Map<number, number>(
  [...MIRRORED].flatMap((c, i, all) => {
    const pair = all[i ^ 1];
    return [[c.charCodeAt(0), pair.charCodeAt(0)] as [number, number]];
  }),
);

/**
 * Text with no right-to-left letters, cleaned: the same for every document and fitter (only
 * Arabic shaping depends on who draws), so kept across them; the labels, the learner's name and
 * the issuer recur in every certificate. Emptied when it reaches `SHAPED_KEPT` texts.
 */
const leftToRightShaped = new Map<string, string>();
const SHAPED_KEPT = 1000;

/** Text as a PDF line holds it: NFC, no control characters, every kind of space one space. */
export function cleanPdfText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Zs}\u2028\u2029]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** `rtl` when the first strong letter is Hebrew or Arabic (UAX #9 rules P2 and P3). */
export function baseDirection(text: string): 'ltr' | 'rtl' {
  const first = /\p{L}/u.exec(text);
  return first && RTL_STRONG.test(first[0]) ? 'rtl' : 'ltr';
}

export interface TextStyle {
  size: number;
  weight: PdfFontWeight;
}

export interface FitOptions {
  weight: PdfFontWeight;
  maxSize: number;
  minSize: number;
  maxWidth: number;
  maxHeight: number;
  /** Line height as a multiple of the font size, at least; CJK text takes its font's, which is more. */
  lineHeight?: number;
  /** Whether lines may break between CJK characters (titles, wording; default) or only at spaces (names). */
  cjkBreaks?: boolean;
}

export interface FittedText {
  size: number;
  /** Shaped lines in logical order, for `drawLine()`. */
  lines: string[];
  lineHeight: number;
  /** Whether text was cut (with an ellipsis) because it did not fit even at `minSize`. */
  truncated: boolean;
}

/**
 * Measures, wraps and fits text with the fonts' own metrics; no jsPDF. `load()` gives one that
 * leaves shaping to whoever draws (the browser, for the SVG preview); `PdfTextLayout` shapes Arabic
 * itself, as a PDF must.
 */
export class TextFitter {
  private readonly shaped = new Map<string, string>();
  /**
   * The family of the Han characters of each text given to `loadFonts()`, by its shaped form, and
   * of each line wrapped from one: a line of a title with kana keeps the title's Japanese forms.
   */
  private readonly han = new Map<string, CjkFamily>();
  protected lang = 'en';
  protected fonts!: PdfFontSet;
  /** Every UTF-16 unit the texts of `loadFonts()` can draw, by weight: shaped, and with their bidi mirrors. */
  protected readonly drawn = new Map<PdfFontWeight, Set<number>>();

  protected constructor(private readonly shapeRtl: (clean: string) => string) {}

  /**
   * A fitter for `needs` (every string and weight it will fit) in a document of language `lang`;
   * rejects with a `PdfFontError` when a character has no font.
   */
  static async load(needs: readonly PdfTextNeed[], lang = 'en'): Promise<TextFitter> {
    const fitter = new TextFitter((clean) => clean);
    await fitter.loadFonts(needs, lang);
    return fitter;
  }

  protected async loadFonts(needs: readonly PdfTextNeed[], lang: string): Promise<void> {
    const weights = new Set(needs.map((n) => n.weight));
    const all = [...needs, ...[...weights].map((weight) => ({ text: ELLIPSIS, weight }))];
    const shaped = all.map(({ text, weight }) => ({ text: this.shape(text), weight }));
    this.lang = lang;
    for (const { text } of shaped) this.han.set(text, hanFamilyOf(text, lang));
    this.fonts = await loadPdfFonts(shaped, lang);
    for (const { text, weight } of shaped) {
      let drawn = this.drawn.get(weight);
      if (!drawn) this.drawn.set(weight, (drawn = new Set()));
      const rtl = RTL_STRONG.test(text);
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        drawn.add(unit);
        const mirror = rtl ? MIRROR.get(unit) : undefined;
        if (mirror !== undefined) drawn.add(mirror);
      }
    }
  }

  /** Cleaned and, for a PDF, Arabic-shaped (presentation forms); still in logical order. */
  shape(text: string): string {
    let out = this.shaped.get(text) ?? leftToRightShaped.get(text);
    if (out === undefined) {
      const clean = cleanPdfText(text);
      const rtl = RTL_STRONG.test(clean);
      out = (rtl ? this.shapeRtl(clean) : clean).replace(INVISIBLE, '');
      if (!rtl) {
        if (leftToRightShaped.size >= SHAPED_KEPT) leftToRightShaped.clear();
        leftToRightShaped.set(text, out);
      }
      this.shaped.set(text, out);
    }
    return out;
  }

  /** The family of the Han characters of shaped text: that of the text it was wrapped from, else its own. */
  protected hanOf(shaped: string): CjkFamily {
    return this.han.get(shaped) ?? hanFamilyOf(shaped, this.lang);
  }

  /** Width in points of (unshaped or shaped) text. */
  width(text: string, style: TextStyle): number {
    const shaped = this.shape(text);
    return this.fonts.width(shaped, style.size, style.weight, this.hanOf(shaped));
  }

  /**
   * Lines of at most `maxWidth` points, broken at spaces, between CJK characters (`cjkPieces`, unless
   * `cjkBreaks` is false), or inside a word longer than a line.
   */
  wrap(text: string, style: TextStyle, maxWidth: number, cjkBreaks = true): string[] {
    const shaped = this.shape(text);
    if (!shaped) return [];
    const han = this.hanOf(shaped);
    const unit = (s: string) => this.fonts.width(s, 1, style.weight, han) * style.size;
    const space = unit(' ');
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    const breakable = cjkBreaks && /[\u2e80-\ufaff\ufe30-\ufe4f\uff00-\uffef]/.test(shaped);
    for (const word of shaped.split(' ')) {
      const pieces = breakable ? cjkPieces(word) : [word];
      for (let k = 0; k < pieces.length; k++) {
        const piece = pieces[k];
        // A word's first piece follows a space; the next ones follow the piece before, with nothing between.
        const gap = k === 0 ? space : 0;
        const w = unit(piece);
        if (line && lineWidth + gap + w <= maxWidth) {
          line += k === 0 ? ` ${piece}` : piece;
          lineWidth += gap + w;
          continue;
        }
        if (line) lines.push(line);
        if (w <= maxWidth) {
          line = piece;
          lineWidth = w;
          continue;
        }
        line = '';
        lineWidth = 0;
        for (const char of piece) {
          const cw = unit(char);
          if (line && lineWidth + cw > maxWidth) {
            lines.push(line);
            line = '';
            lineWidth = 0;
          }
          line += char;
          lineWidth += cw;
        }
      }
    }
    if (line) lines.push(line);
    for (const wrapped of lines) if (!this.han.has(wrapped)) this.han.set(wrapped, han);
    return lines;
  }

  /**
   * The largest size from `maxSize` down to `minSize` at which the wrapped text fits the box; at
   * `minSize`, the lines that fit, the last one ending in an ellipsis.
   */
  fit(text: string, options: FitOptions): FittedText {
    const shaped = this.shape(text);
    const lineHeight = this.fonts.lineHeight(shaped, options.weight, options.lineHeight ?? 1.25, this.hanOf(shaped));
    const cjkBreaks = options.cjkBreaks ?? true;
    // The first line needs the requested height only: a CJK font's taller line height is room between lines.
    const first = options.lineHeight ?? 1.25;
    const fits = (lines: string[], size: number) =>
      lines.length === 0 || size * (first + (lines.length - 1) * lineHeight) <= options.maxHeight;
    for (let size = options.maxSize; size > options.minSize; size = Math.max(options.minSize, size * 0.92)) {
      const lines = this.wrap(text, { size, weight: options.weight }, options.maxWidth, cjkBreaks);
      if (fits(lines, size)) return { size, lines, lineHeight, truncated: false };
    }
    const size = options.minSize;
    const style = { size, weight: options.weight };
    const lines = this.wrap(text, style, options.maxWidth, cjkBreaks);
    if (fits(lines, size)) return { size, lines, lineHeight, truncated: false };
    const kept = lines.slice(0, Math.max(1, Math.floor((options.maxHeight / size - first) / lineHeight) + 1));
    const last = [...(kept.pop() ?? '')];
    const han = this.hanOf(shaped);
    const ended = () => `${last.join('').trimEnd()}${ELLIPSIS}`;
    while (last.length && this.fonts.width(ended(), size, options.weight, han) > options.maxWidth) last.pop();
    kept.push(ended());
    if (!this.han.has(ended())) this.han.set(ended(), han);
    return { size, lines: kept, lineHeight, truncated: true };
  }
}

/** A `TextFitter` that draws into a jsPDF document, shaping and reordering right-to-left text itself. */
export class PdfTextLayout extends TextFitter {
  private readonly bidi: { ltr: BidiEngine; rtl: BidiEngine };

  /**
   * Prepares `doc` to draw `needs` (every string and weight it will draw): loads and installs the
   * fonts. Rejects with a `PdfFontError` when a character has no font.
   */
  static async create(
    jsPdfClass: JsPdfClass,
    doc: jsPDF,
    needs: readonly PdfTextNeed[],
    lang = 'en',
  ): Promise<PdfTextLayout> {
    const layout = new PdfTextLayout(jsPdfClass, doc);
    await layout.loadFonts(needs, lang);
    layout.installed = layout.fonts.install(jsPdfClass, doc, layout.drawn);
    return layout;
  }

  /**
   * Loads the fonts for every text of a batch of documents and cuts them down to the characters
   * the batch draws, once: each document of the batch then hands jsPDF the same small cut. Rejects
   * with a `PdfFontError` when a character has no font.
   */
  static async prepareBatch(jsPdfClass: JsPdfClass, needs: readonly PdfTextNeed[], lang = 'en'): Promise<void> {
    // A document only for its Arabic shaper: jsPDF copies its plugins onto each instance, not the prototype.
    const shaper = new jsPdfClass();
    const cutter = new FontCutter((clean) => shaper.processArabic(clean));
    await cutter.cutFonts(needs, lang);
  }

  private installed!: DocumentFonts;

  /** Call once everything is drawn, right before `doc.output()`: the fonts go in as cut once per batch. */
  beforeOutput(): void {
    this.installed.beforeOutput();
  }

  private constructor(
    jsPdfClass: JsPdfClass,
    private readonly doc: jsPDF,
  ) {
    super((clean) => doc.processArabic(clean));
    const topics = doc.internal.events.getTopics()['preProcessText'] ?? {};
    for (const [token, [callback]] of Object.entries(topics)) {
      if (callback === doc.processArabic) doc.internal.events.unsubscribe(token);
    }
    this.bidi = bidiEngines(jsPdfClass);
  }

  /**
   * Draws one line with its baseline at `y`: reordered for display (in the direction of its
   * paragraph, `direction`, else of its first strong letter), one font per run.
   */
  drawLine(
    line: string,
    x: number,
    y: number,
    style: TextStyle & { align?: 'left' | 'center' | 'right'; direction?: 'ltr' | 'rtl' },
  ): number {
    const shaped = this.shape(line);
    const direction = style.direction ?? baseDirection(shaped);
    // Reversing a right-to-left run puts each combining mark before its letter, which is where it must
    // be drawn: the Arabic and Hebrew fonts draw a mark to the right of where it starts, with no width.
    const visual = RTL_STRONG.test(shaped) ? this.bidi[direction].doBidiReorder(shaped) : shaped;
    const runs = this.fonts.runs(visual, style.weight, this.hanOf(shaped));
    const total = runs.reduce((sum, run) => sum + run.face.width(run.text, style.size), 0);
    let cursor = style.align === 'center' ? x - total / 2 : style.align === 'right' ? x - total : x;
    this.doc.setFontSize(style.size);
    for (const run of runs) {
      this.doc.setFont(this.installed.fontName(run), run.face.style);
      if (style.weight === 'bold' && run.face.style !== 'bold' && run.face.source.cjk)
        this.fauxBold(run.text, cursor, y, style.size);
      else this.doc.text(run.text, cursor, y, { isInputVisual: true, isOutputVisual: true });
      cursor += run.face.width(run.text, style.size);
    }
    return total;
  }

  /**
   * Bold from a regular face (the CJK fonts ship no bold): the glyphs filled, then stroked in the
   * same colour with a line of `FAUX_BOLD_STROKE` of the size, which thickens each stem by that much.
   */
  private fauxBold(text: string, x: number, y: number, size: number): void {
    const doc = this.doc;
    const drawColor = doc.getDrawColor();
    const lineWidth = doc.getLineWidth();
    doc.setDrawColor(doc.getTextColor());
    doc.setLineWidth(size * FAUX_BOLD_STROKE);
    doc.text(text, x, y, { isInputVisual: true, isOutputVisual: true, renderingMode: 'fillThenStroke' });
    doc.setDrawColor(drawColor);
    doc.setLineWidth(lineWidth);
  }
}

/** The two bidi engines of a jsPDF class, made once: each builds its tables when made, and keeps no state between texts. */
const bidiEnginesOf = new WeakMap<JsPdfClass, { ltr: BidiEngine; rtl: BidiEngine }>();

function bidiEngines(jsPdfClass: JsPdfClass): { ltr: BidiEngine; rtl: BidiEngine } {
  let engines = bidiEnginesOf.get(jsPdfClass);
  if (!engines) {
    // jsPDF's bidi engine (UAX #9): a static of the class, missing from its type definitions.
    const BidiEngine = (jsPdfClass as unknown as { __bidiEngine__: BidiEngineConstructor }).__bidiEngine__;
    const engine = (rtl: boolean) =>
      new BidiEngine({
        isInputVisual: false,
        isOutputVisual: true,
        isInputRtl: rtl,
        isOutputRtl: false,
        isSymmetricSwapping: true,
      });
    bidiEnginesOf.set(jsPdfClass, (engines = { ltr: engine(false), rtl: engine(true) }));
  }
  return engines;
}

/** Shapes like `PdfTextLayout`, with no document: for `PdfTextLayout.prepareBatch()`. */
class FontCutter extends TextFitter {
  constructor(shapeRtl: (clean: string) => string) {
    super(shapeRtl);
  }

  async cutFonts(needs: readonly PdfTextNeed[], lang: string): Promise<void> {
    await this.loadFonts(needs, lang);
    this.fonts.cut(this.drawn);
  }
}
