import type { Certification, CredentialVerification } from '../model.js';
import { isExpired } from './expiry.js';

/** The page URL's parameter that names the credential to verify (`verify.html?credential=…`). */
export const CREDENTIAL_PARAM = 'credential';

/** The verification page `page` (an absolute URL) for `credentialId`: `…/verify.html?credential=<ID>`. */
export function verificationPageUrl(page: string, credentialId: string): string {
  const url = new URL(page);
  url.searchParams.set(CREDENTIAL_PARAM, credentialId);
  return url.href;
}

/** The longest credential ID a verification looks up; longer ones cannot be one and are `not-found`. */
export const CREDENTIAL_ID_MAX_LENGTH = 200;

/** Whether `value` can be a credential ID: 1 to 200 characters, no control, space or path character. */
export function isCredentialId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= CREDENTIAL_ID_MAX_LENGTH &&
    value !== '.' &&
    value !== '..' &&
    // Letters, digits and the punctuation IDs use; nothing a URL, a path or a terminal treats specially.
    /^[\p{L}\p{N}._~:@-]+$/u.test(value)
  );
}

/**
 * The verification of `credentialId` on `now`: `found` is the certification with that credential ID
 * and its holder's name, or `undefined`. A certification still in progress has no credential yet, so
 * it is not found; a revoked one reads revoked whatever its dates; one past its expiry day, expired.
 * Only what a verifier needs goes out: no e-mail, no address, no internal ID.
 */
export function verificationOf(
  credentialId: string,
  found: { certification: Certification; holderName: string } | undefined,
  now: Date = new Date(),
): CredentialVerification {
  const checkedAt = now.toISOString();
  const cert = found?.certification;
  if (!found || !cert || cert.status === 'in-progress' || !isCredentialId(credentialId))
    return { credentialId, verdict: 'not-found', holderName: null, certification: null, checkedAt };
  const verdict =
    cert.status === 'revoked'
      ? 'revoked'
      : cert.status === 'expired' || isExpired(cert.expiresOn, now)
        ? 'expired'
        : 'valid';
  const { name, url } = cert.issuer;
  return {
    credentialId,
    verdict,
    holderName: found.holderName,
    certification: {
      title: cert.title,
      code: cert.code,
      issuer: { name, url: url ?? null },
      earnedOn: cert.earnedOn,
      expiresOn: cert.expiresOn,
    },
    checkedAt,
  };
}
