/**
 * Which certifications a transcript lists, and where: active ones, and expired ones apart. In-progress
 * and revoked certifications are not on a transcript (their passed exams still are). Shared by the
 * element and the PDF so that both say the same.
 */
import { parseIsoDate } from '../i18n/format.js';
import type { Certification, Transcript } from '../model.js';

export interface TranscriptSections {
  active: Certification[];
  expired: Certification[];
}

/** Splits the certifications by whether they had expired when the transcript was generated. */
export function transcriptSections(transcript: Pick<Transcript, 'certifications' | 'generatedAt'>): TranscriptSections {
  // A certification is valid through its expiry date: expired from the next calendar day (UTC).
  const generated = parseIsoDate(transcript.generatedAt) ?? new Date();
  const today = Date.UTC(generated.getUTCFullYear(), generated.getUTCMonth(), generated.getUTCDate());
  const active: Certification[] = [];
  const expired: Certification[] = [];
  for (const c of transcript.certifications) {
    if (c.status === 'expired') expired.push(c);
    else if (c.status === 'earned') {
      const expires = parseIsoDate(c.expiresOn);
      (expires && expires.getTime() < today ? expired : active).push(c);
    }
  }
  return { active, expired };
}
