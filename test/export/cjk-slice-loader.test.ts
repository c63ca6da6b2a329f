import { expect } from '@open-wc/testing';
import { certificatePdfBytes } from '../../src/export/certificate-pdf.js';
import { cjkFontUrls, cjkSliceSource, setCjkSliceLoader } from '../../src/export/cjk-fonts.js';
import type { CjkFamily } from '../../src/export/cjk-text.js';
import { certification, learner, TODAY } from './fixtures.js';
import { readable, readPdf } from './read-pdf.js';

// A page of its own (its own file): no slice is loaded yet. Stands for a certificate worker, whose
// slices the page fetches (there, with cjkSliceSource(); here, one realm, by their URLs).
describe('setCjkSliceLoader: slices from elsewhere (a certificate worker asks the page)', () => {
  after(() => setCjkSliceLoader(undefined));

  it('gets every slice through the loader and fetches none itself', async () => {
    const asked: Array<[CjkFamily, number]> = [];
    setCjkSliceLoader(async (family, index) => {
      asked.push([family, index]);
      return (await fetch((await cjkFontUrls(family))[index])).arrayBuffer();
    });
    const before = performance.getEntriesByType('resource').length;
    const bytes = await certificatePdfBytes(certification(), learner('김민준'), { today: TODAY });
    expect(readable((await readPdf(bytes)).text)).to.include('김민준');
    expect(asked.map(([family]) => family)).to.deep.equal(['kr']);
    // The "page" fetched the one slice, as the worker's loader asked it to.
    const slices = performance
      .getEntriesByType('resource')
      .slice(before)
      .filter((e) => /noto-sans-kr-\d+-400-normal\.woff$/.test(e.name));
    expect(slices).to.have.length(1);
    const [[family, index]] = asked;
    expect(slices[0].name).to.include(
      `noto-sans-kr-${/-(\d+)$/.exec((await cjkSliceSource(family, index)).family)?.[1]}-`,
    );
  });
});
