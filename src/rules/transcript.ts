/**
 * What a transcript holds, and in what order, for every backend and every view of it: the
 * learner's earned and expired certifications (and their passed exams), newest first, split at view
 * time into active and expired. In-progress and revoked certifications are not on a transcript;
 * their passed exams are.
 */
import type { Certification, Exam, Learner, Transcript } from '../model.js';
import { parseIsoDate } from './calendar.js';
import { isExpired } from './expiry.js';

/** Which of a learner's certifications a transcript lists: earned and expired ones, newest first. */
export function transcriptCertifications(certifications: readonly Certification[]): Certification[] {
  return certifications.filter((c) => c.status === 'earned' || c.status === 'expired').sort(newestFirst);
}

/**
 * The one order of every certification list on a transcript: latest `earnedOn` first (none last),
 * then by title, then by ID, so every backend and every view lists them alike.
 */
export function newestFirst(a: Certification, b: Certification): number {
  return (
    (b.earnedOn ?? '').localeCompare(a.earnedOn ?? '') ||
    a.title.localeCompare(b.title, 'en') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Every exam passed in `certifications`, once per exam code (its first pass), newest first. */
export function passedExams(certifications: readonly Certification[]): Exam[] {
  const byCode = new Map<string, Exam>();
  for (const certification of certifications) {
    for (const exam of certification.exams) {
      if (exam.passedOn === null) continue;
      const known = byCode.get(exam.code);
      if (!known || exam.passedOn < (known.passedOn ?? '')) byCode.set(exam.code, { ...exam });
    }
  }
  return [...byCode.values()].sort(
    (a, b) => (b.passedOn ?? '').localeCompare(a.passedOn ?? '') || a.code.localeCompare(b.code),
  );
}

/** A learner's transcript as the contract describes it; the address only when `includeAddress`. */
export function transcriptOf(
  learner: Learner,
  certifications: readonly Certification[],
  includeAddress: boolean,
  generatedAt: Date,
): Transcript {
  return structuredClone({
    learner: includeAddress ? learner : { ...learner, address: null },
    certifications: transcriptCertifications(certifications),
    exams: passedExams(certifications),
    generatedAt: generatedAt.toISOString(),
  });
}

export interface TranscriptSections {
  active: Certification[];
  expired: Certification[];
}

/**
 * Splits a transcript's certifications by whether they had expired when it was generated
 * (`rules/expiry.ts`), each list newest first.
 */
export function transcriptSections(
  transcript: Pick<Transcript, 'certifications' | 'generatedAt'>,
  timeZone?: string,
): TranscriptSections {
  const generated = parseIsoDate(transcript.generatedAt) ?? new Date();
  const active: Certification[] = [];
  const expired: Certification[] = [];
  for (const c of transcript.certifications) {
    if (c.status === 'expired') expired.push(c);
    else if (c.status === 'earned') (isExpired(c.expiresOn, generated, timeZone) ? expired : active).push(c);
  }
  return { active: active.sort(newestFirst), expired: expired.sort(newestFirst) };
}
