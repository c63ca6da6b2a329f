import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { certificatePdfBytes } from '../../src/export/certificate-pdf.js';
import { ASSET_BASE_ATTRIBUTE, setAssetBase } from '../../src/rules/asset-base.js';
import { certification, learner } from '../export/fixtures.js';
import { readPdf, readable } from '../export/read-pdf.js';

// The test runner serves src/assets/ a second time under /copied-assets/ (web-test-runner.config.mjs),
// as a site that copied the library's asset folder to a folder of its own would.
const fetched: string[] = [];
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const path = new URL(input instanceof Request ? input.url : String(input), document.baseURI).pathname;
  fetched.push(path);
  // A host that answers every missing file with its page, as Vite's dev server and many SPA hosts do.
  if (path.startsWith('/spa-fallback/')) {
    return Promise.resolve(
      new Response('<!doctype html><title>App</title>', { headers: { 'content-type': 'text/html' } }),
    );
  }
  return realFetch(input, init);
};
const fonts = () => fetched.filter((path) => path.endsWith('.woff'));

describe('the asset base: where the PDF fonts and the demo pictures are fetched from', () => {
  after(() => setAssetBase(null));

  it(`is read once from a script tag's ${ASSET_BASE_ATTRIBUTE} attribute`, async () => {
    const script = document.createElement('script');
    script.setAttribute(ASSET_BASE_ATTRIBUTE, '/copied-assets');
    document.head.append(script);
    const text = readable((await readPdf(await certificatePdfBytes(certification(), learner('Ana Pérez')))).text);
    expect(text).to.include('Ana Pérez');
    expect(fonts()).to.have.length.greaterThan(0);
    expect(fonts().every((path) => path.startsWith('/copied-assets/noto-sans-latin-'))).to.equal(true, fonts().join());
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

  it('a web page where the font should be is an error that names the fix, not a broken font', async () => {
    // Greek: a subset no test before has loaded (loaded fonts are kept).
    setAssetBase('/spa-fallback/');
    let error: unknown;
    try {
      await certificatePdfBytes(certification(), learner('Νίκος Παπαδόπουλος'));
    } catch (e) {
      error = e;
    }
    expect(String((error as Error)?.message ?? error)).to.match(
      /\/spa-fallback\/noto-sans-greek-\S+ \(a web page came back instead\).*setAssetBase\(url\)/s,
    );
  });

  it('setAssetBase() takes a full URL, and a second call moves it again', async () => {
    setAssetBase(new URL('/copied-assets/', location.href));
    fetched.length = 0;
    const text = readable(
      (await readPdf(await certificatePdfBytes(certification(), learner('Дмитрий Шостакович')))).text,
    );
    expect(text).to.include('Дмитрий Шостакович');
    expect(fonts().every((path) => path.startsWith('/copied-assets/noto-sans-cyrillic-'))).to.equal(
      true,
      fonts().join(),
    );
  });

  it('moves the CJK font slices too: the same flat folder', async () => {
    setAssetBase('/copied-assets/');
    fetched.length = 0;
    const text = readable((await readPdf(await certificatePdfBytes(certification(), learner('김민준')))).text);
    expect(text).to.include('김민준');
    const slices = fonts().filter((path) => path.includes('noto-sans-kr-'));
    expect(slices.length).to.be.greaterThan(0);
    expect(slices.every((path) => /^\/copied-assets\/noto-sans-kr-\d+-400-normal\.woff$/.test(path))).to.equal(
      true,
      fonts().join(),
    );
  });

  it("moves MemoryAdapter's demo badge pictures with the fonts, and each one shows from the copied folder", async () => {
    setAssetBase('/copied-assets/');
    const pictures = (await new MemoryAdapter().listBadges()).map((badge) => badge.imageUrl);
    expect(pictures).to.have.length.greaterThan(3);
    for (const src of pictures) {
      expect(new URL(src).pathname).to.match(/^\/copied-assets\/[\w-]+\.(svg|png)$/);
      const img = document.createElement('img');
      img.src = src;
      await img.decode();
      expect(img.naturalWidth, src).to.be.greaterThan(0);
    }
  });
});
