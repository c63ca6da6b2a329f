/**
 * Text in a jsPDF document in any script the fonts cover: Arabic shaped, right-to-left text
 * reordered, one font per run of characters, lines wrapped and shrunk to fit a box.
 *
 * jsPDF's `text()` shapes and reorders by itself, per call and with one font. We shape and reorder
 * whole lines ourselves, then draw each font run already in visual order, with jsPDF's own passes
 * turned off for this document (its ligature pass would corrupt visual-order Arabic).
 */
import type { jsPDF } from '../vendor/jspdf/index.js';

/** The jsPDF class (from `loadJsPdf()`): its bidi engine is a static. */
export type JsPdfClass = typeof jsPDF;
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
  /** Line height as a multiple of the font size. */
  lineHeight?: number;
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
  protected fonts!: PdfFontSet;
  /** Every UTF-16 unit the texts of `loadFonts()` can draw, by weight: shaped, and with their bidi mirrors. */
  protected readonly drawn = new Map<PdfFontWeight, Set<number>>();

  protected constructor(private readonly shapeRtl: (clean: string) => string) {}

  /** A fitter for `needs` (every string and weight it will fit); rejects with a `PdfFontError` when a character has no font. */
  static async load(needs: readonly PdfTextNeed[]): Promise<TextFitter> {
    const fitter = new TextFitter((clean) => clean);
    await fitter.loadFonts(needs);
    return fitter;
  }

  protected async loadFonts(needs: readonly PdfTextNeed[]): Promise<void> {
    const weights = new Set(needs.map((n) => n.weight));
    const all = [...needs, ...[...weights].map((weight) => ({ text: ELLIPSIS, weight }))];
    const shaped = all.map(({ text, weight }) => ({ text: this.shape(text), weight }));
    this.fonts = await loadPdfFonts(shaped);
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

  /** Width in points of (unshaped or shaped) text. */
  width(text: string, style: TextStyle): number {
    return this.fonts.width(this.shape(text), style.size, style.weight);
  }

  /** Lines of at most `maxWidth` points, broken at spaces, or inside a word longer than a line. */
  wrap(text: string, style: TextStyle, maxWidth: number): string[] {
    const shaped = this.shape(text);
    if (!shaped) return [];
    const unit = (s: string) => this.fonts.width(s, 1, style.weight) * style.size;
    const space = unit(' ');
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    for (const word of shaped.split(' ')) {
      const w = unit(word);
      if (line && lineWidth + space + w <= maxWidth) {
        line += ` ${word}`;
        lineWidth += space + w;
        continue;
      }
      if (line) lines.push(line);
      if (w <= maxWidth) {
        line = word;
        lineWidth = w;
        continue;
      }
      line = '';
      lineWidth = 0;
      for (const char of word) {
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
    if (line) lines.push(line);
    return lines;
  }

  /**
   * The largest size from `maxSize` down to `minSize` at which the wrapped text fits the box; at
   * `minSize`, the lines that fit, the last one ending in an ellipsis.
   */
  fit(text: string, options: FitOptions): FittedText {
    const lineHeight = options.lineHeight ?? 1.25;
    const fits = (lines: string[], size: number) => lines.length * size * lineHeight <= options.maxHeight;
    for (let size = options.maxSize; size > options.minSize; size = Math.max(options.minSize, size * 0.92)) {
      const lines = this.wrap(text, { size, weight: options.weight }, options.maxWidth);
      if (fits(lines, size)) return { size, lines, lineHeight, truncated: false };
    }
    const size = options.minSize;
    const style = { size, weight: options.weight };
    const lines = this.wrap(text, style, options.maxWidth);
    if (fits(lines, size)) return { size, lines, lineHeight, truncated: false };
    const kept = lines.slice(0, Math.max(1, Math.floor(options.maxHeight / (size * lineHeight))));
    const last = [...(kept.pop() ?? '')];
    while (last.length && this.width(`${last.join('').trimEnd()}${ELLIPSIS}`, style) > options.maxWidth) last.pop();
    kept.push(`${last.join('').trimEnd()}${ELLIPSIS}`);
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
  static async create(jsPdfClass: JsPdfClass, doc: jsPDF, needs: readonly PdfTextNeed[]): Promise<PdfTextLayout> {
    const layout = new PdfTextLayout(jsPdfClass, doc);
    await layout.loadFonts(needs);
    layout.installed = layout.fonts.install(jsPdfClass, doc, layout.drawn);
    return layout;
  }

  /**
   * Loads the fonts for every text of a batch of documents and cuts them down to the characters
   * the batch draws, once: each document of the batch then hands jsPDF the same small cut. Rejects
   * with a `PdfFontError` when a character has no font.
   */
  static async prepareBatch(jsPdfClass: JsPdfClass, needs: readonly PdfTextNeed[]): Promise<void> {
    // A document only for its Arabic shaper: jsPDF copies its plugins onto each instance, not the prototype.
    const shaper = new jsPdfClass();
    const cutter = new FontCutter((clean) => shaper.processArabic(clean));
    await cutter.cutFonts(needs);
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
    const runs = this.fonts.runs(visual, style.weight);
    const total = runs.reduce((sum, run) => sum + run.face.width(run.text, style.size), 0);
    let cursor = style.align === 'center' ? x - total / 2 : style.align === 'right' ? x - total : x;
    this.doc.setFontSize(style.size);
    for (const run of runs) {
      this.doc.setFont(this.installed.fontName(run), run.face.style);
      this.doc.text(run.text, cursor, y, { isInputVisual: true, isOutputVisual: true });
      cursor += run.face.width(run.text, style.size);
    }
    return total;
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

  async cutFonts(needs: readonly PdfTextNeed[]): Promise<void> {
    await this.loadFonts(needs);
    this.fonts.cut(this.drawn);
  }
}
