/**
 * The fonts the library ships: Noto Sans (SIL OFL 1.1, licences beside the files in `src/assets/`) regular and bold, one
 * file per script subset, and which code points each subset covers. Chinese, Japanese and Korean
 * come from `./cjk-fonts.ts`; scripts that need shaping (Devanagari, Thai, ...) through `registerPdfFont()`.
 */
import { assetUrl } from '../rules/asset-base.js';
import { inRanges, type FontSource, type Ranges } from './font-registry.js';

/**
 * Code points of each built-in subset, read from the format-4 `cmap` (the one jsPDF uses: BMP only)
 * of the shipped files; a test keeps them true against an independent font parser.
 */
export const BUILT_IN_FONT_COVERAGE = {
  latin:
    '20-7e,a0-ff,131,152-153,2bb-2bc,2c6,2da,2dc,300-301,303-304,308-309,323,329,2002,2009,200b,2013-2014,2018-201a,201c-201e,2022,2026,2032-2033,2039-203a,2044,20ac,2122,2212,feff,fffd',
  'latin-ext':
    '20,a0,100-130,132-151,154-2ba,2bc-2c5,2c7-2cc,2ce-2d7,2dd-301,303-304,308-309,323,329,1d00-1dbf,1e00-1e9f,1ef2-1eff,2020,20a0-20ab,20ad-20c0,2113,2c60-2c7f,a720-a7ca,a7d0-a7d1,a7d3,a7d5-a7d9,a7f2-a7ff',
  greek: '20,a0,370-377,37a-37f,384-38a,38c,38e-3a1,3a3-3e1,3f0-3ff',
  cyrillic: '20,a0,301,400-45f,490-491,4b0-4b1,2116',
  arabic:
    '20,a0,600-6ff,750-77f,870-88e,890-891,898-8e1,8e3-8ff,200c-200e,2010-2011,204f,2e41,fb50-fbc2,fbd3-fd8f,fd92-fdc7,fdcf,fdf0-fdff,fe70-fe74,fe76-fefc,feff',
  hebrew:
    '20,2d,a0,307-308,591-5c7,5d0-5ea,5ef-5f4,200c-2010,20aa,25cc,fb1d-fb36,fb38-fb3c,fb3e,fb40-fb41,fb43-fb44,fb46-fb4f',
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

/** Fetches one of the library's font files, with an error that says how to fix a wrong asset folder. */
export async function fetchFont(file: string): Promise<ArrayBuffer> {
  const url = assetUrl(file);
  const hint =
    "If the site serves cert-elements' files from another folder, tell it where with setAssetBase(url) or a " +
    'data-cert-elements-asset-base attribute (README, "Asset base").';
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new Error(`cert-elements could not fetch the font ${url}. ${hint}`, { cause });
  }
  if (!response.ok) throw new Error(`cert-elements could not fetch the font ${url} (HTTP ${response.status}). ${hint}`);
  // Dev servers (Vite's) and single-page-app hosts answer a missing file with their page, as HTTP 200.
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    throw new Error(`cert-elements could not fetch the font ${url} (a web page came back instead). ${hint}`);
  }
  return response.arrayBuffer();
}

/** The built-in subsets as font sources, after any registered fonts in priority. */
export const builtInSources: FontSource[] = (Object.keys(BUILT_IN_FONT_COVERAGE) as BuiltInFontSubset[]).map(
  (subset) => {
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
  },
);
