import type { PdfFontError } from '../../export/fonts.js';
import type { Messages } from '../../i18n/en.js';
import { errorMessage } from '../../internal/error-message.js';

/** Duck-typed, so that the font module (and what it imports) stays out of the initial load. */
function asPdfFontError(error: unknown): PdfFontError | null {
  return error instanceof Error && error.name === 'PdfFontError' && 'kind' in error ? (error as PdfFontError) : null;
}

/** Why a PDF could not be made, in the person's language: a font problem, or the code not loading (offline). */
export function pdfFailureReason(error: unknown, messages: Messages): string {
  const font = asPdfFontError(error);
  // A chunk that failed to load (offline) rejects with a TypeError.
  if (!font) return error instanceof TypeError ? messages.errors.network : errorMessage(error, messages);
  const e = messages.pdf.errors;
  switch (font.kind) {
    case 'uncovered-characters':
      return e['uncovered-characters'](font.characters.join(' '));
    case 'load-failed':
      return e['load-failed'];
    default:
      return e['unsupported-font'];
  }
}
