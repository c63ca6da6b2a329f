import { isPdfFontError } from '../export/font-registry.js';
import type { Messages } from '../i18n/en.js';
import { errorMessage } from './error-message.js';
import { addEnglish } from '../i18n/messages.js';
import { enPdfErrors } from '../i18n/en-pdf.js';

// The English for a failed PDF, with the code that says it.
addEnglish({ pdf: { errors: enPdfErrors } });

/**
 * Why a PDF could not be made, in the person's language: a font problem, a certification without
 * a certificate, the PDF code not loading (offline), or an adapter failure. `null` for anything
 * else, so each element can say it in its own words.
 */
export function pdfFailureMessage(error: unknown, messages: Messages): string | null {
  const e = messages.pdf.errors;
  if (isPdfFontError(error)) {
    const entry = e[error.kind];
    return typeof entry === 'function' ? entry(error.characters.join(' ')) : entry;
  }
  if (error instanceof Error && error.name === 'CertificateExportError') return e['not-issued'];
  // A chunk that failed to load (offline) rejects with a TypeError.
  if (error instanceof TypeError) return messages.errors.network;
  return null;
}

/** As `pdfFailureMessage`, with the message for the adapter error kind (else the generic one) for anything else. */
export function pdfFailureReason(error: unknown, messages: Messages): string {
  return pdfFailureMessage(error, messages) ?? errorMessage(error, messages);
}
