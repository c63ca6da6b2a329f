import { expect } from '@open-wc/testing';
import { ASSET_BASE_ATTRIBUTE, setAssetBase } from '../../src/export/asset-base.js';
import { certificatePdfBytes } from '../../src/export/certificate-pdf.js';
import { certification, learner } from './fixtures.js';
import { readPdf, readable } from './read-pdf.js';

// The test runner serves src/export/fonts/ a second time under /copied-fonts/ (web-test-runner.config.mjs),
// as a site that copied the library's fonts to a folder of its own would.
const fetched: string[] = [];
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  fetched.push(new URL(input instanceof Request ? input.url : String(input), document.baseURI).pathname);
  return realFetch(input, init);
};
const fonts = () => fetched.filter((path) => path.endsWith('.woff'));

describe('the asset base: where the PDF fonts are fetched from', () => {
  after(() => setAssetBase(null));

  it(`is read once from a script tag's ${ASSET_BASE_ATTRIBUTE} attribute`, async () => {
    const script = document.createElement('script');
    script.setAttribute(ASSET_BASE_ATTRIBUTE, '/copied-fonts');
    document.head.append(script);
    const text = readable((await readPdf(await certificatePdfBytes(certification(), learner('Ana Pérez')))).text);
    expect(text).to.include('Ana Pérez');
    expect(fonts()).to.have.length.greaterThan(0);
    expect(fonts().every((path) => path.startsWith('/copied-fonts/noto-sans-latin-'))).to.equal(true, fonts().join());
  });

  it('setAssetBase() wins over the attribute, and a wrong folder is an error that names the fix', async () => {
    setAssetBase('/nowhere/');
    fetched.length = 0;
    let error: unknown;
    try {
      await certificatePdfBytes(certification(), learner('Дмитрий Шостакович'));
    } catch (e) {
      error = e;
    }
    expect(fonts()[0]).to.match(/^\/nowhere\/noto-sans-cyrillic-/);
    expect(String((error as Error)?.message ?? error)).to.match(/HTTP 404.*setAssetBase\(url\)/s);
  });

  it('setAssetBase() takes a full URL, and a second call moves it again', async () => {
    setAssetBase(new URL('/copied-fonts/', location.href));
    fetched.length = 0;
    const text = readable(
      (await readPdf(await certificatePdfBytes(certification(), learner('Дмитрий Шостакович')))).text,
    );
    expect(text).to.include('Дмитрий Шостакович');
    expect(fonts().every((path) => path.startsWith('/copied-fonts/noto-sans-cyrillic-'))).to.equal(
      true,
      fonts().join(),
    );
  });
});
