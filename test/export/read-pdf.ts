import { unzlibSync } from 'fflate';
import { executeServerCommand } from '@web/test-runner-commands';

export interface PdfReading {
  /** `pdftotext -layout` output. */
  text: string;
  pages: number;
  title: string | null;
}

/** Bytes as base64, the way server commands take them. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function pdfCommand<T>(command: string, pdf: Blob | Uint8Array): Promise<T> {
  const bytes = pdf instanceof Uint8Array ? pdf : new Uint8Array(await pdf.arrayBuffer());
  return executeServerCommand<T, { base64: string }>(command, { base64: toBase64(bytes) });
}

/** Reads a PDF with poppler (`pdftotext`, `pdfinfo`) through the `pdf-text` server command. */
export function readPdf(pdf: Blob | Uint8Array): Promise<PdfReading> {
  return pdfCommand('pdf-text', pdf);
}

/** A box on the page in points, from the page's top left, as poppler reports words. */
export interface PageBox {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PageWord extends PageBox {
  text: string;
}

export interface PageWords {
  width: number;
  height: number;
  words: PageWord[];
}

/** Every page's size and its words where poppler (`pdftotext -bbox`) finds them. */
export async function readPdfWords(pdf: Blob | Uint8Array): Promise<PageWords[]> {
  return (await pdfCommand<{ pages: PageWords[] }>('pdf-words', pdf)).pages;
}

export interface PageQr {
  text: string;
  /** Top left, top right, bottom right, bottom left, in points from the page's top left. */
  corners: Array<{ x: number; y: number }>;
}

/** The QR code a phone would read off the first page (rasterized at 150 dpi, decoded with jsQR), or null. */
export async function readPdfQr(pdf: Blob | Uint8Array): Promise<PageQr | null> {
  return (await pdfCommand<{ qr: PageQr | null }>('pdf-qr', pdf)).qr;
}

/** Of the first page rasterized at 150 dpi, how many pixels inside `box` are dark, of how many: whether something is drawn there, and how much. */
export async function readPdfInk(pdf: Blob | Uint8Array, box: PageBox): Promise<{ dark: number; total: number }> {
  const bytes = pdf instanceof Uint8Array ? pdf : new Uint8Array(await pdf.arrayBuffer());
  return executeServerCommand<{ dark: number; total: number }, { base64: string; box: PageBox }>('pdf-ink', {
    base64: toBase64(bytes),
    box,
  });
}

/** The smallest box around `boxes`. */
export function unionBox(boxes: readonly PageBox[]): PageBox {
  return {
    xMin: Math.min(...boxes.map((b) => b.xMin)),
    yMin: Math.min(...boxes.map((b) => b.yMin)),
    xMax: Math.max(...boxes.map((b) => b.xMax)),
    yMax: Math.max(...boxes.map((b) => b.yMax)),
  };
}

/**
 * The URI link annotations of an uncompressed-object PDF (jsPDF writes annotations inline in the
 * page object), each with its `/Rect` turned into a box from the top left of a page `pageHeight` high.
 */
export function uriLinks(bytes: Uint8Array, pageHeight: number): Array<{ uri: string; box: PageBox }> {
  const links = [];
  for (const [, rect = '', uri = ''] of pdfSource(bytes).matchAll(
    /\/Subtype \/Link \/Rect \[([^\]]*)\][^]*?\/URI \(([^)]*)\)/g,
  )) {
    const [x1 = NaN, y1 = NaN, x2 = NaN, y2 = NaN] = rect.trim().split(/\s+/).map(Number);
    links.push({
      uri,
      box: {
        xMin: Math.min(x1, x2),
        xMax: Math.max(x1, x2),
        yMin: pageHeight - Math.max(y1, y2),
        yMax: pageHeight - Math.min(y1, y2),
      },
    });
  }
  return links;
}

/**
 * Text as a person reads it: presentation forms back to letters (NFKC), bidi marks that pdftotext
 * adds dropped, runs of spaces collapsed.
 */
export function readable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[ \t]+/g, ' ');
}

export function pdfSource(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

/**
 * The PDF's content streams, inflated: the drawing operators as the file holds them (jsPDF writes
 * each page's content as one FlateDecode stream).
 */
export function pdfContentStreams(bytes: Uint8Array): string[] {
  const source = pdfSource(bytes);
  const streams: string[] = [];
  for (const match of source.matchAll(/<<([^>]*?\/Length (\d+)[^>]*?)>>\s*stream\r?\n/g)) {
    if (!/\/FlateDecode/.test(match[1])) continue;
    const start = match.index + match[0].length;
    const data = bytes.subarray(start, start + Number(match[2]));
    try {
      streams.push(new TextDecoder('latin1').decode(unzlibSync(data)));
    } catch {
      // Not zlib (a font file, say): no drawing in it.
    }
  }
  return streams;
}

/** `qpdf --check` on the PDF: `ok` when its structure and every stream hold up, and qpdf's report. */
export function checkPdf(pdf: Blob | Uint8Array): Promise<{ ok: boolean; report: string }> {
  return pdfCommand('pdf-check', pdf);
}

/**
 * The TrueType font programs the PDF embeds (`/FontFile2` streams), inflated: the streams jsPDF
 * marks with `/Length1` (font files and ToUnicode maps) that hold a TrueType file.
 */
export function pdfFontPrograms(bytes: Uint8Array): Uint8Array[] {
  const fonts: Uint8Array[] = [];
  for (const match of pdfSource(bytes).matchAll(/<<([^>]*?\/Length (\d+)[^>]*?)>>\s*stream\r?\n/g)) {
    if (!/\/Length1 /.test(match[1])) continue;
    const start = match.index + match[0].length;
    const data = bytes.subarray(start, start + Number(match[2]));
    const file = /\/FlateDecode/.test(match[1]) ? unzlibSync(data) : data;
    const tag = file.length >= 4 ? new DataView(file.buffer, file.byteOffset, 4).getUint32(0) : 0;
    if (tag === 0x00010000 || tag === 0x74727565) fonts.push(file);
  }
  return fonts;
}
