/**
 * The rules of e-mailing a transcript that the adapters and the server share: the e-mail's
 * language as a well-formed BCP 47 tag, and the minute in which an identical request is refused
 * (a second click is not a second e-mail).
 */

/** After an e-mail is sent, an identical request (same learner, recipient, address choice and language) waits this long. */
export const TRANSCRIPT_EMAIL_REPEAT_MS = 60_000;

/** The longest language tag accepted; real tags such as `es-419` or `zh-Hant-TW` are far shorter. */
export const LANGUAGE_TAG_MAX_LENGTH = 35;

/** How a backend words its refusal of an ill-formed `lang` (for developers; the dialog always sends a good one). */
export const LANGUAGE_TAG_PROBLEM = 'lang must be a BCP 47 language tag such as es or en-GB.';

/** The canonical form of a BCP 47 language tag (`es-mx` gives `es-MX`); `null` for anything else. */
export function canonicalLanguageTag(value: unknown): string | null {
  if (typeof value !== 'string' || !value || value.length > LANGUAGE_TAG_MAX_LENGTH) return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

/** Seconds to wait before an e-mail identical to one sent at `sentAtMs` may go; 0 when it may go now. */
export function repeatWaitSeconds(sentAtMs: number, nowMs: number): number {
  const left = sentAtMs + TRANSCRIPT_EMAIL_REPEAT_MS - nowMs;
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

/** The same request as far as the repeat rule goes: recipients compared without case. */
export function sameTranscriptEmail(
  a: { to: string; includeAddress: boolean; lang: string | null },
  b: { to: string; includeAddress: boolean; lang: string | null },
): boolean {
  return a.to.toLowerCase() === b.to.toLowerCase() && a.includeAddress === b.includeAddress && a.lang === b.lang;
}
