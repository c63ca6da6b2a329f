/**
 * The PDF font registry: the errors, and the hook for integrators' fonts. Light on purpose (no
 * font parsing, no fflate), so the package entry can export `registerPdfFont` without loading PDF code.
 */
import type { CjkFamily } from './cjk-text.js';

export const PDF_FONT_WEIGHTS = ['normal', 'bold'] as const;
export type PdfFontWeight = (typeof PDF_FONT_WEIGHTS)[number];

export const PDF_FONT_ERROR_KINDS = ['uncovered-characters', 'load-failed', 'unsupported-font'] as const;
export type PdfFontErrorKind = (typeof PDF_FONT_ERROR_KINDS)[number];

/** A PDF could not be made with the fonts at hand. `characters` lists what no font can draw. */
export class PdfFontError extends Error {
  override name = 'PdfFontError';
  readonly kind: PdfFontErrorKind;
  /** The characters no registered font can draw (`uncovered-characters`), each once, in order of appearance. */
  readonly characters: readonly string[];
  /** The font that failed to load or is not usable (`load-failed`, `unsupported-font`). */
  readonly font: string | undefined;

  constructor(
    kind: PdfFontErrorKind,
    message: string,
    details: { characters?: string[]; font?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.characters = details.characters ?? [];
    this.font = details.font;
  }
}

export function isPdfFontError(value: unknown): value is PdfFontError {
  return value instanceof PdfFontError || (value instanceof Error && value.name === 'PdfFontError' && 'kind' in value);
}

/** Font bytes: TrueType (`.ttf`, glyf outlines) or WOFF 1.0 wrapping one. Not WOFF2, CFF/OTF or collections. */
export type FontBytes = ArrayBuffer | Uint8Array;

/**
 * A font for characters the built-in fonts do not cover, e.g. Devanagari:
 *
 * ```ts
 * import { registerPdfFont } from 'cert-elements';
 * registerPdfFont({
 *   name: 'Noto Sans Devanagari',
 *   ranges: [[0x0900, 0x097f]],
 *   load: () => fetch('/fonts/NotoSansDevanagari-Regular.ttf').then((r) => r.arrayBuffer()),
 * });
 * ```
 *
 * Registered fonts are tried before the built-in ones, in the order registered, for the characters
 * they claim (`ranges` and/or `test`); a claimed character missing from the font's `cmap` falls
 * through to the next font. jsPDF draws only characters of the Basic Multilingual Plane (U+0000 to
 * U+FFFF), and does no shaping beyond Arabic: scripts that need reordering or conjuncts (Indic,
 * Thai) come out legible in the text layer but not typographically right.
 */
export interface PdfFontRegistration {
  /** Unique name; registering the same name again replaces the font. */
  name: string;
  /** Inclusive code point ranges the font is meant for. */
  ranges?: ReadonlyArray<readonly [number, number]>;
  /** Or any test on one character (one code point). */
  test?: (char: string) => boolean;
  /** The regular weight. Called once, on the first PDF that needs it; a rejection is retried next time. */
  load: () => Promise<FontBytes>;
  /** The bold weight, if there is one; otherwise bold text uses the regular weight. */
  loadBold?: () => Promise<FontBytes>;
}

/** Where the PDF code gets a font from: a registered font, a built-in subset, or a slice of a built-in CJK family. */
export interface FontSource {
  family: string;
  declares(cp: number): boolean;
  load(weight: PdfFontWeight): Promise<FontBytes>;
  hasBold: boolean;
  /** For a slice of Noto Sans SC, TC, JP or KR: which; its Han characters go by the text's family (`./cjk-text.ts`). */
  cjk?: CjkFamily;
}

export type Ranges = ReadonlyArray<readonly [number, number]>;

export function inRanges(ranges: Ranges, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = ranges[mid];
    if (cp < start) hi = mid - 1;
    else if (cp > end) lo = mid + 1;
    else return true;
  }
  return false;
}

const registered: FontSource[] = [];

/** The registered fonts, in the order they are tried. */
export function registeredFontSources(): readonly FontSource[] {
  return registered;
}

/** Adds a font for scripts the built-in fonts do not cover; see `PdfFontRegistration`. */
export function registerPdfFont(font: PdfFontRegistration): void {
  if (!font.name || typeof font.load !== 'function' || (!font.ranges && !font.test)) {
    throw new TypeError('registerPdfFont needs a name, a load() function and ranges or test().');
  }
  unregisterPdfFont(font.name);
  const { ranges, test, load, loadBold } = font;
  const sorted = ranges ? [...ranges].sort((a, b) => a[0] - b[0]) : undefined;
  registered.push({
    family: font.name,
    declares: (cp) =>
      (sorted !== undefined && inRanges(sorted, cp)) || (test !== undefined && test(String.fromCodePoint(cp))),
    load: (weight) => (weight === 'bold' && loadBold ? loadBold() : load()),
    hasBold: loadBold !== undefined,
  });
}

/** Removes a registered font; `false` when there was none of that name. */
export function unregisterPdfFont(name: string): boolean {
  const index = registered.findIndex((s) => s.family === name);
  if (index < 0) return false;
  registered.splice(index, 1);
  return true;
}
