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
import type { Address, Transcript } from '../../src/model.js';

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
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

function addressLines(address: Address): string[] {
  const place = [address.postalCode, address.locality].filter(Boolean).join(' ');
  return [address.street, place, address.region, address.country].filter((part): part is string => Boolean(part));
}

/** The transcript as a plain-text e-mail; the postal address only when the transcript carries it. */
export function transcriptEmail(transcript: Transcript, to: string, from: string): MailMessage {
  const { learner } = transcript;
  const lines = [
    `Academic transcript of ${learner.name}`,
    `Generated ${transcript.generatedAt}`,
    '',
    `${learner.name} <${learner.email}>`,
    ...(learner.address ? addressLines(learner.address) : []),
    '',
    'Certifications',
  ];
  if (transcript.certifications.length === 0) lines.push('  (none yet)');
  for (const c of transcript.certifications) {
    lines.push(`- ${c.title}${c.code ? ` (${c.code})` : ''}, ${c.issuer.name}`);
    const facts = [
      c.earnedOn && `earned ${c.earnedOn}`,
      c.expiresOn && `expires ${c.expiresOn}`,
      c.credentialId && `credential ID ${c.credentialId}`,
    ].filter(Boolean);
    if (facts.length) lines.push(`  ${facts.join('; ')}`);
    if (c.verificationUrl) lines.push(`  Verify: ${c.verificationUrl}`);
  }
  lines.push('', 'Exams passed');
  if (transcript.exams.length === 0) lines.push('  (none yet)');
  for (const exam of transcript.exams)
    lines.push(`- ${exam.passedOn}  ${exam.code ? `${exam.code}  ` : ''}${exam.title}`);
  lines.push('', `${learner.name} asked for this e-mail to be sent to ${to}.`);
  return { from, to, subject: oneLine(`Academic transcript of ${learner.name}`), text: `${lines.join('\n')}\n` };
}
