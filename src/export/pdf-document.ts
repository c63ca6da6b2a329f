/**
 * What every PDF builder needs from jsPDF besides text layout: the library itself, loaded on first
 * use (never with the page), and Info strings any script survives.
 */

let jspdfModule: Promise<typeof import('../vendor/jspdf/index.js')> | undefined;

/** jsPDF (the part of it in src/vendor/jspdf/) once; a failed load (offline) is tried again on the next call. */
export function loadJsPdf(): Promise<typeof import('../vendor/jspdf/index.js')> {
  jspdfModule ??= import('../vendor/jspdf/index.js').catch((error: unknown) => {
    jspdfModule = undefined;
    throw error;
  });
  return jspdfModule;
}

/** PDF Info strings are PDFDocEncoding or UTF-16BE with a BOM; jsPDF writes them byte by byte. */
export function pdfInfoString(text: string): string {
  if (/^[\x20-\x7e\xa0-\xff]*$/.test(text)) return text;
  let out = '\xfe\xff';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out += String.fromCharCode(unit >> 8, unit & 0xff);
  }
  return out;
}
