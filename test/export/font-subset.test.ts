import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { BUILT_IN_FONT_COVERAGE, builtInFontUrls, type BuiltInFontSubset } from '../../src/export/built-in-fonts.js';
import { readFontMetrics, toTrueType } from '../../src/export/font-file.js';
import { subsetTrueType } from '../../src/export/font-subset.js';
import { toBase64 } from './read-pdf.js';

/** Names and titles in the six scripts, with letters that Noto Sans builds from components (é, ǻ, ῷ). */
const SAMPLE =
  'María José Núñez Ǻǻ Łukasz Żółć Ştefan Nguyễn Γιώργος Ἀριστοτέλης ῷ Дмитрий Ґудзь محمد عبد الله ﻣﺤﻤﺪ ﷲ ﻻ דוד לוי שָׁלוֹם 0123456789 -.,’()…';

interface Reading {
  unitsPerEm: number;
  characters: number[];
  glyphs: Array<{ cp: number; id: number; advance: number; path: string }>;
}

/** The font as fontkit reads it in Node: its cmap, advances and outlines (composites resolved). */
function readWithFontkit(font: Uint8Array, codePoints: number[]): Promise<Reading> {
  return executeServerCommand<Reading, { base64: string; codePoints: number[] }>('font-glyphs', {
    base64: toBase64(font),
    codePoints,
  });
}

const codePointsOf = (text: string) => [...new Set([...text].map((c) => c.codePointAt(0) ?? 0))].sort((a, b) => a - b);

async function shippedFiles(): Promise<string[]> {
  const subsets = Object.keys(BUILT_IN_FONT_COVERAGE) as BuiltInFontSubset[];
  const urls = await Promise.all(subsets.map((subset) => builtInFontUrls(subset)));
  return urls.flatMap(({ regular, bold }) => [regular, bold]);
}

describe('subsetTrueType', () => {
  it('keeps the outline and advance of every character it keeps, composite glyphs included, in every shipped file', async () => {
    const codePoints = codePointsOf(SAMPLE);
    for (const url of await shippedFiles()) {
      const ttf = toTrueType(new Uint8Array(await (await fetch(url)).arrayBuffer()));
      const { glyphs } = readFontMetrics(ttf);
      const kept = codePoints.filter((cp) => glyphs.has(cp));
      const cut = subsetTrueType(ttf, glyphs, codePoints);
      const [whole, small] = await Promise.all([readWithFontkit(ttf, kept), readWithFontkit(cut, kept)]);
      expect(small.characters, `${url}: the characters of the cut`).to.deep.equal(kept);
      expect(small.unitsPerEm).to.equal(whole.unitsPerEm);
      const differences = kept.flatMap((cp, i) => {
        const [a, b] = [whole.glyphs[i], small.glyphs[i]];
        return a.advance === b.advance && a.path === b.path && b.id !== 0
          ? []
          : [
              `U+${cp.toString(16)}: advance ${b.advance} (whole ${a.advance}), outline ${a.path === b.path ? 'same' : 'differs'}`,
            ];
      });
      expect(differences, url).to.deep.equal([]);
      expect(cut.length, `${url}: ${cut.length} of ${ttf.length} bytes`).to.be.below(ttf.length / 2);
    }
  });

  it('brings along the glyphs composite glyphs are built from, renumbered', async () => {
    const url = (await builtInFontUrls('latin')).regular;
    const ttf = toTrueType(new Uint8Array(await (await fetch(url)).arrayBuffer()));
    const { glyphs } = readFontMetrics(ttf);
    const cut = subsetTrueType(ttf, glyphs, codePointsOf('Éá'));
    // .notdef, É, á and the glyphs Noto Sans draws them from (E, a, acute): more than three.
    const count = new DataView(cut.buffer).getUint16(tableOffset(cut, 'maxp') + 4);
    expect(count).to.be.above(3);
    const [reading, original] = await Promise.all([
      readWithFontkit(cut, codePointsOf('Éá')),
      readWithFontkit(ttf, codePointsOf('Éá')),
    ]);
    expect(reading.glyphs.map((g) => g.path)).to.deep.equal(original.glyphs.map((g) => g.path));
    expect(reading.glyphs[0].path).not.to.equal('');
  });

  it('leaves out what the font lacks and what is outside the BMP, and our own reader agrees with it', async () => {
    const [url] = await shippedFiles();
    const ttf = toTrueType(new Uint8Array(await (await fetch(url)).arrayBuffer()));
    const whole = readFontMetrics(ttf);
    const cut = readFontMetrics(subsetTrueType(ttf, whole.glyphs, codePointsOf('Ab Дж 😀')));
    expect([...cut.glyphs.keys()].sort((a, b) => a - b)).to.deep.equal(codePointsOf(' Ab'));
    for (const cp of codePointsOf(' Ab')) {
      expect(cut.advances[cut.glyphs.get(cp) ?? 0]).to.equal(whole.advances[whole.glyphs.get(cp) ?? 0]);
    }
    expect(cut.unitsPerEm).to.equal(whole.unitsPerEm);
  });
});

function tableOffset(font: Uint8Array, tag: string): number {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  for (let i = 0; i < view.getUint16(4); i++) {
    const r = 12 + 16 * i;
    if (String.fromCharCode(...font.subarray(r, r + 4)) === tag) return view.getUint32(r + 8);
  }
  throw new Error(`no ${tag}`);
}
