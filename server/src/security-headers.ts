/**
 * Response headers that hold on every page and API answer. The page policy is the strict CSP the
 * widgets are built for (DESIGN.md): scripts, styles, fonts and workers from this origin only,
 * Trusted Types with Lit's `lit-html` policy, no framing, no base or form tricks.
 */
const COMMON = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
];

/** The dashboard: badge images are inline `data:` URLs, which the badge download also fetches. */
export const PAGE_CSP = [...COMMON, "img-src 'self' data: blob:", "connect-src 'self' data:"].join('; ');

/** The shared-transcript page: nothing from anywhere but this origin. */
export const SHARED_PAGE_CSP = [...COMMON, "img-src 'self' data:", "connect-src 'self'"].join('; ');

/** JSON answers are never rendered as a document. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

export const COMMON_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  // A shared page's URL carries its transcript ID: no Referer may take it elsewhere.
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};
