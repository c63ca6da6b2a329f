import { executeServerCommand } from '@web/test-runner-commands';

export interface PdfReading {
  /** `pdftotext -layout` output. */
  text: string;
  pages: number;
  title: string | null;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Reads a PDF with poppler (`pdftotext`, `pdfinfo`) through the `pdf-text` server command. */
export async function readPdf(pdf: Blob | Uint8Array): Promise<PdfReading> {
  const bytes = pdf instanceof Uint8Array ? pdf : new Uint8Array(await pdf.arrayBuffer());
  return executeServerCommand<PdfReading, { base64: string }>('pdf-text', { base64: toBase64(bytes) });
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
