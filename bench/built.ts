/**
 * The baseline-vs-new figures, in a page that loads one BUILT bundle: `/dist/cert-elements.js` of
 * whichever build the origin serves (scripts/bench.mjs serves the baseline commit's dist/ on one
 * port and today's on another, each with this same file). Everything goes through the package's
 * public API, found by feature checks, never by the build's source text: `certificatePdf()` for one
 * PDF, and a `<cert-list>` with `selectAll()` + `downloadSelected()` for a batch.
 */
import { certifications, LEARNER, afterNextPaint, since } from './data.js';

/** What this page uses of the package, typed here so that both builds are held to the same contract. */
interface BuiltApi {
  certificatePdf(cert: unknown, learner: unknown, options?: { lang?: string }): Promise<Blob>;
}

interface BuiltCertList extends HTMLElement {
  certifications: unknown;
  learner: unknown;
  readonly updateComplete: Promise<boolean>;
  readonly selectedIds: readonly string[];
  selectAll(): void;
  downloadSelected(): Promise<{ blob: Blob; filename: string }>;
}

let api: BuiltApi | undefined;

/** Imports the build and checks, by feature, that it has what the figures drive. Returns its export names. */
export async function load(): Promise<string[]> {
  const url = '/dist/cert-elements.js';
  const module = (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
  if (typeof module.certificatePdf !== 'function') throw new Error('This build exports no certificatePdf()');
  api = module as unknown as BuiltApi;
  const list = customElements.get('cert-list');
  if (!list) throw new Error('This build registers no <cert-list>');
  for (const method of ['selectAll', 'downloadSelected'])
    if (typeof (list.prototype as Record<string, unknown>)[method] !== 'function')
      throw new Error(`This build's <cert-list> has no ${method}()`);
  return Object.keys(module).sort();
}

export interface PdfTimings {
  /** The first call of the page: loads the PDF code and the fonts. */
  firstMs: number | null;
  ms: number[];
  bytes: number[];
}

let pdfCalls = 0;

/**
 * `warmUps` untimed calls, then `runs` timed ones, each with a different certification, to the
 * `Blob` the API returns. The page's very first call is reported apart as `firstMs`. User-timing
 * marks `bench-pdfs-start` and `-end` bracket the timed calls for the Chromium trace.
 */
export async function pdfs(runs: number, warmUps: number): Promise<PdfTimings> {
  if (!api) throw new Error('load() first');
  const certs = certifications(1 + warmUps + runs, { withCertificates: true });
  const out: PdfTimings = { firstMs: null, ms: [], bytes: [] };
  for (let i = 0; i < certs.length; i++) {
    if (i === warmUps) performance.mark('bench-pdfs-start');
    const start = performance.now();
    const blob = await api.certificatePdf(certs[i], LEARNER, { lang: 'en' });
    const ms = since(start);
    if (pdfCalls++ === 0) out.firstMs = ms;
    if (!(blob instanceof Blob) || blob.type !== 'application/pdf')
      throw new Error('certificatePdf() gave no PDF Blob');
    if (i >= warmUps && out.ms.length < runs) {
      out.ms.push(ms);
      out.bytes.push(blob.size);
    }
  }
  performance.mark('bench-pdfs-end');
  return out;
}

let list: BuiltCertList | undefined;

/** A `<cert-list>` of the build with `count` certificates and a learner, in the page and painted. */
export async function showList(count: number): Promise<void> {
  list?.remove();
  const el = document.createElement('cert-list') as BuiltCertList;
  el.certifications = certifications(count, { withCertificates: true });
  el.learner = LEARNER;
  el.addEventListener('cert-download', (e) => e.preventDefault());
  document.body.append(el);
  await el.updateComplete;
  await afterNextPaint();
  list = el;
}

export interface Batch {
  /** From `selectAll()` (or, after a pause, from `downloadSelected()`) to the ZIP in hand. */
  ms: number;
  /** Long tasks (the Long Tasks API: main-thread tasks over 50 ms) that overlapped the batch. */
  longTasks: number[];
  zipBytes: number;
  filename: string;
}

/**
 * `selectAll()`, `pauseMs` of a person's hesitation (0: at once), then `downloadSelected()` until the
 * ZIP is ready; `cert-download` is prevented, so nothing is saved. User-timing marks
 * `bench-batch-start` and `bench-batch-end` bracket it for the Chromium trace.
 */
export async function batch(pauseMs = 0): Promise<Batch> {
  const el = list;
  if (!el) throw new Error('showList() first');
  const count = (el.certifications as unknown[]).length;
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((entries) => tasks.push(...entries.getEntries()));
  observer.observe({ type: 'longtask' });
  performance.mark('bench-batch-start');
  const start = performance.now();
  el.selectAll();
  if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const downloadStart = performance.now();
  const file = await el.downloadSelected();
  const end = performance.now();
  performance.mark('bench-batch-end');
  const ms = end - (pauseMs > 0 ? downloadStart : start);
  // Long-task entries are delivered after their task ends.
  await afterNextPaint();
  await new Promise((resolve) => setTimeout(resolve, 50));
  tasks.push(...observer.takeRecords());
  observer.disconnect();

  if (el.selectedIds.length !== count) throw new Error(`selectAll() selected ${el.selectedIds.length} of ${count}`);
  // The ZIP's end-of-central-directory record (its last 22 bytes, no comment) holds the entry count.
  const end22 = new DataView(await file.blob.slice(-22).arrayBuffer());
  if (end22.getUint32(0, true) !== 0x06054b50) throw new Error('downloadSelected() gave no ZIP');
  const entries = end22.getUint16(10, true);
  if (entries !== count) throw new Error(`The ZIP holds ${entries} entries, not ${count}`);
  return {
    ms,
    longTasks: tasks.filter((t) => t.startTime < end && t.startTime + t.duration > start).map((t) => t.duration),
    zipBytes: file.blob.size,
    filename: file.filename,
  };
}
