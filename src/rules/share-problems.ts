/**
 * The refusals of a share operation that a client words itself, shared by the adapters and the
 * reference server. Apart from `transcript-share.ts`, whose rules the package exports, so that the
 * script-tag build does not carry these server-side texts.
 */

/** The answer for any view of a suspended share, right code or not. */
export const SHARE_SUSPENDED =
  'This transcript share is suspended after many failed attempts to open it; the person who shared it can resume it.';

/** The problem `type` (RFC 9457) of a view refused because the share is suspended (403). */
export const SHARE_SUSPENDED_PROBLEM_TYPE = 'urn:cert-elements:problem:share-suspended';
/** The problem `type` of an access code refused for being one of the most common passwords (422). */
export const COMMON_ACCESS_CODE_PROBLEM_TYPE = 'urn:cert-elements:problem:common-access-code';
