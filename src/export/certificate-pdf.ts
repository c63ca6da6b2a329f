/**
 * The certificate PDF: one landscape A4 page with the issuer, the certification, the learner's
 * name, dates in the person's language, the credential ID, and the verification URL as a link and
 * a QR code. jsPDF and the fonts load on the first call, never before.
 */
import type { jsPDF as JsPdf } from 'jspdf';
import type { CertAdapter } from '../adapter/adapter.js';
import { isAdapterError } from '../adapter/errors.js';
import type { Messages } from '../i18n/en.js';
import { formatDate } from '../i18n/format.js';
import { parseIsoDate } from '../rules/calendar.js';
import { hasCertificate } from '../rules/certificate.js';
import { certificationStatusOn } from '../rules/expiry.js';
import { messagesFor } from '../i18n/messages.js';
import type { Certification, Learner } from '../model.js';
import { safeLinkUrl } from '../rules/safe-url.js';
import type { PdfFontWeight } from './fonts.js';
import { loadJsPdf, pdfInfoString } from './pdf-document.js';
import { PdfTextLayout, type FittedText } from './pdf-text.js';
import { qrRectangles } from './qr.js';

export interface CertificatePdfOptions {
  /** BCP 47 tag for dates and wording; default `en`. */
  lang?: string;
  /** Wording; default the registered table for `lang`. */
  messages?: Messages;
  /** For "expired" wording; default now. */
  today?: Date;
}

/** The certification has no certificate to print: it is in progress or revoked. */
export class CertificateExportError extends Error {
  override name = 'CertificateExportError';
  readonly kind = 'not-issued' as const;
  constructor(message: string) {
    super(message);
  }
}

const PAGE = { width: 841.89, height: 595.28 };
const COLORS = { ink: '#1c2433', muted: '#5b6472', accent: '#1f3a5f', gold: '#b08d57', link: '#1a56b0' };
const CONTENT_WIDTH = 700;

interface Piece {
  text: string;
  weight: PdfFontWeight;
}

/** What the page says, before layout. */
function contentOf(cert: Certification, learner: Learner, lang: string, m: Messages['pdf'], today: Date) {
  const piece = (text: string, weight: PdfFontWeight = 'normal'): Piece => ({ text, weight });
  const expires = parseIsoDate(cert.expiresOn);
  const expired = certificationStatusOn(cert, today) === 'expired';
  // The one URL gate: only http(s) becomes a link or a QR code; anything else is left off the page.
  const url = safeLinkUrl(cert.verificationUrl);
  return {
    issuer: piece(cert.issuer.name, 'bold'),
    heading: piece(m.heading),
    certifies: piece(m.certifies),
    name: piece(learner.name, 'bold'),
    hasEarned: piece(m.hasEarned),
    title: piece(cert.title, 'bold'),
    code: piece(cert.code),
    earnedLabel: piece(m.earnedOn),
    earned: piece(formatDate(cert.earnedOn, lang) || '—'),
    expiresLabel: piece(expires && expired ? m.expiredOn : m.expiresOn),
    expires: piece(expires ? formatDate(cert.expiresOn, lang) : m.noExpiry),
    credentialLabel: piece(m.credentialId),
    credential: piece(cert.credentialId ?? '—'),
    verifyLabel: piece(url ? m.verify : ''),
    url: piece(url ?? ''),
    scan: piece(url ? m.scanToVerify : ''),
    href: url,
  };
}

/** The certificate as PDF bytes (what the ZIP stores). */
export async function certificatePdfBytes(
  cert: Certification,
  learner: Learner,
  options: CertificatePdfOptions = {},
): Promise<Uint8Array> {
  if (!hasCertificate(cert)) {
    throw new CertificateExportError(`Certification ${cert.id} is ${cert.status}; it has no certificate.`);
  }
  const lang = options.lang ?? 'en';
  const messages = options.messages ?? messagesFor(lang);
  const c = contentOf(cert, learner, lang, messages.pdf, options.today ?? new Date());
  const { jsPDF } = await loadJsPdf();
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  const pieces = Object.values(c).filter((p): p is Piece => typeof p === 'object' && p !== null && p.text !== '');
  const layout = await PdfTextLayout.create(jsPDF, doc, pieces);
  drawCertificate(doc, layout, c);
  doc.setProperties({
    title: pdfInfoString(messages.pdf.documentTitle(c.title.text, c.name.text)),
    subject: pdfInfoString(cert.title),
    author: pdfInfoString(cert.issuer.name),
    keywords: pdfInfoString([cert.code, cert.credentialId].filter(Boolean).join(' ')),
    creator: 'cert-elements',
  });
  doc.setLanguage(lang as Parameters<JsPdf['setLanguage']>[0]);
  return new Uint8Array(doc.output('arraybuffer'));
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

async function isPdf(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 1024).arrayBuffer());
  return new TextDecoder('latin1').decode(head).includes('%PDF-');
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
  options.signal?.throwIfAborted();
  if (adapter?.getCertificatePdf) {
    try {
      const official = await adapter.getCertificatePdf(cert.id, options.signal ? { signal: options.signal } : {});
      if (official instanceof Blob && official.size > 0 && (await isPdf(official))) {
        return official.type === 'application/pdf' ? official : new Blob([official], { type: 'application/pdf' });
      }
    } catch (error) {
      if (!(isAdapterError(error) && error.kind === 'not-found')) throw error;
    }
  }
  options.signal?.throwIfAborted();
  return certificatePdf(cert, learner, options);
}

type Content = ReturnType<typeof contentOf>;

function drawCertificate(doc: JsPdf, layout: PdfTextLayout, c: Content): void {
  const cx = PAGE.width / 2;

  doc.setDrawColor(COLORS.accent);
  doc.setLineWidth(2);
  doc.rect(20, 20, PAGE.width - 40, PAGE.height - 40);
  doc.setDrawColor(COLORS.gold);
  doc.setLineWidth(0.75);
  doc.rect(28, 28, PAGE.width - 56, PAGE.height - 56);

  const block = (
    piece: Piece,
    top: number,
    box: {
      maxSize: number;
      minSize: number;
      maxHeight: number;
      width?: number;
      x?: number;
      align?: 'left' | 'center' | 'right';
    },
    color: string,
  ): { fitted: FittedText; bottom: number } => {
    const fitted = layout.fit(piece.text, {
      weight: piece.weight,
      maxSize: box.maxSize,
      minSize: box.minSize,
      maxWidth: box.width ?? CONTENT_WIDTH,
      maxHeight: box.maxHeight,
    });
    doc.setTextColor(color);
    const step = fitted.size * fitted.lineHeight;
    fitted.lines.forEach((line, i) => {
      layout.drawLine(line, box.x ?? cx, top + fitted.size * 0.95 + i * step, {
        size: fitted.size,
        weight: piece.weight,
        align: box.align ?? 'center',
      });
    });
    return { fitted, bottom: top + fitted.lines.length * step };
  };

  // The middle block (heading to code) sits centred in the room above the details.
  const nameBox = { maxSize: 38, minSize: 12, maxHeight: 96 };
  const titleBox = { maxSize: 24, minSize: 7, maxHeight: 112 };
  const height = (piece: Piece, box: typeof nameBox) => {
    const f = layout.fit(piece.text, { weight: piece.weight, maxWidth: CONTENT_WIDTH, ...box });
    return f.lines.length * f.size * f.lineHeight;
  };
  const predictedRule = Math.min(168 + height(c.name, nameBox), 264) + 8;
  const predictedEnd =
    Math.min(predictedRule + 36 + height(c.title, titleBox), predictedRule + 148) + (c.code.text ? 22 : 0);
  const shift = Math.max(0, Math.min(60, (430 - predictedEnd) / 2));

  block(c.issuer, 52, { maxSize: 15, minSize: 8, maxHeight: 22, width: 600 }, COLORS.accent);
  block(c.heading, 88 + shift, { maxSize: 30, minSize: 14, maxHeight: 40 }, COLORS.ink);
  block(c.certifies, 142 + shift, { maxSize: 13, minSize: 8, maxHeight: 18 }, COLORS.muted);

  // The name: as large as fits on one line, else two smaller lines; never past its band.
  const name = block(c.name, 168 + shift, nameBox, COLORS.ink);
  const ruleY = Math.min(name.bottom, 264 + shift) + 8;
  doc.setDrawColor(COLORS.gold);
  doc.setLineWidth(0.75);
  doc.line(cx - 180, ruleY, cx + 180, ruleY);

  block(c.hasEarned, ruleY + 10, { maxSize: 13, minSize: 8, maxHeight: 18 }, COLORS.muted);
  // The title band ends well above the details, whatever the title's length.
  const title = block(c.title, ruleY + 36, titleBox, COLORS.accent);
  if (c.code.text)
    block(c.code, Math.min(title.bottom, ruleY + 148) + 4, { maxSize: 13, minSize: 8, maxHeight: 18 }, COLORS.muted);

  // Details, bottom left.
  const left = 64;
  const detail = (label: Piece, value: Piece, top: number) => {
    block(label, top, { maxSize: 9, minSize: 7, maxHeight: 12, width: 330, x: left, align: 'left' }, COLORS.muted);
    block(value, top + 12, { maxSize: 12, minSize: 6, maxHeight: 16, width: 330, x: left, align: 'left' }, COLORS.ink);
  };
  detail(c.earnedLabel, c.earned, 452);
  detail(c.expiresLabel, c.expires, 486);
  detail(c.credentialLabel, c.credential, 520);

  // Verification, bottom right: the URL as a link and as a QR code, only for http(s).
  if (c.href) {
    const qrSize = 84;
    const qrX = PAGE.width - 64 - qrSize;
    const qrY = 456;
    drawQr(doc, c.href, qrX, qrY, qrSize);
    block(
      c.scan,
      qrY + qrSize + 4,
      { maxSize: 8, minSize: 6, maxHeight: 11, width: qrSize + 24, x: qrX + qrSize / 2 },
      COLORS.muted,
    );
    const textRight = qrX - 16;
    block(
      c.verifyLabel,
      486,
      { maxSize: 9, minSize: 7, maxHeight: 12, width: 300, x: textRight, align: 'right' },
      COLORS.muted,
    );
    const url = block(
      c.url,
      500,
      { maxSize: 10, minSize: 6, maxHeight: 26, width: 300, x: textRight, align: 'right' },
      COLORS.link,
    );
    const width = Math.max(
      ...url.fitted.lines.map((l) => layout.width(l, { size: url.fitted.size, weight: 'normal' })),
    );
    doc.link(textRight - width, 500, width, url.bottom - 500 + 2, { url: c.href });
  }
}

/** The verification QR code, drawn as vector rectangles. */
function drawQr(doc: JsPdf, text: string, x: number, y: number, size: number): void {
  doc.setFillColor(COLORS.ink);
  for (const r of qrRectangles(text, size)) doc.rect(x + r.x, y + r.y, r.width, r.height, 'F');
}
