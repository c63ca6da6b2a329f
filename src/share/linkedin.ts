import { parseIsoDate } from '../rules/calendar.js';
import { safeLinkUrl } from '../rules/safe-url.js';

/** What LinkedIn's "Add to profile" form needs; a badge and a certification both map onto it. */
export interface LinkedInCertification {
  /** Name of the certification or badge. */
  name: string;
  /** Issuing organization, used when it has no numeric LinkedIn ID. */
  organizationName: string;
  /** Numeric LinkedIn organization ID; anything not all digits is ignored. */
  organizationId?: string | null;
  /** ISO date (or date-time) it was issued. */
  issuedOn?: string | null;
  /** ISO date (or date-time) it expires; `null` when it does not. */
  expiresOn?: string | null;
  /** Where anyone can verify it; dropped unless http(s). */
  certUrl?: string | null;
  /** Credential ID as the issuer knows it. */
  certId?: string | null;
}

const ADD_TO_PROFILE = 'https://www.linkedin.com/profile/add';

/**
 * LinkedIn's "Add license or certification" URL, prefilled. Every value is percent-encoded; an
 * empty or unusable value leaves its parameter out. Months are 1 to 12, in UTC.
 */
export function linkedInAddToProfileUrl(cert: LinkedInCertification): string {
  const params: [string, string | null | undefined][] = [
    ['startTask', 'CERTIFICATION_NAME'],
    ['name', cert.name.trim()],
  ];
  const organizationId = cert.organizationId?.trim();
  if (organizationId && /^\d+$/.test(organizationId)) params.push(['organizationId', organizationId]);
  else params.push(['organizationName', cert.organizationName.trim()]);
  const issued = parseIsoDate(cert.issuedOn);
  if (issued)
    params.push(['issueYear', String(issued.getUTCFullYear())], ['issueMonth', String(issued.getUTCMonth() + 1)]);
  const expires = parseIsoDate(cert.expiresOn);
  if (expires) {
    params.push(
      ['expirationYear', String(expires.getUTCFullYear())],
      ['expirationMonth', String(expires.getUTCMonth() + 1)],
    );
  }
  params.push(['certUrl', safeLinkUrl(cert.certUrl)], ['certId', cert.certId?.trim()]);
  return `${ADD_TO_PROFILE}?${encodeParams(params)}`;
}

/** `a=1&b=2` with `encodeURIComponent` (spaces as `%20`, which `mailto:` needs too); empty values left out. */
export function encodeParams(params: readonly (readonly [string, string | null | undefined])[]): string {
  return params
    .filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}
