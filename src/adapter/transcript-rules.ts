import type { Certification, Exam } from '../model.js';

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
