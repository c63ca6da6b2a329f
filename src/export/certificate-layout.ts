/**
 * The certificate page as a drawing description: every text run (font, size, position, alignment,
 * direction, colour), line, frame, QR code and link box, in PDF points from the top-left corner of a
 * landscape A4 page. The PDF (`./certificate-pdf.ts`) and the SVG preview draw the same description,
 * so what the preview shows is where the PDF puts it. Pure: no jsPDF, no DOM.
 */
import type { Messages } from '../i18n/en.js';
import { formatDate } from '../i18n/format.js';
import { addEnglish, messagesFor } from '../i18n/messages.js';
import type { Certification, Learner } from '../model.js';
import { parseIsoDate } from '../rules/calendar.js';
import { hasCertificate } from '../rules/certificate.js';
import { certificationStatusOn } from '../rules/expiry.js';
import { safeLinkUrl } from '../rules/safe-url.js';
import type { PdfFontWeight, PdfTextNeed } from './fonts.js';
import { baseDirection, TextFitter, type FittedText } from './pdf-text.js';
import { qrRectangles, type QrRect } from './qr.js';
import { enPdf } from '../i18n/en-pdf.js';

// The certificate's English wording loads with the code that draws it.
addEnglish({ pdf: enPdf });

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

export const CERTIFICATE_PAGE = { width: 841.89, height: 595.28 } as const;
const COLORS = { ink: '#1c2433', muted: '#5b6472', accent: '#1f3a5f', gold: '#b08d57', link: '#1a56b0' };
const CONTENT_WIDTH = 700;

/** One line of text; `y` is its baseline, `x` its left edge, centre or right edge as `align` says. */
export interface TextMark {
  kind: 'text';
  /** What the line is part of: `name`, `title`, `url`, … */
  part: keyof CertificateContent;
  /** The line in logical order, as the fitter gave it (Arabic shaped for a PDF, left to the browser for SVG). */
  text: string;
  x: number;
  y: number;
  size: number;
  weight: PdfFontWeight;
  align: 'left' | 'center' | 'right';
  direction: 'ltr' | 'rtl';
  color: string;
}

/** A stroked rectangle (the frames). */
export interface FrameMark {
  kind: 'frame';
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  lineWidth: number;
}

export interface LineMark {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  lineWidth: number;
}

/** The verification QR code: its dark modules as filled rectangles from its top-left corner at (`x`, `y`). */
export interface QrMark {
  kind: 'qr';
  x: number;
  y: number;
  size: number;
  modules: QrRect[];
  color: string;
}

/** Where the verification URL is written, made a link (its URL passed `safeLinkUrl`). */
export interface LinkMark {
  kind: 'link';
  x: number;
  y: number;
  width: number;
  height: number;
  url: string;
}

export type CertificateMark = TextMark | FrameMark | LineMark | QrMark | LinkMark;

export interface CertificateDrawing {
  width: number;
  height: number;
  /** In drawing order. */
  marks: CertificateMark[];
  /** The verification URL when it is http(s), else `null`: the only URL the page links to. */
  href: string | null;
}

interface Piece {
  text: string;
  weight: PdfFontWeight;
}

/** What the page says, before layout. Throws `CertificateExportError` for a certification without a certificate. */
export function certificateContent(cert: Certification, learner: Learner, options: CertificatePdfOptions = {}) {
  if (!hasCertificate(cert)) {
    throw new CertificateExportError(`Certification ${cert.id} is ${cert.status}; it has no certificate.`);
  }
  const lang = options.lang ?? 'en';
  const m = (options.messages ?? messagesFor(lang)).pdf;
  const piece = (text: string, weight: PdfFontWeight = 'normal'): Piece => ({ text, weight });
  const expires = parseIsoDate(cert.expiresOn);
  const expired = certificationStatusOn(cert, options.today ?? new Date()) === 'expired';
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

export type CertificateContent = Omit<ReturnType<typeof certificateContent>, 'href'>;

/** Every string and weight the page draws, for loading the fonts. */
export function certificateTextNeeds(c: ReturnType<typeof certificateContent>): PdfTextNeed[] {
  return Object.values(c).filter((p): p is Piece => typeof p === 'object' && p !== null && p.text !== '');
}

interface Box {
  /** Whether lines may break between CJK characters (default); a name breaks only at spaces. */
  cjkBreaks?: boolean;
  maxSize: number;
  minSize: number;
  maxHeight: number;
  width?: number;
  x?: number;
  align?: 'left' | 'center' | 'right';
}

/** Lays the page out with `fitter`'s font metrics. */
export function layoutCertificate(c: ReturnType<typeof certificateContent>, fitter: TextFitter): CertificateDrawing {
  const marks: CertificateMark[] = [];
  const cx = CERTIFICATE_PAGE.width / 2;
  const frame = (inset: number, color: string, lineWidth: number) =>
    marks.push({
      kind: 'frame',
      x: inset,
      y: inset,
      width: CERTIFICATE_PAGE.width - 2 * inset,
      height: CERTIFICATE_PAGE.height - 2 * inset,
      color,
      lineWidth,
    });
  frame(20, COLORS.accent, 2);
  frame(28, COLORS.gold, 0.75);

  const block = (part: keyof CertificateContent, top: number, box: Box, color: string) => {
    const piece = c[part];
    const fitted: FittedText = fitter.fit(piece.text, {
      weight: piece.weight,
      maxSize: box.maxSize,
      minSize: box.minSize,
      maxWidth: box.width ?? CONTENT_WIDTH,
      maxHeight: box.maxHeight,
      cjkBreaks: box.cjkBreaks,
    });
    const step = fitted.size * fitted.lineHeight;
    fitted.lines.forEach((line, i) => {
      marks.push({
        kind: 'text',
        part,
        text: line,
        x: box.x ?? cx,
        y: top + fitted.size * 0.95 + i * step,
        size: fitted.size,
        weight: piece.weight,
        align: box.align ?? 'center',
        direction: baseDirection(line),
        color,
      });
    });
    return { fitted, bottom: top + fitted.lines.length * step };
  };

  // The middle block (heading to code) sits centred in the room above the details.
  // A name breaks only at spaces: 王小明 stays whole, shrunk to fit.
  const nameBox: Box = { maxSize: 38, minSize: 12, maxHeight: 96, cjkBreaks: false };
  const titleBox: Box = { maxSize: 24, minSize: 7, maxHeight: 112 };
  const height = (piece: Piece, box: Box) => {
    const f = fitter.fit(piece.text, { weight: piece.weight, maxWidth: CONTENT_WIDTH, ...box });
    return f.lines.length * f.size * f.lineHeight;
  };
  const predictedRule = Math.min(168 + height(c.name, nameBox), 264) + 8;
  const predictedEnd =
    Math.min(predictedRule + 36 + height(c.title, titleBox), predictedRule + 148) + (c.code.text ? 22 : 0);
  const shift = Math.max(0, Math.min(60, (430 - predictedEnd) / 2));

  block('issuer', 52, { maxSize: 15, minSize: 8, maxHeight: 22, width: 600 }, COLORS.accent);
  block('heading', 88 + shift, { maxSize: 30, minSize: 14, maxHeight: 40 }, COLORS.ink);
  block('certifies', 142 + shift, { maxSize: 13, minSize: 8, maxHeight: 18 }, COLORS.muted);

  // The name: as large as fits on one line, else two smaller lines; never past its band.
  const name = block('name', 168 + shift, nameBox, COLORS.ink);
  const ruleY = Math.min(name.bottom, 264 + shift) + 8;
  marks.push({ kind: 'line', x1: cx - 180, y1: ruleY, x2: cx + 180, y2: ruleY, color: COLORS.gold, lineWidth: 0.75 });

  block('hasEarned', ruleY + 10, { maxSize: 13, minSize: 8, maxHeight: 18 }, COLORS.muted);
  // The title band ends well above the details, whatever the title's length.
  const title = block('title', ruleY + 36, titleBox, COLORS.accent);
  if (c.code.text)
    block('code', Math.min(title.bottom, ruleY + 148) + 4, { maxSize: 13, minSize: 8, maxHeight: 18 }, COLORS.muted);

  // Details, bottom left.
  const left = 64;
  const detail = (label: keyof CertificateContent, value: keyof CertificateContent, top: number) => {
    block(label, top, { maxSize: 9, minSize: 7, maxHeight: 12, width: 330, x: left, align: 'left' }, COLORS.muted);
    block(value, top + 12, { maxSize: 12, minSize: 6, maxHeight: 16, width: 330, x: left, align: 'left' }, COLORS.ink);
  };
  detail('earnedLabel', 'earned', 452);
  detail('expiresLabel', 'expires', 486);
  detail('credentialLabel', 'credential', 520);

  // Verification, bottom right: the URL as a link and as a QR code, only for http(s).
  if (c.href) {
    const qrSize = 84;
    const qrX = CERTIFICATE_PAGE.width - 64 - qrSize;
    const qrY = 456;
    marks.push({ kind: 'qr', x: qrX, y: qrY, size: qrSize, modules: qrRectangles(c.href, qrSize), color: COLORS.ink });
    block(
      'scan',
      qrY + qrSize + 4,
      { maxSize: 8, minSize: 6, maxHeight: 11, width: qrSize + 24, x: qrX + qrSize / 2 },
      COLORS.muted,
    );
    const textRight = qrX - 16;
    block(
      'verifyLabel',
      486,
      { maxSize: 9, minSize: 7, maxHeight: 12, width: 300, x: textRight, align: 'right' },
      COLORS.muted,
    );
    const url = block(
      'url',
      500,
      { maxSize: 10, minSize: 6, maxHeight: 26, width: 300, x: textRight, align: 'right' },
      COLORS.link,
    );
    const width = Math.max(
      ...url.fitted.lines.map((l) => fitter.width(l, { size: url.fitted.size, weight: 'normal' })),
    );
    marks.push({ kind: 'link', x: textRight - width, y: 500, width, height: url.bottom - 500 + 2, url: c.href });
  }
  return { ...CERTIFICATE_PAGE, marks, href: c.href };
}

/**
 * The certificate page for a screen: laid out with the same fonts' metrics as the PDF, its text left
 * for the browser to shape. Loads the font files (small WOFF subsets), never jsPDF.
 */
export async function certificateDrawing(
  cert: Certification,
  learner: Learner,
  options: CertificatePdfOptions = {},
): Promise<CertificateDrawing> {
  const content = certificateContent(cert, learner, options);
  return layoutCertificate(content, await TextFitter.load(certificateTextNeeds(content), options.lang));
}
