/**
 * The whole API (element classes, adapters, helpers, types), registering nothing and without the
 * elements' view modules: `cert-elements/classes` adds those, the script-tag build loads them lazily.
 */

export * from './model.js';
export * from './adapter/adapter.js';
export * from './adapter/errors.js';
export { adapterContext } from './adapter/context.js';
export { MemoryAdapter } from './adapter/memory-adapter.js';
export type {
  CertAdapterOperation,
  MemoryAdapterOptions,
  MemoryAdapterState,
  SentTranscriptEmail,
} from './adapter/memory-adapter.js';
export { RestAdapter, parseRetryAfter } from './adapter/rest-adapter.js';
export type { RestAdapterOptions } from './adapter/rest-adapter.js';
export * from './rules/transcript-share.js';
export * from './rules/access-code.js';
export { checkAccessCode } from './adapter/access-code-check.js';
export { passedExams, transcriptSections, type TranscriptSections } from './rules/transcript.js';
export { EXPIRES_SOON_DAYS, daysUntil, isExpired, certificationStatusOn, expiresSoon } from './rules/expiry.js';
export { hasCertificate, remainingExams } from './rules/certificate.js';

export { en, type Messages } from './i18n/en.js';
// Spanish is `cert-elements/locales/es` (src/i18n/locales/es.ts): elements load it when a page is in Spanish.
export {
  registerLocale,
  registeredLocales,
  messagesFor,
  loadLocale,
  isLocaleLoaded,
  directionOf,
  type MessagesSource,
} from './i18n/messages.js';
export { resolveLang, LocaleController } from './internal/locale-controller.js';
export { formatDate } from './i18n/format.js';
export { addressLines } from './rules/address.js';
export { errorMessage } from './internal/error-message.js';

export { safeLinkUrl, safeImageUrl } from './rules/safe-url.js';
export { linkedInAddToProfileUrl, type LinkedInCertification } from './share/linkedin.js';
export {
  SHARE_NETWORKS,
  type ShareNetwork,
  linkedInShareUrl,
  facebookShareUrl,
  xShareUrl,
  emailShareUrl,
} from './share/social.js';
export { embedSnippet, badgeEmbedSnippet } from './share/embed.js';
export {
  OpenBadgeError,
  isOpenBadgeError,
  OPEN_BADGE_ERROR_KINDS,
  type OpenBadgeErrorKind,
} from './share/open-badge-error.js';

export { safeFileName, uniqueZipEntryNames, certificateFileName, zipFileName } from './rules/file-names.js';
export {
  registerPdfFont,
  unregisterPdfFont,
  PdfFontError,
  isPdfFontError,
  type PdfFontRegistration,
} from './export/font-registry.js';
export { setAssetBase, ASSET_BASE_ATTRIBUTE } from './rules/asset-base.js';
export {
  certificatePdf,
  transcriptPdf,
  buildCertificateZip,
  parseOpenBadge,
  readBakedOpenBadge,
  bakeOpenBadge,
  hashAccessCode,
  verifyAccessCode,
} from './lazy.js';

export { BadgeShareEvent, type BadgeShareDetail } from './events/badge-share.js';
export * from './events/cert-events.js';
export * from './events/transcript-events.js';
export { transcriptShareUrl, transcriptIdFromUrl, TRANSCRIPT_ID_PARAM, PAGE_LANG_PARAM } from './rules/share-url.js';
export { isEmailAddress, EMAIL_MAX_LENGTH } from './rules/email-address.js';

export {
  CertDashboard,
  DASHBOARD_SECTIONS,
  parseSections,
  type DashboardSection,
} from './components/cert-dashboard/cert-dashboard.js';
export { CertList } from './components/cert-list/cert-list.js';
export { BadgeShare } from './components/badge-share/badge-share.js';
export {
  TranscriptViewer,
  TRANSCRIPT_VIEWER_MODES,
  type TranscriptViewerMode,
  type TranscriptPdfFile,
} from './components/transcript-viewer/transcript-viewer.js';
export { CertVerify } from './components/cert-verify/cert-verify.js';
