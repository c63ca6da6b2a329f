import { enBadges } from './en-badges.js';
import { enCertActions } from './en-cert-actions.js';
import { enPdf, enPdfErrors } from './en-pdf.js';
import { enTranscript } from './en-transcript.js';
import { enVerify } from './en-verify.js';
import { addEnglish, builtInEnglish } from './messages.js';
import type { Messages } from './messages-type.js';

export type { Messages } from './messages-type.js';

addEnglish({
  certList: enCertActions,
  badges: enBadges,
  transcript: enTranscript,
  pdf: { ...enPdf, errors: enPdfErrors },
  verify: enVerify,
});

/**
 * English messages: the reference table. Every other language is typed against `Messages`, so a
 * missing key fails the type check. Functions take the values a sentence needs (counts, names).
 * Its strings live in parts (`en-core.ts` and the rest), each loaded with the code that shows it,
 * so a page loads only the English its elements show; importing this module completes the table.
 */
export const en: Messages = builtInEnglish;
