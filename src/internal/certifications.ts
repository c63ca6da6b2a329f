import type { Certification } from '../model.js';
import { hasCertificate } from '../rules/certificate.js';

export const CERTIFICATION_SORT_ORDERS = ['newest', 'oldest', 'title'] as const;
export type CertificationSortOrder = (typeof CERTIFICATION_SORT_ORDERS)[number];

/** The IDs of the certifications that have a certificate: what can be selected, previewed and downloaded. */
export function certificateIds(certs: readonly Certification[]): string[] {
  return certs.filter(hasCertificate).map((c) => c.id);
}

/** The selected IDs that still have a certificate in `certs`: `selected` itself when that is all of them. */
export function keepSelectable(selected: ReadonlySet<string>, certs: readonly Certification[]): ReadonlySet<string> {
  const selectable = new Set(certificateIds(certs));
  return [...selected].every((id) => selectable.has(id))
    ? selected
    : new Set([...selected].filter((id) => selectable.has(id)));
}

/** Folds case and accents, so `maria` finds `María` and `az-104` finds `AZ-104`. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The certifications whose title, code or credential ID contains every word of `query`. */
export function searchCertifications(certs: readonly Certification[], query: string): Certification[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...certs];
  return certs.filter((cert) => {
    const haystack = fold(`${cert.title} ${cert.code} ${cert.credentialId ?? ''}`);
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * Sorted copies: `newest` / `oldest` by earned date (certifications not earned yet first, as they
 * are what the learner works on), `title` alphabetically in the person's language.
 */
export function sortCertifications(
  certs: readonly Certification[],
  order: CertificationSortOrder,
  lang: string,
): Certification[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const byTitle = (a: Certification, b: Certification) => collator.compare(a.title, b.title);
  if (order === 'title') return [...certs].sort(byTitle);
  const sign = order === 'newest' ? -1 : 1;
  return [...certs].sort((a, b) => {
    if (!a.earnedOn || !b.earnedOn) return (a.earnedOn ? 1 : 0) - (b.earnedOn ? 1 : 0) || byTitle(a, b);
    return sign * a.earnedOn.localeCompare(b.earnedOn) || byTitle(a, b);
  });
}
