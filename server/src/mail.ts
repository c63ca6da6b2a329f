/**
 * E-mail behind one small interface, so a partner plugs in their own service. The default writes
 * each message as an `.eml` file (open it in any mail program) so the demo shows what would be
 * sent; with `SMTP_URL` set, nodemailer sends it. Either way nodemailer composes the message, so
 * headers are encoded properly and an address can never smuggle in another header.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Certification, Transcript } from '../../src/model.js';
import { addressLines } from '../../src/rules/address.js';
import { parseIsoDate } from '../../src/rules/calendar.js';
import { isEmailAddress } from '../../src/rules/email-address.js';
import { safeLinkUrl } from '../../src/rules/safe-url.js';
import { transcriptSections } from '../../src/rules/transcript.js';
import { MAIL_MESSAGES, mailLanguageOf, type MailMessages } from './mail-messages.js';

export interface MailMessage {
  from: string;
  to: string;
  /** The learner's own address, so that a reply reaches them rather than the no-reply sender. */
  replyTo?: string;
  subject: string;
  /** The plain-text alternative. */
  text: string;
  html: string;
  headers: { 'Content-Language': string };
}

export interface SentMail {
  messageId: string | null;
  /** The `.eml` file written, for transports that write one. */
  file: string | null;
}

export interface MailTransport {
  /** Recorded with each message in the outbox table. */
  readonly name: string;
  send(message: MailMessage): Promise<SentMail>;
  close?(): void;
}

/** Writes every message to `<dir>/<time>-<random>.eml` instead of sending it. */
export class OutboxFolderTransport implements MailTransport {
  readonly name = 'outbox-folder';
  readonly #dir: string;
  readonly #composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(dir: string) {
    this.#dir = dir;
  }

  async send(message: MailMessage): Promise<SentMail> {
    const info = await this.#composer.sendMail(message);
    await mkdir(this.#dir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = join(this.#dir, `${stamp}-${randomBytes(4).toString('hex')}.eml`);
    await writeFile(file, info.message as Buffer, { flag: 'wx' });
    return { messageId: info.messageId ?? null, file };
  }
}

/** Sends through an SMTP server given as a URL: `smtps://user:password@smtp.example.com:465`. */
export class SmtpTransport implements MailTransport {
  readonly name = 'smtp';
  readonly #transport;

  constructor(url: string) {
    this.#transport = nodemailer.createTransport(url);
  }

  async send(message: MailMessage): Promise<SentMail> {
    const info = await this.#transport.sendMail(message);
    return { messageId: info.messageId ?? null, file: null };
  }

  close(): void {
    this.#transport.close();
  }
}

/** Control and bidi-override characters have no place in a header line. */
function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]+/gu, ' ').trim();
}

/** Text from data, safe inside HTML elements and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface TranscriptEmailOptions {
  to: string;
  from: string;
  /** Canonical BCP 47 tag the learner asked for; `null` for the default, English. */
  lang: string | null;
}

/** What the e-mail says about one certification, before it becomes text or HTML. */
interface CertificationLines {
  heading: string;
  facts: string;
  /** Only a URL `safeLinkUrl` accepts; any other is left off. */
  url: string | null;
}

/** The transcript as an e-mail in the learner's language, HTML with a plain-text alternative. */
export function transcriptEmail(transcript: Transcript, o: TranscriptEmailOptions): MailMessage {
  const language = mailLanguageOf(o.lang);
  const m = MAIL_MESSAGES[language];
  // Dates in the tag asked for (es-MX) when its language is the one written, else in that language.
  const locale = o.lang?.toLowerCase().split('-')[0] === language ? o.lang : language;
  const day = (value: string | null) => formatDay(value, locale);
  const { learner } = transcript;
  const { active, expired } = transcriptSections(transcript, 'UTC');
  const describe = (c: Certification, expiredSection: boolean): CertificationLines => ({
    heading: [c.code ? `${c.title} (${c.code})` : c.title, c.issuer.name].join(', '),
    facts: [
      c.earnedOn && m.earned(day(c.earnedOn)),
      c.expiresOn ? (expiredSection ? m.expired : m.expires)(day(c.expiresOn)) : m.noExpiry,
      c.credentialId && `${m.credentialId}: ${c.credentialId}`,
    ]
      .filter(Boolean)
      .join('; '),
    url: safeLinkUrl(c.verificationUrl),
  });
  const sections = [
    { title: m.certifications, items: active.map((c) => describe(c, false)), empty: m.noCertifications },
    ...(expired.length
      ? [{ title: m.expiredCertifications, items: expired.map((c) => describe(c, true)), empty: '' }]
      : []),
  ];
  const content: EmailContent = {
    m,
    lang: locale,
    subject: m.subject(learner.name),
    generated: m.generated(formatInstant(transcript.generatedAt, locale)),
    name: learner.name,
    email: learner.email,
    address: learner.address ? addressLines(learner.address) : [],
    sections,
    exams: transcript.exams.map((e) => ({ date: day(e.passedOn), code: e.code, title: e.title })),
    footer: m.sentFor(learner.name, o.to),
  };
  return {
    from: o.from,
    to: o.to,
    ...(isEmailAddress(learner.email) ? { replyTo: learner.email.trim() } : {}),
    subject: oneLine(content.subject),
    text: plainText(content),
    html: htmlBody(content),
    headers: { 'Content-Language': locale },
  };
}

interface EmailContent {
  m: MailMessages;
  lang: string;
  subject: string;
  generated: string;
  name: string;
  email: string;
  address: string[];
  sections: Array<{ title: string; items: CertificationLines[]; empty: string }>;
  exams: Array<{ date: string; code: string; title: string }>;
  footer: string;
}

function plainText(c: EmailContent): string {
  const lines = [c.subject, c.generated, '', `${c.name} <${c.email}>`, ...c.address];
  for (const section of c.sections) {
    lines.push('', section.title);
    if (section.items.length === 0) lines.push(`  ${section.empty}`);
    for (const item of section.items) {
      lines.push(`- ${item.heading}`, `  ${item.facts}`);
      if (item.url) lines.push(`  ${c.m.verify} ${item.url}`);
    }
  }
  lines.push('', c.m.exams);
  if (c.exams.length === 0) lines.push(`  ${c.m.noExams}`);
  for (const exam of c.exams) lines.push(`- ${[exam.date, exam.code, exam.title].filter(Boolean).join('  ')}`);
  lines.push('', c.footer);
  return `${lines.join('\n')}\n`;
}

function htmlBody(c: EmailContent): string {
  const e = escapeHtml;
  const sections = c.sections.map((section) => {
    const items = section.items.map((item) => {
      const link = item.url ? `<br>${e(c.m.verify)} <a href="${e(item.url)}">${e(item.url)}</a>` : '';
      return `<li><strong>${e(item.heading)}</strong><br>${e(item.facts)}${link}</li>`;
    });
    const body = items.length ? `<ul>${items.join('')}</ul>` : `<p>${e(section.empty)}</p>`;
    return `<h2>${e(section.title)}</h2>${body}`;
  });
  const examRows = c.exams.map(
    (exam) => `<tr><td>${e(exam.date)}</td><td>${e(exam.code)}</td><td>${e(exam.title)}</td></tr>`,
  );
  const exams = c.exams.length
    ? `<table><thead><tr><th scope="col">${e(c.m.passedOn)}</th><th scope="col">${e(c.m.code)}</th><th scope="col">${e(c.m.exam)}</th></tr></thead><tbody>${examRows.join('')}</tbody></table>`
    : `<p>${e(c.m.noExams)}</p>`;
  const address = c.address.length ? `<br>${c.address.map(e).join('<br>')}` : '';
  return [
    `<!doctype html><html lang="${e(c.lang)}"><head><meta charset="utf-8"><title>${e(c.subject)}</title></head><body>`,
    `<h1>${e(c.subject)}</h1>`,
    `<p>${e(c.generated)}</p>`,
    `<p>${e(c.name)}<br>${e(c.email)}${address}</p>`,
    ...sections,
    `<h2>${e(c.m.exams)}</h2>${exams}`,
    `<p>${e(c.footer)}</p>`,
    '</body></html>',
  ].join('\n');
}

/** A calendar date in words (`30 de noviembre de 2026`); the value itself when it is no date. */
function formatDay(value: string | null, locale: string): string {
  const date = parseIsoDate(value);
  return date ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date) : (value ?? '');
}

/** An instant as date and time in UTC, said so (`30 de noviembre de 2026, 8:27 UTC`). */
function formatInstant(value: string, locale: string): string {
  const date = parseIsoDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(date);
}
