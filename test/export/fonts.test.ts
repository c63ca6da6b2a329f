import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { certificatePdf } from '../../src/export/certificate-pdf.js';
import { BUILT_IN_FONT_COVERAGE, builtInFontUrls, type BuiltInFontSubset } from '../../src/export/built-in-fonts.js';
import { readFontMetrics, toTrueType } from '../../src/export/font-file.js';
import {
  isPdfFontError,
  PdfFontError,
  PdfFontFace,
  registerPdfFont,
  unregisterPdfFont,
} from '../../src/export/fonts.js';
import { certification, learner, TODAY } from './fixtures.js';
import { checkPdf, pdfSource, readable, readPdf, toBase64 } from './read-pdf.js';
import { loadJsPdf } from '../../src/export/pdf-document.js';
import { PdfTextLayout } from '../../src/export/pdf-text.js';

const DEVANAGARI_WOFF = '/node_modules/@fontsource/noto-sans/files/noto-sans-devanagari-400-normal.woff';
const fetchBytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

/** Names in every script the built-in fonts cover, and Arabic presentation forms that shaping produces. */
const SAMPLE_NAMES = [
  'María José Núñez',
  'François Lefèvre-Œhlenschläger',
  'Łukasz Żółć',
  'Antonín Dvořák',
  'Ştefan Nguyễn Thị Ðặng',
  'Γιώργος Παπαδόπουλος',
  'Ἀριστοτέλης',
  'Дмитрий Шостакович',
  'Іван Ґудзь',
  'محمد عبد الله',
  'ﻣﺤﻤﺪ ﻋﺒﺪ ﺍﻟﻠﻪ ﷲ ﻻ',
  'דוד לוי',
  'שָׁלוֹם',
  '0123456789 -.,’()',
];

interface IndependentReading {
  unitsPerEm: number;
  /** BMP code points in the font's cmap. */
  characters: number[];
  glyphs: Array<{ cp: number; id: number; advance: number }>;
}

/** The font as fontkit reads it in Node, from the shipped WOFF itself (its own decompression, cmap and hmtx). */
function readWithFontkit(woff: Uint8Array, codePoints: number[]): Promise<IndependentReading> {
  return executeServerCommand<IndependentReading, { base64: string; codePoints: number[] }>('font-glyphs', {
    base64: toBase64(woff),
    codePoints,
  });
}

/** Every (subset, weight) file the library ships, as URLs. */
async function shippedFiles(): Promise<Array<{ subset: BuiltInFontSubset; url: string }>> {
  const subsets = Object.keys(BUILT_IN_FONT_COVERAGE) as BuiltInFontSubset[];
  const urls = await Promise.all(subsets.map(async (subset) => ({ subset, ...(await builtInFontUrls(subset)) })));
  return urls.flatMap(({ subset, regular, bold }) => [
    { subset, url: regular },
    { subset, url: bold },
  ]);
}

function expandRanges(spec: string): Set<number> {
  const set = new Set<number>();
  for (const part of spec.split(',')) {
    const [a = '0', b = a] = part.split('-');
    for (let cp = parseInt(a, 16); cp <= parseInt(b, 16); cp++) set.add(cp);
  }
  return set;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('PDF fonts', () => {
  // First in this file (a fresh page): nothing else has loaded a font yet.
  it('loads only the subsets a certificate needs, on first use', async () => {
    const before = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.woff'));
    expect(before).to.have.length(0);
    await certificatePdf(certification(), learner('Ana Pérez'), { today: TODAY });
    const loaded = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.woff'));
    expect(loaded.some((n) => n.includes('noto-sans-latin-400-normal'))).to.be.true;
    expect(loaded.some((n) => /arabic|hebrew|greek|cyrillic|latin-ext/.test(n))).to.be.false;
  });

  it('claims for each shipped file exactly the characters its cmap has, as fontkit reads it', async () => {
    for (const { subset, url } of await shippedFiles()) {
      const claimed = expandRanges(BUILT_IN_FONT_COVERAGE[subset]);
      const { characters } = await readWithFontkit(await fetchBytes(url), []);
      // NUL and CR are mapped in the files but are no text a certificate draws.
      const actual = new Set(characters.filter((cp) => cp !== 0 && cp !== 0x0d));
      expect(
        [...actual].filter((cp) => !claimed.has(cp)),
        `${url}: in cmap, not claimed`,
      ).to.deep.equal([]);
      expect(
        [...claimed].filter((cp) => !actual.has(cp)),
        `${url}: claimed, not in cmap`,
      ).to.deep.equal([]);
    }
  });

  it('reads the same glyph and advance width as fontkit for every character of names in six scripts', async () => {
    const codePoints = [...new Set([...SAMPLE_NAMES.join('')].map((c) => c.codePointAt(0) ?? 0))];
    for (const { url } of await shippedFiles()) {
      const woff = await fetchBytes(url);
      const reference = await readWithFontkit(woff, codePoints);
      const metrics = readFontMetrics(toTrueType(woff));
      const face = new PdfFontFace({ family: 'Sample', declares: () => true }, 'normal', new Uint8Array(), metrics);
      expect(metrics.unitsPerEm, url).to.equal(reference.unitsPerEm);
      expect(
        reference.glyphs.filter((g) => g.id !== 0 && g.cp > 0x7f),
        `${url} draws some of the sample`,
      ).not.to.be.empty;
      const differences = reference.glyphs.flatMap(({ cp, id, advance }) => {
        const ourId = metrics.glyphs.get(cp) ?? 0;
        // The advance layout uses, at a size of one em: in font units.
        const ourAdvance = face.width(String.fromCodePoint(cp), metrics.unitsPerEm);
        return ourId === id && ourAdvance === advance
          ? []
          : [`U+${cp.toString(16)}: glyph ${ourId} advance ${ourAdvance}, fontkit glyph ${id} advance ${advance}`];
      });
      expect(differences, url).to.deep.equal([]);
    }
  });

  it('ships Arabic presentation forms, which shaping produces', async () => {
    const { glyphs } = readFontMetrics(toTrueType(await fetchBytes((await builtInFontUrls('arabic')).regular)));
    for (const cp of [0xfe8d, 0xfedf, 0xfee0, 0xfefb, 0xfdf2, 0xfee3, 0xfea4])
      expect(glyphs.has(cp), cp.toString(16)).to.be.true;
  });

  it('refuses WOFF2 and CFF fonts with a clear error', () => {
    const woff2 = new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 1, 0, 0, 0, 0, 0, 0]);
    const error = (() => {
      try {
        toTrueType(woff2, 'Brand');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).to.be.instanceOf(PdfFontError);
    expect((error as PdfFontError).kind).to.equal('unsupported-font');
    expect((error as PdfFontError).message).to.include('WOFF2');
  });

  it('throws a clear error, listing them, for characters no font covers', async () => {
    // Thai needs shaping this library does not do: no built-in font, a font registered with registerPdfFont().
    const error = await rejection(certificatePdf(certification(), learner('สมชาย'), { today: TODAY }));
    expect(isPdfFontError(error)).to.be.true;
    expect((error as PdfFontError).kind).to.equal('uncovered-characters');
    expect((error as PdfFontError).characters).to.deep.equal(['ส', 'ม', 'ช', 'า', 'ย']);
    expect((error as PdfFontError).message).to.include('U+0E2A');
    expect((error as PdfFontError).message).to.include('registerPdfFont()');
  });

  describe('registerPdfFont', () => {
    afterEach(() => {
      unregisterPdfFont('Test Devanagari');
      unregisterPdfFont('Liar');
      unregisterPdfFont('Unreachable');
      unregisterPdfFont('Undeclared');
      unregisterPdfFont('Override Latin');
    });

    // The hook is tested with a script the library does not ship (it needs shaping): a real Noto
    // Sans Devanagari subset (WOFF), registered by an integrator.
    it('adds a script: a name that failed now comes out in the PDF text', async () => {
      const name = 'नमन कमल';
      const before = await rejection(certificatePdf(certification(), learner(name), { today: TODAY }));
      expect((before as PdfFontError).kind).to.equal('uncovered-characters');

      registerPdfFont({ name: 'Test Devanagari', ranges: [[0x0900, 0x097f]], load: () => fetchBytes(DEVANAGARI_WOFF) });
      const { text } = await readPdf(await certificatePdf(certification(), learner(name), { today: TODAY }));
      expect(readable(text)).to.include(name);
    });

    it('trusts the font, not the claim: a claimed character missing from its cmap is still an error', async () => {
      const latin = (await builtInFontUrls('latin')).regular;
      registerPdfFont({ name: 'Liar', test: (c) => /\p{Script=Devanagari}/u.test(c), load: () => fetchBytes(latin) });
      const error = await rejection(certificatePdf(certification(), learner('नमन'), { today: TODAY }));
      expect((error as PdfFontError).kind).to.equal('uncovered-characters');
      expect((error as PdfFontError).characters).to.deep.equal(['न', 'म']);
    });

    it('draws a line whole even when it holds characters the document did not declare', async () => {
      // A font of its own, so that no earlier cut already holds the extra characters.
      const latin = (await builtInFontUrls('latin')).regular;
      registerPdfFont({ name: 'Undeclared', ranges: [[0x41, 0x7a]], load: () => fetchBytes(latin) });
      const { jsPDF } = await loadJsPdf();
      const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
      const layout = await PdfTextLayout.create(jsPDF, doc, [{ text: 'Ab', weight: 'normal' }]);
      layout.drawLine('Abcdef', 72, 100, { size: 14, weight: 'normal' });
      const bytes = new Uint8Array(doc.output('arraybuffer'));
      expect(readable((await readPdf(bytes)).text).trim()).to.equal('Abcdef');
      expect((await checkPdf(bytes)).ok).to.equal(true);
    });

    it("takes effect on a learner's next PDF, and its removal too: no face or cut is kept from before", async () => {
      const fonts = async (pdf: Blob) => {
        const bytes = new Uint8Array(await pdf.arrayBuffer());
        expect(readable((await readPdf(bytes)).text)).to.include('Ana Ruiz');
        return [...new Set([...pdfSource(bytes).matchAll(/\/BaseFont \/(\S+)/g)].map((m) => m[1]))].sort();
      };
      const make = () => certificatePdf(certification(), learner('Ana Ruiz'), { today: TODAY });
      const builtIn = await fonts(await make());
      expect(builtIn).to.include('NotoSans-latin');
      const urls = await builtInFontUrls('latin');
      registerPdfFont({
        name: 'Override Latin',
        ranges: [
          [0x41, 0x5a],
          [0x61, 0x7a],
        ],
        load: () => fetchBytes(urls.regular),
        loadBold: () => fetchBytes(urls.bold),
      });
      expect(await fonts(await make())).to.include('Override#20Latin');
      unregisterPdfFont('Override Latin');
      expect(await fonts(await make())).to.deep.equal(builtIn);
    });

    it('reports a font that fails to load, and tries again next time', async () => {
      let calls = 0;
      registerPdfFont({
        name: 'Unreachable',
        ranges: [[0x0900, 0x097f]],
        load: async () => {
          calls++;
          if (calls === 1) throw new TypeError('Failed to fetch');
          return fetchBytes(DEVANAGARI_WOFF);
        },
      });
      const error = await rejection(certificatePdf(certification(), learner('नमन'), { today: TODAY }));
      expect((error as PdfFontError).kind).to.equal('load-failed');
      expect((error as PdfFontError).font).to.equal('Unreachable');
      await certificatePdf(certification(), learner('नमन'), { today: TODAY });
      expect(calls).to.equal(2);
    });
  });
});
