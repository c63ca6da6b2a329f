/**
 * Several certificates as one ZIP: a large batch's PDFs drawn by a small pool of module workers
 * where the page allows them (`./certificate-pool.ts`), else on the main thread one certificate at
 * a time, yielding to the event loop between slices, so the page stays responsive either way.
 * Progress is reported and an `AbortSignal` stops the job.
 */
import { Zip, ZipPassThrough } from 'fflate';
import type { CertAdapter } from '../adapter/adapter.js';
import type { Messages } from '../i18n/en.js';
import { loadLocale } from '../i18n/messages.js';
import type { Certification, Learner } from '../model.js';
import { certificateTextNeeds } from './certificate-layout.js';
import {
  certificatePage,
  certificatePdfBytes,
  prepareCertificateBatch,
  type CertificatePage,
} from './certificate-pdf.js';
import { certificatePool, poolSettings, PoolJobError } from './certificate-pool.js';
import { PdfFontError } from './font-registry.js';
import type { PdfTextNeed } from './fonts.js';
import { officialCertificatePdf } from './official-certificate.js';
import { loadJsPdf } from './pdf-document.js';
import { certificateFileName, uniqueZipEntryNames, zipFileName } from '../rules/file-names.js';

export interface ZipItem {
  name: string;
  bytes: Uint8Array;
}

export interface ZipOptions {
  /** Modification time of every entry; default now. */
  date?: Date;
}

/** "Made by" Unix (APPNOTE 4.4.2.2): Info-ZIP `unzip` honours the UTF-8 flag only then; MS-DOS (fflate's 0) garbles names. */
const MADE_BY_UNIX = 3;
/** A regular file, rw-r--r--, in the high half of the external attributes: with Unix and no mode, `unzip` writes mode 000. */
const UNIX_FILE_ATTRIBUTES = 0o100644 << 16;

/**
 * Streams entries into a ZIP in the order added. PDFs are stored, not deflated: jsPDF already
 * compresses them, so deflate would gain about a tenth for real CPU time.
 */
class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip = new Zip((error, chunk) => {
    if (error) this.failure = error;
    else this.chunks.push(chunk);
  });

  constructor(private readonly date: Date) {}

  add(name: string, bytes: Uint8Array): void {
    const entry = new ZipPassThrough(name);
    entry.mtime = this.date;
    entry.os = MADE_BY_UNIX;
    entry.attrs = UNIX_FILE_ATTRIBUTES;
    this.zip.add(entry);
    entry.push(bytes, true);
    if (this.failure) throw this.failure;
  }

  /** The ZIP's parts as written: a `Blob` of them holds the ZIP without one more copy of it. */
  finishParts(): Uint8Array[] {
    this.zip.end();
    if (this.failure) throw this.failure;
    return this.chunks;
  }

  finish(): Uint8Array {
    const parts = this.finishParts();
    const out = new Uint8Array(parts.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }
}

/**
 * A ZIP of `items`, entries named by `uniqueZipEntryNames` (safe, unique without regard to case);
 * non-ASCII names are stored as UTF-8 with the ZIP's UTF-8 flag (bit 11) set.
 */
export function zipCertificates(items: readonly ZipItem[], options: ZipOptions = {}): Uint8Array {
  const names = uniqueZipEntryNames(items.map((i) => i.name));
  const writer = new ZipWriter(options.date ?? new Date());
  items.forEach((item, i) => writer.add(names[i], item.bytes));
  return writer.finish();
}

/**
 * Lets the browser paint, handle input and run the page's other tasks: a new task behind those waiting.
 * Not `scheduler.yield()`: its continuation goes before the page's timers, which then wait for the
 * whole ZIP (with a `Blob` read between certificates, they used to get their turn there).
 * A MessageChannel task is not clamped to 4 ms the way nested setTimeout calls are.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface CertificateZipOptions {
  lang?: string;
  messages?: Messages;
  /** Used for official PDFs (`getCertificatePdf`) when it has them. */
  adapter?: CertAdapter | null;
  signal?: AbortSignal;
  /** Called once at the start with `done` 0, then after each slice of certificates, and at the end. */
  onProgress?: (done: number, total: number) => void;
  /** The date in the ZIP's name and entries; default now. */
  date?: Date;
  /** Longest main-thread slice in ms before yielding; default 12. */
  sliceMs?: number;
  /**
   * Draw the PDFs of a large batch in a small pool of module workers where the page allows them
   * (else in slices on the main thread, as with `false`); default `true`.
   */
  workers?: boolean;
}

export interface CertificateZip {
  blob: Blob;
  filename: string;
  /** Entry names, in the order of `certs`. */
  entries: string[];
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T | Promise<T>) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T | Promise<T>) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  // Awaited in order: one that fails after an earlier failure is never awaited.
  promise.catch(() => undefined);
  return { promise, resolve };
}

/**
 * Makes each certificate's PDF (the official one when the adapter has it) and one ZIP of them.
 * A batch of `poolSettings.minBatch` or more starts the worker pool (`./certificate-pool.ts`) and
 * goes to it when its workers were ready as the batch began; otherwise, and where they cannot start,
 * the main thread makes the PDFs in slices, yielding between them; a certificate a worker failed is made on the main thread. The ZIP
 * holds them in the order of `certs` either way. Rejects with the signal's reason (an `AbortError`
 * `DOMException` unless the caller gave another) as soon as it notices the abort, and with a
 * `PdfFontError` or an adapter error when a certificate cannot be made.
 */
export async function buildCertificateZip(
  certs: readonly Certification[],
  learner: Learner,
  options: CertificateZipOptions = {},
): Promise<CertificateZip> {
  const { signal, onProgress, adapter } = options;
  const lang = options.lang ?? 'en';
  const messages = options.messages ?? (await loadLocale(lang));
  const date = options.date ?? new Date();
  const sliceMs = options.sliceMs ?? 12;
  signal?.throwIfAborted();

  const entries = uniqueZipEntryNames(certs.map((cert) => certificateFileName(cert, learner)));
  const writer = new ZipWriter(date);
  const total = certs.length;
  const made = certs.map(() => deferred<Uint8Array>());
  const pool = options.workers !== false && total >= poolSettings.minBatch ? certificatePool() : null;
  const pdfOptions = { lang, messages, ...(signal ? { signal } : {}) };
  onProgress?.(0, total);

  // The main thread's share: the fonts cut once for the whole batch; a failure here (a character no
  // font has) is left for the certificate that has it to report, in its turn, as it would without
  // the cut. jsPDF loads meanwhile (on a first download, its fetch and compile would otherwise wait
  // for the fonts'). Only when the main thread makes a certificate: with the pool ready, it never does.
  let mainReady: Promise<unknown> | undefined;
  const onMainThread = async (i: number) => {
    mainReady ??= Promise.all([
      prepareCertificateBatch(certs, learner, { lang, messages }).catch((error: unknown) => {
        if (!(error instanceof PdfFontError)) throw error;
      }),
      loadJsPdf().catch(() => undefined),
    ]);
    await mainReady;
    signal?.throwIfAborted();
    return certificatePdfBytes(certs[i], learner, pdfOptions);
  };

  let batch: number | undefined;
  const pages: Array<CertificatePage | undefined> = [];
  const abort = () => {
    if (pool && batch !== undefined) pool.endBatch(batch, signal?.reason);
  };
  signal?.addEventListener('abort', abort, { once: true });
  try {
    const producing = produce();
    let reported = performance.now();
    for (let i = 0; i < total; i++) {
      const bytes = await made[i].promise;
      signal?.throwIfAborted();
      writer.add(entries[i], bytes);
      const now = performance.now();
      if (i + 1 === total || now - reported >= sliceMs) {
        // Once a slice: the page draws the progress between slices anyway.
        onProgress?.(i + 1, total);
        reported = now;
        if (!pool) {
          await yieldToEventLoop();
          signal?.throwIfAborted();
        }
      }
    }
    await producing;
  } finally {
    signal?.removeEventListener('abort', abort);
    if (pool && batch !== undefined) pool.endBatch(batch);
  }
  return {
    blob: new Blob(writer.finishParts() as BlobPart[], { type: 'application/zip' }),
    filename: zipFileName(learner.name, date, { label: messages.pdf.zipFileLabel }),
    entries,
  };

  /**
   * Starts every certificate, in order: the official PDF, else a worker's, else the main thread's.
   * On a failure (or the abort), that certificate and all after it fail with it.
   */
  async function produce(): Promise<void> {
    let i = 0;
    // Only workers that are ready when the batch begins take it. Measured on 2 cores (docs/benchmark.md):
    // a page's first ZIP of 100 was ready in 0.41x the baseline's time when a worker that had just
    // loaded its code took over, 0.31x in slices; the pool keeps loading meanwhile, for the next batch.
    const workers = pool?.state === 'ready' ? pool : null;
    try {
      let sliceStart = performance.now();
      for (; i < total; i++) {
        signal?.throwIfAborted();
        const official = await officialCertificatePdf(adapter, certs[i].id, signal);
        if (official) made[i].resolve(official.arrayBuffer().then((buffer) => new Uint8Array(buffer)));
        else if (workers?.state === 'ready') {
          batch ??= workers.startBatch(await batchPages(), lang);
          const page = pages[i] ?? (await certificatePage(certs[i], learner, { lang, messages }));
          const index = i;
          made[i].resolve(
            workers.make(batch, page).catch((error: unknown) => {
              if (signal?.aborted) throw signal.reason;
              if (!(error instanceof PoolJobError)) throw error;
              return onMainThread(index);
            }),
          );
        } else made[i].resolve(await onMainThread(i));
        if (performance.now() - sliceStart >= sliceMs) {
          await yieldToEventLoop();
          sliceStart = performance.now();
        }
      }
    } catch (error) {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the failure as it came (an abort's reason, say)
      const failed = Promise.reject(error);
      failed.catch(() => undefined);
      for (; i < total; i++) made[i].resolve(failed);
    }
  }

  /**
   * Each certificate's page, made once here for the workers, and every text the batch draws, for
   * their one font cut. A certification without a certificate gets none: making it reports that.
   */
  async function batchPages(): Promise<PdfTextNeed[]> {
    const needs = new Map<string, PdfTextNeed>();
    for (const [i, cert] of certs.entries()) {
      const page = await certificatePage(cert, learner, { lang, messages }).catch(() => undefined);
      pages[i] = page;
      if (page)
        for (const need of certificateTextNeeds(page.content)) needs.set(`${need.weight}\u0000${need.text}`, need);
    }
    return [...needs.values()];
  }
}
