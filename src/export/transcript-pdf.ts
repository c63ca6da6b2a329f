/**
 * The transcript PDF: A4 portrait, a header with the learner (the address only when asked for),
 * tables of active and expired certifications (each with its credential ID and verification link
 * under it) and of passed exams that break across pages with their header row repeated, and
 * "Page N of M" with the learner's name on every page. Dates and
 * wording in the person's language; names in any script the PDF fonts cover. jsPDF and the fonts
 * load on the first call, never before.
 */
import type { jsPDF as JsPdf } from '../vendor/jspdf/index.js';
import type { Messages } from '../i18n/en.js';
import { formatDate } from '../i18n/format.js';
import { addressLines } from '../rules/address.js';
import { addEnglish, directionOf, loadLocale, messagesFor } from '../i18n/messages.js';
import type { Certification, Transcript } from '../model.js';
import { safeFileName } from '../rules/file-names.js';
import { safeLinkUrl } from '../rules/safe-url.js';
import type { PdfFontWeight, PdfTextNeed } from './fonts.js';
import { loadJsPdf, pdfInfoString } from './pdf-document.js';
import { PdfTextLayout } from './pdf-text.js';
import { transcriptSections } from '../rules/transcript.js';
import { enPdf } from '../i18n/en-pdf.js';
import { enTranscript } from '../i18n/en-transcript.js';

// The transcript's English wording loads with the code that makes its PDF.
addEnglish({ transcript: enTranscript, pdf: enPdf });

export interface TranscriptPdfOptions {
  /** BCP 47 tag for dates and wording; default `en`. */
  lang?: string;
  /** Wording; default the registered table for `lang`. */
  messages?: Messages;
  /** Print the learner's postal address (when the transcript has one); default false. */
  includeAddress?: boolean;
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, side: 48, bottom: 64 };
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN.side;
const COLORS = {
  ink: '#1c2433',
  muted: '#5b6472',
  accent: '#1f3a5f',
  rule: '#c9ced6',
  band: '#eef1f5',
  link: '#1a56b0',
};
const CELL = { size: 9, lineHeight: 1.3, padX: 5, padY: 4, maxHeight: 160 };
/** The credential line under a certification's row: smaller, a verification URL of at most `maxLines`. */
const DETAIL = { size: 8, lineHeight: 1.3, maxLines: 3, gap: 4 };
const FOOTER_SIZE = 8;

interface Column {
  header: string;
  /** Share of the content width. */
  width: number;
}

/** What goes under a certification's row: its credential ID, and its verification URL when it may be a link. */
interface RowDetail {
  credential: string | null;
  verifyLabel: string;
  /** Only what `safeLinkUrl` lets through: it becomes a link annotation. */
  url: string | null;
}

interface Table {
  heading: string;
  columns: Column[];
  rows: string[][];
  /** Per row, what is printed under it, if anything. */
  details?: Array<RowDetail | null>;
  empty: string;
}

/** What the PDF says, before layout. */
function contentOf(t: Transcript, lang: string, messages: Messages, includeAddress: boolean) {
  const m = messages.transcript;
  const none = messages.common.notAvailable;
  const date = (value: string | null) => formatDate(value, lang, 'medium') || none;
  const { active, expired } = transcriptSections(t);
  const certificationTable = (heading: string, expiryHeader: string, list: typeof active): Table => ({
    heading,
    columns: [
      { header: m.title, width: 0.46 },
      { header: m.code, width: 0.16 },
      { header: m.earned, width: 0.19 },
      { header: expiryHeader, width: 0.19 },
    ],
    rows: list.map((c) => [c.title, c.code, date(c.earnedOn), date(c.expiresOn)]),
    details: list.map((c) => detailOf(c, messages)),
    empty: m.noCertifications,
  });
  const tables: Table[] = [certificationTable(m.certifications, m.expires, active)];
  if (expired.length) tables.push(certificationTable(m.expiredCertifications, m.expiredOn, expired));
  tables.push({
    heading: m.exams,
    columns: [
      { header: m.code, width: 0.18 },
      { header: m.exam, width: 0.6 },
      { header: m.passedOn, width: 0.22 },
    ],
    rows: t.exams.map((e) => [e.code, e.title, date(e.passedOn)]),
    empty: m.noExams,
  });
  const address = includeAddress && t.learner.address ? addressLines(t.learner.address) : [];
  return {
    title: m.pdfTitle,
    generated: m.generatedOn(formatDate(t.generatedAt, lang)),
    name: t.learner.name,
    emailLabel: m.emailLabel,
    email: t.learner.email,
    addressLabel: m.addressLabel,
    address,
    tables,
    pageOf: (page: number, total: number) => m.pageOf(page, total),
  };
}

/** A certification's credential ID and verification link; a URL that is not http(s) is left off. */
function detailOf(c: Certification, messages: Messages): RowDetail | null {
  const url = safeLinkUrl(c.verificationUrl);
  const credential = c.credentialId ? `${messages.pdf.credentialId}: ${c.credentialId}` : null;
  return credential || url ? { credential, verifyLabel: messages.pdf.verify, url } : null;
}

type Content = ReturnType<typeof contentOf>;

/** Every string the PDF draws, with its weight, so that the fonts for all of them load up front. */
function needsOf(c: Content): PdfTextNeed[] {
  const needs: PdfTextNeed[] = [];
  const add = (text: string, weight: PdfFontWeight = 'normal') => {
    if (text) needs.push({ text, weight });
  };
  add(c.title, 'bold');
  add(c.name, 'bold');
  add(c.generated);
  add(c.emailLabel);
  add(c.email);
  if (c.address.length) add(c.addressLabel);
  c.address.forEach((line) => add(line));
  for (const table of c.tables) {
    add(table.heading, 'bold');
    table.columns.forEach((col) => add(col.header, 'bold'));
    table.rows.forEach((row) => row.forEach((cell) => add(cell)));
    for (const detail of table.details ?? []) {
      if (detail?.credential) add(detail.credential);
      if (detail?.url) add(`${detail.verifyLabel} ${detail.url}`);
    }
    add(table.empty);
  }
  add(`${c.pageOf(1, 1)} 0123456789`);
  add(c.name);
  return needs;
}

/** The transcript as PDF bytes. Rejects with `PdfFontError` when a character has no font. */
export async function transcriptPdfBytes(
  transcript: Transcript,
  options: TranscriptPdfOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? 'en';
  const messages = options.messages ?? (await loadLocale(lang));
  const c = contentOf(transcript, lang, messages, options.includeAddress ?? false);
  const { jsPDF } = await loadJsPdf();
  const doc = new jsPDF({ orientation: 'portrait', unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  const layout = await PdfTextLayout.create(jsPDF, doc, needsOf(c), lang);
  new TranscriptPages(doc, layout, directionOf(lang)).draw(c);
  doc.setProperties({
    title: pdfInfoString(messages.transcript.pdfDocumentTitle(c.name)),
    subject: pdfInfoString(c.title),
    author: pdfInfoString(c.name),
    creator: 'cert-elements',
  });
  doc.setLanguage(lang as Parameters<JsPdf['setLanguage']>[0]);
  layout.beforeOutput();
  return new Uint8Array(doc.output('arraybuffer'));
}

/** The transcript as a PDF `Blob`. */
export async function transcriptPdf(transcript: Transcript, options: TranscriptPdfOptions = {}): Promise<Blob> {
  const bytes = await transcriptPdfBytes(transcript, options);
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}

/** `Transcript - María Núñez - 2026-11-28.pdf` (the label in the person's language), made safe. */
export function transcriptFileName(transcript: Transcript, messages: Messages = messagesFor('en')): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(transcript.generatedAt)?.[0] ?? '';
  const parts = [messages.transcript.fileLabel, transcript.learner.name.trim(), day].filter(Boolean);
  return safeFileName(`${parts.join(' - ')}.pdf`, { fallback: 'transcript' });
}

interface RowLayout {
  lines: string[][];
  /** The height of the cells, without the detail under them. */
  cellsHeight: number;
  details: {
    credential: string[];
    label: string;
    /** The label's width and the gap after it, in points. */
    labelWidth: number;
    url: string[];
    href: string | null;
  } | null;
  height: number;
}

/** Draws the content top to bottom, starting a page whenever the next piece does not fit. */
class TranscriptPages {
  private y = MARGIN.top;
  private readonly bottom = PAGE.height - MARGIN.bottom;

  constructor(
    private readonly doc: JsPdf,
    private readonly layout: PdfTextLayout,
    private readonly direction: 'ltr' | 'rtl',
  ) {}

  draw(c: Content): void {
    this.text(c.title, { size: 18, weight: 'bold', color: COLORS.accent, maxHeight: 48 });
    this.text(c.generated, { size: 9, color: COLORS.muted, maxHeight: 24 });
    this.y += 6;
    this.rule(COLORS.accent, 1);
    this.y += 12;
    this.text(c.name, { size: 15, minSize: 10, weight: 'bold', maxHeight: 40, cjkBreaks: false });
    this.y += 2;
    this.labelled(c.emailLabel, [c.email]);
    if (c.address.length) this.labelled(c.addressLabel, c.address);
    for (const table of c.tables) this.table(table);
    this.footers(c);
  }

  /** x of a box `width` wide that starts `offset` from the start edge (right edge in RTL). */
  private x(offset: number, width: number): number {
    return this.direction === 'rtl' ? PAGE.width - MARGIN.side - offset - width : MARGIN.side + offset;
  }

  private get align(): 'left' | 'right' {
    return this.direction === 'rtl' ? 'right' : 'left';
  }

  private line(
    text: string,
    offset: number,
    width: number,
    baseline: number,
    size: number,
    weight: PdfFontWeight,
  ): void {
    const x = this.x(offset, width);
    this.layout.drawLine(text, this.align === 'right' ? x + width : x, baseline, { size, weight, align: this.align });
  }

  private text(
    text: string,
    o: {
      size: number;
      minSize?: number;
      weight?: PdfFontWeight;
      color?: string;
      maxHeight: number;
      offset?: number;
      width?: number;
      /** Whether lines may break between CJK characters: not inside a name. */
      cjkBreaks?: boolean;
    },
  ): void {
    const weight = o.weight ?? 'normal';
    const width = o.width ?? CONTENT_WIDTH;
    const fitted = this.layout.fit(text, {
      weight,
      maxSize: o.size,
      minSize: o.minSize ?? o.size,
      maxWidth: width,
      maxHeight: o.maxHeight,
      cjkBreaks: o.cjkBreaks,
    });
    const step = fitted.size * fitted.lineHeight;
    this.ensureRoom(fitted.lines.length * step);
    this.doc.setTextColor(o.color ?? COLORS.ink);
    for (const l of fitted.lines) {
      this.line(l, o.offset ?? 0, width, this.y + fitted.size * 0.95, fitted.size, weight);
      this.y += step;
    }
  }

  /** A label in the start column and its lines beside it. */
  private labelled(label: string, lines: string[]): void {
    const top = this.y;
    this.text(label, { size: 9, color: COLORS.muted, maxHeight: 24, width: 90 });
    this.y = top;
    for (const l of lines) this.text(l, { size: 10, maxHeight: 40, offset: 96, width: CONTENT_WIDTH - 96 });
    this.y = Math.max(this.y, top + 14) + 2;
  }

  private rule(color: string, width: number): void {
    this.doc.setDrawColor(color);
    this.doc.setLineWidth(width);
    this.doc.line(MARGIN.side, this.y, PAGE.width - MARGIN.side, this.y);
  }

  private ensureRoom(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  private newPage(): void {
    this.doc.addPage('a4', 'portrait');
    this.y = MARGIN.top;
  }

  /** Each cell's lines (wrapped; a cell taller than `CELL.maxHeight` ends in an ellipsis) and the row's height. */
  private rowLayout(cells: string[], columns: Column[], weight: PdfFontWeight, detail?: RowDetail | null): RowLayout {
    const lines = cells.map((cell, i) => {
      const maxWidth = columns[i].width * CONTENT_WIDTH - 2 * CELL.padX;
      const fitted = this.layout.fit(cell, {
        weight,
        maxSize: CELL.size,
        minSize: CELL.size,
        maxWidth,
        maxHeight: CELL.maxHeight,
        lineHeight: CELL.lineHeight,
      });
      return fitted.lines;
    });
    const most = Math.max(1, ...lines.map((l) => l.length));
    const cellsHeight = most * CELL.size * CELL.lineHeight + 2 * CELL.padY;
    const details = detail ? this.detailLayout(detail) : null;
    const detailHeight = details
      ? (details.credential.length + details.url.length) * DETAIL.size * DETAIL.lineHeight
      : 0;
    return { lines, cellsHeight, details, height: cellsHeight + detailHeight };
  }

  /** The credential ID's lines, and the verification URL's lines beside its label (at most `DETAIL.maxLines`). */
  private detailLayout(detail: RowDetail): NonNullable<RowLayout['details']> {
    const style = { size: DETAIL.size, weight: 'normal' as const };
    const width = CONTENT_WIDTH - 2 * CELL.padX;
    const box = { weight: style.weight, maxSize: style.size, minSize: style.size, lineHeight: DETAIL.lineHeight };
    const maxHeight = DETAIL.maxLines * DETAIL.size * DETAIL.lineHeight;
    const credential = detail.credential
      ? this.layout.fit(detail.credential, { ...box, maxWidth: width, maxHeight }).lines
      : [];
    if (!detail.url) return { credential, label: '', labelWidth: 0, url: [], href: null };
    const labelWidth = this.layout.width(detail.verifyLabel, style) + DETAIL.gap;
    const url = this.layout.fit(detail.url, { ...box, maxWidth: width - labelWidth, maxHeight }).lines;
    return { credential, label: detail.verifyLabel, labelWidth, url, href: detail.url };
  }

  private drawRow(row: RowLayout, columns: Column[], weight: PdfFontWeight, band: boolean): void {
    if (band) {
      this.doc.setFillColor(COLORS.band);
      this.doc.rect(MARGIN.side, this.y, CONTENT_WIDTH, row.height, 'F');
    }
    this.doc.setTextColor(COLORS.ink);
    let offset = 0;
    row.lines.forEach((cellLines, i) => {
      const width = columns[i].width * CONTENT_WIDTH;
      cellLines.forEach((l, n) => {
        const baseline = this.y + CELL.padY + CELL.size * 0.95 + n * CELL.size * CELL.lineHeight;
        this.line(l, offset + CELL.padX, width - 2 * CELL.padX, baseline, CELL.size, weight);
      });
      offset += width;
    });
    if (row.details) this.drawDetail(row.details, this.y + row.cellsHeight - CELL.padY);
    this.y += row.height;
    this.rule(COLORS.rule, 0.5);
  }

  /** The credential ID, then "Verify at" and the URL with a link annotation over each of its lines. */
  private drawDetail(detail: NonNullable<RowLayout['details']>, top: number): void {
    const step = DETAIL.size * DETAIL.lineHeight;
    const width = CONTENT_WIDTH - 2 * CELL.padX;
    let baseline = top + DETAIL.size * 0.95;
    this.doc.setTextColor(COLORS.muted);
    for (const l of detail.credential) {
      this.line(l, CELL.padX, width, baseline, DETAIL.size, 'normal');
      baseline += step;
    }
    if (!detail.href) return;
    this.line(detail.label, CELL.padX, detail.labelWidth, baseline, DETAIL.size, 'normal');
    this.doc.setTextColor(COLORS.link);
    const offset = CELL.padX + detail.labelWidth;
    for (const l of detail.url) {
      const lineWidth = this.layout.width(l, { size: DETAIL.size, weight: 'normal' });
      this.line(l, offset, width - detail.labelWidth, baseline, DETAIL.size, 'normal');
      this.doc.link(this.x(offset, lineWidth), baseline - DETAIL.size * 0.95, lineWidth, step, { url: detail.href });
      baseline += step;
    }
  }

  private table(table: Table): void {
    this.y += 14;
    const headingHeight = 12 * 1.25 + 4;
    if (table.rows.length === 0) {
      this.ensureRoom(headingHeight + 16);
      this.text(table.heading, { size: 12, weight: 'bold', color: COLORS.accent, maxHeight: 40 });
      this.text(table.empty, { size: 10, color: COLORS.muted, maxHeight: 40 });
      return;
    }
    const header = this.rowLayout(
      table.columns.map((col) => col.header),
      table.columns,
      'bold',
    );
    const rows = table.rows.map((cells, i) => this.rowLayout(cells, table.columns, 'normal', table.details?.[i]));
    // The heading never stands alone at the foot of a page: it goes with the header and a first row.
    this.ensureRoom(headingHeight + header.height + rows[0].height);
    this.text(table.heading, { size: 12, weight: 'bold', color: COLORS.accent, maxHeight: 40 });
    this.y += 4;
    this.drawRow(header, table.columns, 'bold', true);
    for (const row of rows) {
      if (this.y + row.height > this.bottom) {
        this.newPage();
        this.drawRow(header, table.columns, 'bold', true);
      }
      this.drawRow(row, table.columns, 'normal', false);
    }
  }

  /** The learner's name and "Page N of M" at the foot of every page, once the page count is known. */
  private footers(c: Content): void {
    const total = this.doc.getNumberOfPages();
    const baseline = PAGE.height - MARGIN.bottom / 2;
    const half = CONTENT_WIDTH / 2;
    for (let page = 1; page <= total; page++) {
      this.doc.setPage(page);
      this.doc.setTextColor(COLORS.muted);
      const name = this.layout.fit(c.name, {
        weight: 'normal',
        maxSize: FOOTER_SIZE,
        minSize: FOOTER_SIZE,
        maxWidth: half - 12,
        maxHeight: FOOTER_SIZE * 1.3,
        cjkBreaks: false,
      });
      this.line(name.lines[0] ?? '', 0, half - 12, baseline, FOOTER_SIZE, 'normal');
      const pageOf = c.pageOf(page, total);
      const end = this.direction === 'rtl' ? MARGIN.side : PAGE.width - MARGIN.side;
      this.layout.drawLine(pageOf, end, baseline, {
        size: FOOTER_SIZE,
        weight: 'normal',
        align: this.direction === 'rtl' ? 'left' : 'right',
      });
    }
  }
}
