import type { enBadges } from './en-badges.js';
import type { enCertActions } from './en-cert-actions.js';
import type { enCore } from './en-core.js';
import type { enPdf, enPdfErrors } from './en-pdf.js';
import type { enTranscript } from './en-transcript.js';
import type { enVerify } from './en-verify.js';

type Core = typeof enCore;

/** The shape every language's table has; derived from the English parts so that no table can drift from them. */
export interface Messages {
  common: Core['common'];
  errors: Core['errors'];
  status: Core['status'];
  certList: Core['certList'] & typeof enCertActions;
  badges: Core['badges'] & typeof enBadges;
  transcript: Core['transcript'] & typeof enTranscript;
  pdf: typeof enPdf & { errors: typeof enPdfErrors };
  dashboard: Core['dashboard'];
  verify: typeof enVerify;
}

/** Part of the English table: some keys of some sections. */
export type EnglishPart = { [S in keyof Messages]?: Partial<Messages[S]> };
