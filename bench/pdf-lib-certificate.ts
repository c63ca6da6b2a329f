/**
 * The certificate page made with pdf-lib, for comparison only: the same page size, text blocks
 * (same wording, sizes, colours and positions), frames, rule, link annotation and a QR code drawn
 * as filled rectangles from `uqr`, as `src/export/certificate-pdf.ts` draws them.
 *
 * What differs on purpose: standard Helvetica (not embedded, WinAnsi only, so Latin names only),
 * no font loading or glyph checks, no shaping or bidi, and long text shrinks on one line instead
 * of wrapping.
 */
import { PDFDocument, PDFName, PDFString, StandardFonts, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { qrRectangles } from '../src/export/qr.js';
import { en } from '../src/i18n/en.js';
import { formatDate } from '../src/i18n/format.js';
import { parseIsoDate } from '../src/rules/calendar.js';
import type { Certification, Learner } from '../src/model.js';
import { safeLinkUrl } from '../src/rules/safe-url.js';

const W = 841.89;
const H = 595.28;
const CONTENT_WIDTH = 700;
const LINE_HEIGHT = 1.25;

const hex = (h: string): RGB =>
  rgb(parseInt(h.slice(1, 3), 16) / 255, parseInt(h.slice(3, 5), 16) / 255, parseInt(h.slice(5, 7), 16) / 255);
const COLORS = {
  ink: hex('#1c2433'),
  muted: hex('#5b6472'),
  accent: hex('#1f3a5f'),
  gold: hex('#b08d57'),
  link: hex('#1a56b0'),
};

interface Box {
  maxSize: number;
  minSize: number;
  width?: number;
  x?: number;
  align?: 'left' | 'center' | 'right';
}

/** The largest size from `maxSize` down to `minSize` (half-point steps) at which `text` fits `width`. */
function fitSize(text: string, font: PDFFont, box: Box): number {
  const width = box.width ?? CONTENT_WIDTH;
  let size = box.maxSize;
  while (size > box.minSize && font.widthOfTextAtSize(text, size) > width) size -= 0.5;
  return size;
}

export async function pdfLibCertificate(
  cert: Certification,
  learner: Learner,
  today = new Date(),
): Promise<Uint8Array> {
  const m = en.pdf;
  const lang = 'en';
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page: PDFPage = doc.addPage([W, H]);
  const cx = W / 2;

  const expires = parseIsoDate(cert.expiresOn);
  const expired = cert.status === 'expired' || (expires !== null && expires.getTime() < today.getTime());
  const url = safeLinkUrl(cert.verificationUrl);

  page.drawRectangle({ x: 20, y: 20, width: W - 40, height: H - 40, borderColor: COLORS.accent, borderWidth: 2 });
  page.drawRectangle({ x: 28, y: 28, width: W - 56, height: H - 56, borderColor: COLORS.gold, borderWidth: 0.75 });

  /** Draws `text` with its top at `top` (measured from the top of the page, as in ours); returns its bottom and size. */
  const block = (text: string, font: PDFFont, top: number, box: Box, color: RGB) => {
    const size = fitSize(text, font, box);
    const width = font.widthOfTextAtSize(text, size);
    const anchor = box.x ?? cx;
    const x = box.align === 'left' ? anchor : box.align === 'right' ? anchor - width : anchor - width / 2;
    page.drawText(text, { x, y: H - (top + size * 0.95), size, font, color });
    return { size, width, bottom: top + size * LINE_HEIGHT };
  };

  const nameBox = { maxSize: 38, minSize: 12 };
  const titleBox = { maxSize: 24, minSize: 7 };
  const predictedRule = Math.min(168 + fitSize(learner.name, bold, nameBox) * LINE_HEIGHT, 264) + 8;
  const predictedEnd = predictedRule + 36 + fitSize(cert.title, bold, titleBox) * LINE_HEIGHT + (cert.code ? 22 : 0);
  const shift = Math.max(0, Math.min(60, (430 - predictedEnd) / 2));

  block(cert.issuer.name, bold, 52, { maxSize: 15, minSize: 8, width: 600 }, COLORS.accent);
  block(m.heading, regular, 88 + shift, { maxSize: 30, minSize: 14 }, COLORS.ink);
  block(m.certifies, regular, 142 + shift, { maxSize: 13, minSize: 8 }, COLORS.muted);
  const name = block(learner.name, bold, 168 + shift, nameBox, COLORS.ink);
  const ruleY = Math.min(name.bottom, 264 + shift) + 8;
  page.drawLine({
    start: { x: cx - 180, y: H - ruleY },
    end: { x: cx + 180, y: H - ruleY },
    thickness: 0.75,
    color: COLORS.gold,
  });
  block(m.hasEarned, regular, ruleY + 10, { maxSize: 13, minSize: 8 }, COLORS.muted);
  const title = block(cert.title, bold, ruleY + 36, titleBox, COLORS.accent);
  if (cert.code)
    block(cert.code, regular, Math.min(title.bottom, ruleY + 148) + 4, { maxSize: 13, minSize: 8 }, COLORS.muted);

  const detail = (label: string, value: string, top: number) => {
    block(label, regular, top, { maxSize: 9, minSize: 7, width: 330, x: 64, align: 'left' }, COLORS.muted);
    block(value, regular, top + 12, { maxSize: 12, minSize: 6, width: 330, x: 64, align: 'left' }, COLORS.ink);
  };
  detail(m.earnedOn, formatDate(cert.earnedOn, lang) || '—', 452);
  detail(expires && expired ? m.expiredOn : m.expiresOn, expires ? formatDate(cert.expiresOn, lang) : m.noExpiry, 486);
  detail(m.credentialId, cert.credentialId ?? '—', 520);

  if (url) {
    const qrSize = 84;
    const qrX = W - 64 - qrSize;
    const qrY = 456;
    // The same rectangles as ours; pdf-lib's y axis points up.
    for (const q of qrRectangles(url, qrSize)) {
      page.drawRectangle({
        x: qrX + q.x,
        y: H - (qrY + q.y + q.height),
        width: q.width,
        height: q.height,
        color: COLORS.ink,
      });
    }
    block(
      m.scanToVerify,
      regular,
      qrY + qrSize + 4,
      { maxSize: 8, minSize: 6, width: qrSize + 24, x: qrX + qrSize / 2 },
      COLORS.muted,
    );
    const textRight = qrX - 16;
    block(m.verify, regular, 486, { maxSize: 9, minSize: 7, width: 300, x: textRight, align: 'right' }, COLORS.muted);
    const link = block(
      url,
      regular,
      500,
      { maxSize: 10, minSize: 6, width: 300, x: textRight, align: 'right' },
      COLORS.link,
    );
    const annotation = doc.context.register(
      doc.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [textRight - link.width, H - (link.bottom + 2), textRight, H - 500],
        Border: [0, 0, 0],
        A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
      }),
    );
    page.node.set(PDFName.of('Annots'), doc.context.obj([annotation]));
  }

  doc.setTitle(m.documentTitle(cert.title, learner.name));
  doc.setSubject(cert.title);
  doc.setAuthor(cert.issuer.name);
  doc.setKeywords([cert.code, cert.credentialId].filter((k): k is string => Boolean(k)));
  doc.setCreator('cert-elements bench (pdf-lib)');
  doc.setLanguage(lang);
  return doc.save();
}
