import { expect } from '@open-wc/testing';
import { unzipSync } from 'fflate';
import {
  certificatePool,
  certificatePoolSize,
  poolCounters,
  poolSettings,
  resetCertificatePool,
} from '../../src/export/certificate-pool.js';
import { registerPdfFont, unregisterPdfFont } from '../../src/export/fonts.js';
import { buildCertificateZip, type CertificateZipOptions } from '../../src/export/zip.js';
import { en } from '../../src/i18n/en.js';
import { registerLocale } from '../../src/i18n/messages.js';
import type { Messages } from '../../src/i18n/en.js';
import type { Certification, Learner } from '../../src/model.js';
import { certification, learner, TITLES_IN_EVERY_SCRIPT, TODAY } from './fixtures.js';
import { readable, readPdf } from './read-pdf.js';

const DEVANAGARI_WOFF = '/node_modules/@fontsource/noto-sans/files/noto-sans-devanagari-400-normal.woff';
const defaults = { ...poolSettings };
const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

function batch(count: number, prefix = 'w'): Certification[] {
  return Array.from({ length: count }, (_, i) =>
    certification({
      id: `${prefix}${i}`,
      title: `${TITLES_IN_EVERY_SCRIPT[i % TITLES_IN_EVERY_SCRIPT.length]} ${i + 1}`,
      code: `C-${i + 1}`,
    }),
  );
}

/** The pool of this page, once its workers have said `ready` (or failed). */
async function warmPool() {
  const pool = certificatePool();
  if (!pool) throw new Error('no pool on this page');
  const until = performance.now() + 10_000;
  while (pool.state === 'starting' && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
  expect(pool.state).to.equal('ready');
  return pool;
}

/** Once the pool has left `starting` (or after 5 s). */
async function settled(pool: ReturnType<typeof certificatePool>) {
  const until = performance.now() + 5000;
  while (pool?.state === 'starting' && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
}

async function zipFiles(certs: Certification[], who: Learner, options: CertificateZipOptions = {}) {
  const zip = await buildCertificateZip(certs, who, { date: TODAY, ...options });
  const files = unzipSync(new Uint8Array(await zip.blob.arrayBuffer()));
  return { zip, names: Object.keys(files), pdfs: zip.entries.map((name) => files[name]) };
}

/** The text poppler reads in each PDF. */
const texts = (pdfs: Uint8Array[]) => Promise.all(pdfs.map(async (pdf) => readable((await readPdf(pdf)).text)));

describe('certificatePoolSize', () => {
  it('keeps one core for the page, and takes at most 4', () => {
    const sizes = [undefined, 1, 2, 3, 4, 5, 8, 16].map((cores) => certificatePoolSize(cores));
    expect(sizes).to.deep.equal([0, 0, 1, 2, 3, 4, 4, 4]);
  });
});

describe('buildCertificateZip through the worker pool', () => {
  afterEach(() => {
    resetCertificatePool();
    Object.assign(poolSettings, defaults);
  });

  it('gives the same entries, in order, and PDFs with the same text as the main thread', async function () {
    this.timeout(60_000);
    await warmPool();
    const certs = batch(21);
    const who = learner('María José Núñez');
    const before = poolCounters.pagesMade;
    const pooled = await zipFiles(certs, who);
    expect(poolCounters.pagesMade - before, 'PDFs made by workers').to.equal(certs.length);
    const sliced = await zipFiles(certs, who, { workers: false });
    expect(poolCounters.pagesMade - before, 'none by workers with workers: false').to.equal(certs.length);
    expect(pooled.zip.entries).to.deep.equal(sliced.zip.entries);
    expect(pooled.names).to.deep.equal(sliced.names);
    expect(pooled.zip.filename).to.equal(sliced.zip.filename);
    const [a, b] = await Promise.all([texts(pooled.pdfs), texts(sliced.pdfs)]);
    expect(a).to.deep.equal(b);
    for (const [i, text] of a.entries()) {
      for (const word of certs[i].title.split(' ')) expect(text, pooled.zip.entries[i]).to.include(word);
      expect(text).to.include('María José Núñez');
    }
  });

  it(`starts at most min(cores − 1, 4) workers (${navigator.hardwareConcurrency} cores here), and lets them make the batch`, async function () {
    this.timeout(30_000);
    const started = poolCounters.workersStarted;
    const before = poolCounters.pagesMade;
    const { pdfs } = await zipFiles(batch(40), learner());
    expect(pdfs.every((pdf) => latin1(pdf.subarray(0, 5)) === '%PDF-')).to.equal(true);
    // A cold pool: the main thread makes certificates until a worker is ready, maybe all 40 of them.
    await warmPool();
    await zipFiles(batch(10, 'again'), learner());
    const workers = poolCounters.workersStarted - started;
    expect(workers).to.equal(certificatePoolSize(navigator.hardwareConcurrency));
    expect(workers).to.be.within(1, 4);
    expect(poolCounters.pagesMade - before).to.be.at.least(10);
  });

  it('starts no worker on a machine of one core (a pool of 0): slices make the ZIP', async () => {
    poolSettings.size = certificatePoolSize(1);
    const started = poolCounters.workersStarted;
    const { pdfs } = await zipFiles(batch(12, 'u'), learner());
    expect(pdfs).to.have.length(12);
    expect(certificatePool() === null).to.equal(true);
    expect(poolCounters.workersStarted - started).to.equal(0);
  });

  it('keeps the order of certs with several workers at once', async function () {
    this.timeout(60_000);
    poolSettings.size = 3;
    await warmPool();
    expect(poolCounters.workersStarted).to.be.at.least(3);
    const certs = batch(30, 'o');
    const { zip, pdfs } = await zipFiles(certs, learner('Ana'));
    const read = await texts(pdfs);
    for (const [i, text] of read.entries()) expect(text, zip.entries[i]).to.include(`C-${i + 1}`);
  });

  it('draws with registerLocale wording, registerPdfFont fonts and custom messages in the workers', async function () {
    this.timeout(60_000);
    const fr: Messages = { ...en, pdf: { ...en.pdf, heading: 'Certificat de réussite', zipFileLabel: 'Certificats' } };
    registerLocale('fr', fr);
    registerPdfFont({
      name: 'Test Devanagari',
      ranges: [[0x0900, 0x097f]],
      load: async () => new Uint8Array(await (await fetch(DEVANAGARI_WOFF)).arrayBuffer()),
    });
    try {
      await warmPool();
      const before = poolCounters.pagesMade;
      const certs = batch(10, 'l');
      const french = await zipFiles(certs, learner('नमन कमल'), { lang: 'fr' });
      expect(french.zip.filename).to.match(/^Certificats - /);
      for (const text of await texts(french.pdfs)) {
        expect(text).to.include('Certificat de réussite');
        expect(text).to.include('नमन कमल');
        // Dates in French, from Intl on the page.
        expect(text).to.include('14 mars 2025');
      }
      const messages: Messages = { ...en, pdf: { ...en.pdf, heading: 'Constancia de logro especial' } };
      const custom = await zipFiles(certs, learner('Ana'), { lang: 'es', messages });
      for (const text of await texts(custom.pdfs)) {
        expect(text).to.include('Constancia de logro especial');
        expect(text).to.include('14 de marzo de 2025');
      }
      expect(poolCounters.pagesMade - before, 'all made by workers').to.equal(20);
    } finally {
      unregisterPdfFont('Test Devanagari');
    }
  });

  it('draws Japanese in the workers, each CJK slice fetched by the page (its asset base and policy)', async function () {
    this.timeout(60_000);
    await warmPool();
    const fetched: string[] = [];
    const realFetch = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetched.push(input instanceof Request ? input.url : String(input));
      return realFetch(input, init);
    };
    const before = poolCounters.pagesMade;
    const certs = batch(8, 'j').map((c, i) => ({ ...c, title: `クラウド設計 ${i + 1}` }));
    const japanese = await zipFiles(certs, learner('佐藤花子'), { lang: 'ja' });
    for (const text of await texts(japanese.pdfs)) {
      expect(text).to.include('佐藤花子');
      expect(text).to.include('クラウド設計');
      expect(text).to.include('認定証');
    }
    expect(poolCounters.pagesMade - before, 'all made by workers').to.equal(8);
    window.fetch = realFetch;
    const slices = fetched.filter((name) => /noto-sans-jp-\d+-400-normal\.woff$/.test(name));
    expect(slices.length, 'JP slices fetched by the page').to.be.greaterThan(0);
    expect(new Set(slices).size, 'each once').to.equal(slices.length);
  });

  it('stops when cancelled mid-batch: an AbortError, and the workers get no more of it', async function () {
    this.timeout(60_000);
    await warmPool();
    const controller = new AbortController();
    const progress: number[] = [];
    const start = poolCounters.pagesMade;
    let atAbort = 0;
    const error = await buildCertificateZip(batch(300, 'x'), learner(), {
      signal: controller.signal,
      sliceMs: 0,
      onProgress: (done) => {
        progress.push(done);
        if (done >= 10 && !controller.signal.aborted) {
          controller.abort();
          atAbort = poolCounters.pagesMade;
        }
      },
    }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    await new Promise((r) => setTimeout(r, 500));
    // What a worker already had (2 each) may finish; nothing more is made.
    expect(poolCounters.pagesMade - atAbort).to.be.at.most(2 * certificatePoolSize(navigator.hardwareConcurrency));
    expect(poolCounters.pagesMade - start).to.be.below(300);
    // The pool stays for the next batch.
    const next = await zipFiles(batch(8, 'n'), learner());
    expect(next.pdfs).to.have.length(8);
  });

  it('makes on the main thread what a dying worker had: nothing lost, no error on the page', async function () {
    this.timeout(30_000);
    poolSettings.workerUrl = '/test/export/pool/crashing-worker.ts';
    const pageErrors: string[] = [];
    const onError = (e: ErrorEvent) => pageErrors.push(e.message);
    addEventListener('error', onError);
    try {
      await warmPool();
      const failures = poolCounters.failures;
      const certs = batch(12, 'd');
      const { zip, pdfs } = await zipFiles(certs, learner());
      expect(poolCounters.failures).to.be.greaterThan(failures);
      expect(pdfs).to.have.length(12);
      const read = await texts(pdfs);
      for (const [i, text] of read.entries()) expect(text, zip.entries[i]).to.include(`C-${i + 1}`);
      expect(pageErrors).to.deep.equal([]);
    } finally {
      removeEventListener('error', onError);
    }
  });

  it('gives up a worker that stops answering, and makes its certificates on the main thread', async function () {
    this.timeout(30_000);
    poolSettings.workerUrl = '/test/export/pool/stalling-worker.ts';
    poolSettings.stallMs = 300;
    await warmPool();
    const failures = poolCounters.failures;
    const certs = batch(10, 'h');
    const { zip, pdfs } = await zipFiles(certs, learner());
    expect(poolCounters.failures - failures).to.equal(1);
    const read = await texts(pdfs);
    for (const [i, text] of read.entries()) expect(text, zip.entries[i]).to.include(`C-${i + 1}`);
  });

  describe('where workers cannot start, slices make the ZIP', () => {
    let logged: { error: unknown[][]; info: unknown[][] };
    const { error, info } = console;
    beforeEach(() => {
      logged = { error: [], info: [] };
      console.error = (...args: unknown[]) => logged.error.push(args);
      console.info = (...args: unknown[]) => logged.info.push(args);
    });
    afterEach(() => Object.assign(console, { error, info }));

    it('a worker file that is not there (a bundler left it out): silently, one console.info at most', async () => {
      poolSettings.workerUrl = '/test/export/pool/no-such-worker.js';
      poolSettings.minBatch = 2;
      const pool = certificatePool();
      const first = await zipFiles(batch(9, 'm'), learner());
      await settled(pool);
      const second = await zipFiles(batch(9, 'm'), learner());
      expect(first.pdfs.every((pdf) => latin1(pdf.subarray(0, 5)) === '%PDF-')).to.equal(true);
      expect(second.names).to.deep.equal(first.names);
      expect(pool?.state).to.equal('failed');
      // A boolean: a failed assertion on the pool itself would have the runner serialise its workers.
      expect(certificatePool() === null, 'no second try on this page').to.equal(true);
      expect(logged.error).to.deep.equal([]);
      expect(logged.info.length).to.be.at.most(1);
    });

    it('a worker that never says ready: slices after the timeout, without waiting for it', async () => {
      poolSettings.workerUrl = '/test/export/pool/silent-worker.ts';
      poolSettings.readyTimeoutMs = 300;
      const pool = certificatePool();
      const started = performance.now();
      const { pdfs } = await zipFiles(batch(9, 's'), learner());
      expect(pdfs).to.have.length(9);
      expect(performance.now() - started, 'the ZIP did not wait for the workers').to.be.below(3000);
      await settled(pool);
      expect(pool?.state).to.equal('failed');
      expect(certificatePool() === null).to.equal(true);
      expect(logged.error).to.deep.equal([]);
    });

    it("a page whose CSP says worker-src 'none': the ZIP, with no error on the page", async function () {
      this.timeout(30_000);
      const result = new Promise<Record<string, unknown>>((resolve) => {
        addEventListener('message', function listen(e: MessageEvent<Record<string, unknown>>) {
          if (e.data?.source !== 'pool-csp-page') return;
          removeEventListener('message', listen);
          resolve(e.data);
        });
      });
      const iframe = document.createElement('iframe');
      iframe.src = '/pool-csp/page.html';
      document.body.append(iframe);
      const r = await result;
      iframe.remove();
      expect(r.error).to.equal(undefined);
      expect(r.names).to.deep.equal(r.entries);
      expect(r.names).to.have.length(12);
      expect((r.heads as string[]).every((h) => h === '%PDF-')).to.equal(true);
      expect(r.againEntries).to.equal(12);
      expect(r.violations, 'the policy did block a worker').to.include('worker-src');
      expect(r.problems).to.deep.equal([]);
      expect((r.info as string[]).length).to.be.at.most(1);
      expect((r.counters as typeof poolCounters).pagesMade).to.equal(0);
    });
  });
});
