/**
 * Figures 2 and 3 of `npm run bench`, in the page: ms per certificate PDF (ours vs pdf-lib), then
 * ZIPs of 10, 100 and 500 of our PDFs (our fflate `zipCertificates` vs JSZip) on the same bytes and
 * entry names.
 */
import { unzipSync } from 'fflate';
import JSZip from 'jszip';
import { certificatePdf } from '../src/export/certificate-pdf.js';
import { certificateFileName, uniqueZipEntryNames } from '../src/rules/file-names.js';
import { zipCertificates } from '../src/export/zip.js';
import { certifications, LEARNER, since } from './data.js';
import { pdfLibCertificate } from './pdf-lib-certificate.js';

export interface Timings {
  /** The first call: ours loads jsPDF and the Latin font files; pdf-lib's code is cold. */
  firstMs: number;
  /** The timed calls (after the first and the warm-ups). */
  ms: number[];
  /** PDF sizes in bytes, of the timed calls. */
  bytes: number[];
}

/** Our PDFs, kept for the ZIP figures (one per certification, in order). */
let made: Uint8Array[] = [];

const isPdf = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(0, 8)).startsWith('%PDF-');

/**
 * Each way: one first call (reported apart), `warmUps` untimed calls, then `runs` timed calls,
 * alternating which library goes first. Every call gets a different certification.
 */
export async function pdfs(runs: number, warmUps = 5): Promise<{ ours: Timings; pdfLib: Timings }> {
  const certs = certifications(1 + warmUps + runs, { withCertificates: true });
  const ours: Timings = { firstMs: 0, ms: [], bytes: [] };
  const pdfLib: Timings = { firstMs: 0, ms: [], bytes: [] };
  const record = (t: Timings, i: number, ms: number, bytes: Uint8Array) => {
    if (!isPdf(bytes)) throw new Error('Not a PDF');
    if (i === 0) t.firstMs = ms;
    else if (i > warmUps) {
      t.ms.push(ms);
      t.bytes.push(bytes.length);
    }
  };
  made = [];
  for (let i = 0; i < certs.length; i++) {
    const cert = certs[i];
    const runOurs = async () => {
      const start = performance.now();
      const blob = await certificatePdf(cert, LEARNER, { lang: 'en' });
      const ms = since(start);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      made.push(bytes);
      record(ours, i, ms, bytes);
    };
    const runPdfLib = async () => {
      const start = performance.now();
      const bytes = await pdfLibCertificate(cert, LEARNER);
      const blob = new Blob([bytes as BlobPart], { type: 'application/pdf' });
      const ms = since(start);
      record(pdfLib, i, ms, new Uint8Array(await blob.arrayBuffer()));
    };
    if (i % 2 === 0) {
      await runOurs();
      await runPdfLib();
    } else {
      await runPdfLib();
      await runOurs();
    }
  }
  return { ours, pdfLib };
}

export interface ZipFigure {
  count: number;
  /** Sum of the PDFs' sizes. */
  inputBytes: number;
  fflate: { ms: number[]; bytes: number };
  jszip: { ms: number[]; bytes: number };
}

async function withJsZip(items: { name: string; bytes: Uint8Array }[], date: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const item of items) zip.file(item.name, item.bytes, { binary: true, date, compression: 'STORE' });
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/** For each count, `runs[count]` ZIPs each way of the PDFs `pdfs()` made (cycled), alternating which goes first. */
export async function zips(counts: number[], runs: Record<number, number>): Promise<ZipFigure[]> {
  if (made.length === 0) throw new Error('Run pdfs() first.');
  const certs = certifications(Math.max(...counts), { withCertificates: true });
  const date = new Date('2025-06-01T12:00:00Z');
  const figures: ZipFigure[] = [];
  for (const count of counts) {
    // Safe, unique names as the element makes them; both libraries get the same names and bytes.
    const names = uniqueZipEntryNames(certs.slice(0, count).map((c) => certificateFileName(c, LEARNER)));
    const items = names.map((name, i) => ({ name, bytes: made[i % made.length] }));
    // One untimed round each way, so neither pays for first-run compilation.
    let ours = zipCertificates(items, { date });
    let theirs = await withJsZip(items, date);
    const figure: ZipFigure = {
      count,
      inputBytes: items.reduce((n, i) => n + i.bytes.length, 0),
      fflate: { ms: [], bytes: 0 },
      jszip: { ms: [], bytes: 0 },
    };
    for (let r = 0; r < (runs[count] ?? 5); r++) {
      const runOurs = () => {
        const start = performance.now();
        ours = zipCertificates(items, { date });
        figure.fflate.ms.push(since(start));
      };
      const runJsZip = async () => {
        const start = performance.now();
        theirs = await withJsZip(items, date);
        figure.jszip.ms.push(since(start));
      };
      if (r % 2 === 0) {
        runOurs();
        await runJsZip();
      } else {
        await runJsZip();
        runOurs();
      }
    }
    // Both really hold `count` entries with our bytes.
    for (const [label, out] of [
      ['fflate', ours],
      ['JSZip', theirs],
    ] as const) {
      const entries = unzipSync(out);
      if (Object.keys(entries).length !== count)
        throw new Error(`${label} ZIP of ${count} has ${Object.keys(entries).length} entries`);
      if (entries[names[0]]?.length !== items[0].bytes.length)
        throw new Error(`${label} ZIP of ${count}: first entry differs`);
    }
    figure.fflate.bytes = ours.length;
    figure.jszip.bytes = theirs.length;
    figures.push(figure);
  }
  return figures;
}
