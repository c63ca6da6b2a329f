/**
 * The certificate PDF: one landscape A4 page with the issuer, the certification, the learner's
 * name, dates in the person's language, the credential ID, and the verification URL as a link and
 * a QR code, drawn from the layout in `./certificate-layout.ts`. jsPDF and the fonts load on the
 * first call, never before.
 */
import type { jsPDF as JsPdf } from '../vendor/jspdf/index.js';
import type { CertAdapter } from '../adapter/adapter.js';
import { loadLocale } from '../i18n/messages.js';
import type { Certification, Learner } from '../model.js';
import {
  CertificateExportError,
  certificateContent,
  certificateTextNeeds,
  layoutCertificate,
  type CertificateDrawing,
  type CertificateMark,
  type CertificatePdfOptions,
} from './certificate-layout.js';
import { officialCertificatePdf } from './official-certificate.js';
import type { PdfTextNeed } from './fonts.js';
import { loadJsPdf, pdfInfoString } from './pdf-document.js';
import { PdfTextLayout } from './pdf-text.js';

export { CertificateExportError, type CertificatePdfOptions } from './certificate-layout.js';

/** The certificate as PDF bytes (what the ZIP stores). */
export async function certificatePdfBytes(
  cert: Certification,
  learner: Learner,
  options: CertificatePdfOptions = {},
): Promise<Uint8Array> {
  return certificatePageBytes(await certificatePage(cert, learner, options));
}

/**
 * What one certificate's PDF says, as plain data: texts, formatted dates and Info strings, made
 * with the person's messages (which hold functions), so that a worker can draw it.
 */
export interface CertificatePage {
  content: ReturnType<typeof certificateContent>;
  info: { title: string; subject: string; author: string; keywords: string };
  lang: string;
}

/** The certificate's `CertificatePage`; throws `CertificateExportError` for one without a certificate. */
export async function certificatePage(
  cert: Certification,
  learner: Learner,
  options: CertificatePdfOptions = {},
): Promise<CertificatePage> {
  const lang = options.lang ?? 'en';
  const messages = options.messages ?? (await loadLocale(lang));
  const content = certificateContent(cert, learner, { ...options, lang, messages });
  const info = {
    title: messages.pdf.documentTitle(content.title.text, content.name.text),
    subject: cert.title,
    author: cert.issuer.name,
    keywords: [cert.code, cert.credentialId].filter(Boolean).join(' '),
  };
  return { content, info, lang };
}

/** A `CertificatePage` drawn as PDF bytes: all it needs is in `page` (on the main thread or in a worker). */
export async function certificatePageBytes({ content: c, info, lang }: CertificatePage): Promise<Uint8Array> {
  const { jsPDF } = await loadJsPdf();
  const doc = new jsPDF({
    orientation: 'landscape',
    unit: 'pt',
    format: 'a4',
    compress: true,
    putOnlyUsedFonts: true,
    floatPrecision: 3,
  });
  const layout = await PdfTextLayout.create(jsPDF, doc, certificateTextNeeds(c), lang);
  drawCertificate(doc, layout, layoutCertificate(c, layout));
  doc.setProperties({
    title: pdfInfoString(info.title),
    subject: pdfInfoString(info.subject),
    author: pdfInfoString(info.author),
    keywords: pdfInfoString(info.keywords),
    creator: 'cert-elements',
  });
  doc.setLanguage(lang as Parameters<JsPdf['setLanguage']>[0]);
  layout.beforeOutput();
  return new Uint8Array(doc.output('arraybuffer'));
}

/**
 * Cuts the fonts, once, down to the characters the certificates of `certs` draw, so that each of
 * their PDFs hands jsPDF a small font and reuses the cut (see `PdfTextLayout.prepareBatch`).
 * Certifications without a certificate are left out: making their PDF reports them.
 */
export async function prepareCertificateBatch(
  certs: readonly Certification[],
  learner: Learner,
  options: CertificatePdfOptions = {},
): Promise<void> {
  const lang = options.lang ?? 'en';
  const messages = options.messages ?? (await loadLocale(lang));
  const needs = new Map<string, PdfTextNeed>();
  for (const cert of certs) {
    let content: ReturnType<typeof certificateContent>;
    try {
      content = certificateContent(cert, learner, { ...options, lang, messages });
    } catch (error) {
      if (error instanceof CertificateExportError) continue;
      throw error;
    }
    for (const need of certificateTextNeeds(content)) needs.set(`${need.weight}\u0000${need.text}`, need);
  }
  const { jsPDF } = await loadJsPdf();
  await PdfTextLayout.prepareBatch(jsPDF, [...needs.values()], lang);
}

/** The certificate as a PDF `Blob`. Rejects with `PdfFontError` when a character has no font. */
export async function certificatePdf(
  cert: Certification,
  learner: Learner,
  options: CertificatePdfOptions = {},
): Promise<Blob> {
  const bytes = await certificatePdfBytes(cert, learner, options);
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}

export interface CertificateForOptions extends CertificatePdfOptions {
  signal?: AbortSignal;
}

/**
 * Loads jsPDF and runs it once on an empty page, so that compiling it is not part of the learner's
 * first PDF (`<cert-list>` calls it at idle after the first selection). Never rejects.
 */
export async function prepareCertificatePdf(): Promise<void> {
  try {
    const { jsPDF } = await loadJsPdf();
    new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4', compress: true }).output('arraybuffer');
  } catch {
    // Offline, say: the learner's PDF will say so when they ask for one.
  }
}

/**
 * The official PDF when the adapter has one (`getCertificatePdf` returns a `Blob` that really is a
 * PDF), else ours. A backend that says `not-found` gets ours; other adapter errors are passed on.
 */
export async function certificateFor(
  adapter: CertAdapter | null | undefined,
  cert: Certification,
  learner: Learner,
  options: CertificateForOptions = {},
): Promise<Blob> {
  const official = await officialCertificatePdf(adapter, cert.id, options.signal);
  if (official) return official;
  options.signal?.throwIfAborted();
  return certificatePdf(cert, learner, options);
}

/**
 * `certificateFor` as bytes, for a ZIP: ours go from jsPDF straight into it, with no `Blob` made and
 * read back (each a round trip to the browser process); only an official PDF is read.
 */
export async function certificateBytesFor(
  adapter: CertAdapter | null | undefined,
  cert: Certification,
  learner: Learner,
  options: CertificateForOptions = {},
): Promise<Uint8Array> {
  const official = await officialCertificatePdf(adapter, cert.id, options.signal);
  if (official) return new Uint8Array(await official.arrayBuffer());
  options.signal?.throwIfAborted();
  return certificatePdfBytes(cert, learner, options);
}

/** Draws the laid-out page with jsPDF. */
function drawCertificate(doc: JsPdf, layout: PdfTextLayout, drawing: CertificateDrawing): void {
  for (const mark of drawing.marks) {
    switch (mark.kind) {
      case 'frame':
        doc.setDrawColor(mark.color);
        doc.setLineWidth(mark.lineWidth);
        doc.rect(mark.x, mark.y, mark.width, mark.height);
        break;
      case 'line':
        doc.setDrawColor(mark.color);
        doc.setLineWidth(mark.lineWidth);
        doc.line(mark.x1, mark.y1, mark.x2, mark.y2);
        break;
      case 'text':
        doc.setTextColor(mark.color);
        layout.drawLine(mark.text, mark.x, mark.y, mark);
        break;
      case 'qr':
        // Vector rectangles, sharp at any zoom, as one path filled once.
        doc.setFillColor(mark.color);
        drawQrPath(doc, mark);
        break;
      case 'link':
        doc.link(mark.x, mark.y, mark.width, mark.height, { url: mark.url });
        break;
    }
  }
}

/**
 * A QR code's rectangles as one path, filled once. Written as one piece of the page's content
 * (`doc.internal.write`, which jsPDF has but does not declare): through `rect()`, each of its few
 * hundred rectangles was checked, scaled and formatted on its own, most of a certificate's time.
 * The document's unit is the point (scale factor 1) and its y axis points down, the page's up.
 */
function drawQrPath(doc: JsPdf, mark: Extract<CertificateMark, { kind: 'qr' }>): void {
  const write = (doc.internal as unknown as { write?: (content: string) => void }).write;
  if (typeof write !== 'function' || doc.internal.scaleFactor !== 1) {
    // Not the jsPDF this was written for: rect() by rect(), the style null until the last.
    mark.modules.forEach((r, i) =>
      doc.rect(mark.x + r.x, mark.y + r.y, r.width, r.height, i === mark.modules.length - 1 ? 'F' : null),
    );
    return;
  }
  // In module units, through a matrix (`cm`) that puts module (0, 0) at the code's top left: whole
  // numbers, so the path is short to write and to deflate.
  const module = mark.modules[0]?.height;
  if (!module) return;
  const n = (v: number) => String(Math.round(v * 1000) / 1000);
  const top = doc.internal.pageSize.getHeight() - mark.y;
  let path = `q\n${n(module)} 0 0 ${n(-module)} ${n(mark.x)} ${n(top)} cm\n`;
  for (const r of mark.modules)
    path += `${Math.round(r.x / module)} ${Math.round(r.y / module)} ${Math.round(r.width / module)} 1 re\n`;
  write(`${path}f\nQ`);
}
