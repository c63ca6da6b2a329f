/**
 * Noto Sans SC, TC, JP and KR (regular; SIL OFL 1.1, licences in `src/assets/`) as PDF font
 * sources, one per unicode-range slice. A family's list of slices (`./fonts/cjk-<family>.ts`) is
 * imported on the first character of that family a PDF draws, and a slice is fetched only when a
 * PDF draws a character it holds. There is no bold: bold CJK text is drawn from the regular face,
 * thickened by a stroke (`PdfTextLayout.drawLine`).
 */
import { fetchFont } from './built-in-fonts.js';
import { CJK_FAMILIES, type CjkFamily } from './cjk-text.js';
import { PdfFontError, type FontBytes, type FontSource } from './font-registry.js';

type SliceList = ReadonlyArray<readonly [url: string, ranges: string]>;

const FAMILY_MODULES: Record<CjkFamily, () => Promise<{ slices: SliceList }>> = {
  sc: () => import('./fonts/cjk-sc.js'),
  tc: () => import('./fonts/cjk-tc.js'),
  jp: () => import('./fonts/cjk-jp.js'),
  kr: () => import('./fonts/cjk-kr.js'),
};

const FAMILY_NAMES: Record<CjkFamily, string> = {
  sc: 'NotoSansSC',
  tc: 'NotoSansTC',
  jp: 'NotoSansJP',
  kr: 'NotoSansKR',
};

/** The font name a family's slices, merged into one font for a PDF, go by (`NotoSansJP`). */
export function cjkFontName(family: CjkFamily): string {
  return FAMILY_NAMES[family];
}

/** Below this, the built-in fonts draw everything the CJK slices hold (Latin, Greek, Cyrillic, …). */
const FIRST_CJK_CODE_POINT = 0x1100;

/** One family's slices: a source per slice, and which slice holds each BMP code point (index + 1, 0 for none). */
export interface CjkFamilyFonts {
  family: CjkFamily;
  sources: readonly FontSource[];
  sliceOf: Uint8Array;
}

const families = new Map<CjkFamily, CjkFamilyFonts>();

/** Gets a slice's bytes: `fetchFont`, unless a certificate worker has the page fetch them (`setCjkSliceLoader`). */
let sliceLoader: ((family: CjkFamily, index: number) => Promise<FontBytes>) | undefined;

/**
 * Where this realm gets the slices from: a certificate worker asks the page, which fetches each
 * slice once (its asset base and network policy hold), with `cjkSliceSource()` there. `undefined`:
 * fetch them here.
 */
export function setCjkSliceLoader(
  loader: ((family: CjkFamily, index: number) => Promise<FontBytes>) | undefined,
): void {
  sliceLoader = loader;
}
const loading = new Map<CjkFamily, Promise<CjkFamilyFonts>>();

function indexFamily(family: CjkFamily, slices: SliceList): CjkFamilyFonts {
  const sliceOf = new Uint8Array(0x10000);
  const sources = slices.map(([url, ranges], i): FontSource => {
    // Each range: its gap from the end of the one before and, after a dash, its length minus one, in base 36.
    let end = 0;
    for (const part of ranges.split(',')) {
      const dash = part.indexOf('-');
      const start = end + parseInt(dash < 0 ? part : part.slice(0, dash), 36);
      end = dash < 0 ? start : start + parseInt(part.slice(dash + 1), 36);
      for (let cp = Math.max(start, FIRST_CJK_CODE_POINT); cp <= end; cp++) if (!sliceOf[cp]) sliceOf[cp] = i + 1;
    }
    const number = /-(\d+)-400-normal\.woff/.exec(url)?.[1] ?? String(i);
    return {
      family: `${FAMILY_NAMES[family]}-${number}`,
      declares: (cp) => cp <= 0xffff && sliceOf[cp] === i + 1,
      load: () => (sliceLoader ? sliceLoader(family, i) : fetchFont(url)),
      hasBold: false,
      cjk: family,
    };
  });
  return { family, sources, sliceOf };
}

/** Slice `index` of `family` (as `setCjkSliceLoader` names it) as a font source, its family's list imported. */
export async function cjkSliceSource(family: CjkFamily, index: number): Promise<FontSource> {
  const source = (await loadCjkFamily(family)).sources[index];
  if (!source) throw new Error(`no slice ${index} of ${FAMILY_NAMES[family]}`);
  return source;
}

/** A family's slices, if its list has been imported. */
export function cjkFamilyFonts(family: CjkFamily): CjkFamilyFonts | undefined {
  return families.get(family);
}

/** Imports a family's list of slices (once). */
export function loadCjkFamily(family: CjkFamily): Promise<CjkFamilyFonts> {
  let promise = loading.get(family);
  if (!promise) {
    promise = FAMILY_MODULES[family]().then(
      ({ slices }) => {
        const fonts = indexFamily(family, slices);
        families.set(family, fonts);
        return fonts;
      },
      (cause: unknown) => {
        const message = cause instanceof Error ? cause.message : String(cause);
        throw new PdfFontError(
          'load-failed',
          `The list of ${FAMILY_NAMES[family]} fonts could not be loaded: ${message}`,
          {
            font: FAMILY_NAMES[family],
            cause,
          },
        );
      },
    );
    loading.set(family, promise);
    promise.catch(() => loading.delete(family));
  }
  return promise;
}

/** The slice of `family` holding `cp`, when the family's list is imported and a slice holds it. */
export function cjkSliceFor(family: CjkFamily, cp: number): FontSource | undefined {
  const fonts = families.get(family);
  const index = fonts && cp >= FIRST_CJK_CODE_POINT && cp <= 0xffff ? fonts.sliceOf[cp] : 0;
  return index ? fonts?.sources[index - 1] : undefined;
}

/** Sort key of a CJK source after every other: family order, then slice order. */
export function cjkPriority(source: Pick<FontSource, 'cjk'>): number {
  if (!source.cjk) return -1;
  const fonts = families.get(source.cjk);
  return CJK_FAMILIES.indexOf(source.cjk) * 1000 + (fonts ? fonts.sources.indexOf(source as FontSource) : 0);
}

/** The URLs of a family's slice files (for tests and for integrators who preload). */
export async function cjkFontUrls(family: CjkFamily): Promise<string[]> {
  return (await FAMILY_MODULES[family]()).slices.map(([url]) => url);
}
