/**
 * Several certificates as one ZIP, built in slices on the main thread: one certificate at a time,
 * yielding to the event loop between them, so the page stays responsive without a Worker (which a
 * strict CSP or a bundler's inlined `blob:` worker may forbid). Progress is reported and an
 * `AbortSignal` stops the job.
 */
import { Zip, ZipPassThrough } from 'fflate';
import type { CertAdapter } from '../adapter/adapter.js';
import type { Messages } from '../i18n/en.js';
import { loadLocale } from '../i18n/messages.js';
import type { Certification, Learner } from '../model.js';
import { certificateBytesFor, prepareCertificateBatch } from './certificate-pdf.js';
import { PdfFontError } from './font-registry.js';
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
}

export interface CertificateZip {
  blob: Blob;
  filename: string;
  /** Entry names, in the order of `certs`. */
  entries: string[];
}

/**
 * Makes each certificate's PDF (the official one when the adapter has it) and one ZIP of them.
 * Yields between slices; rejects with the signal's reason (an `AbortError` `DOMException` unless
 * the caller gave another) as soon as it notices the abort, and with a `PdfFontError` or an
 * adapter error when a certificate cannot be made.
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
  onProgress?.(0, total);
  // The fonts cut once for the whole batch; a failure here (a character no font has) is left for
  // the certificate that has it to report, in its turn, as it would without the cut. jsPDF loads
  // meanwhile (on a first download, its fetch and compile would otherwise wait for the fonts').
  await Promise.all([
    prepareCertificateBatch(certs, learner, { lang, messages }).catch((error: unknown) => {
      if (!(error instanceof PdfFontError)) throw error;
    }),
    loadJsPdf().catch(() => undefined),
  ]);
  signal?.throwIfAborted();
  let sliceStart = performance.now();
  for (let i = 0; i < total; i++) {
    const bytes = await certificateBytesFor(adapter, certs[i], learner, {
      lang,
      messages,
      ...(signal ? { signal } : {}),
    });
    signal?.throwIfAborted();
    writer.add(entries[i], bytes);
    if (i + 1 === total || performance.now() - sliceStart >= sliceMs) {
      // Once a slice: the page draws the progress between slices anyway.
      onProgress?.(i + 1, total);
      await yieldToEventLoop();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  return {
    blob: new Blob(writer.finishParts() as BlobPart[], { type: 'application/zip' }),
    filename: zipFileName(learner.name, date, { label: messages.pdf.zipFileLabel }),
    entries,
  };
}
