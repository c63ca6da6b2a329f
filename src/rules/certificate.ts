/** Which certifications have a certificate, and what a multi-exam certification still needs. */
import type { Certification, Exam } from '../model.js';

/** Whether a certificate exists to preview and download: earned, or earned once and now expired. */
export function hasCertificate(cert: Pick<Certification, 'status'>): boolean {
  return cert.status === 'earned' || cert.status === 'expired';
}

/** The exams still to pass, in the order the certification lists them; the certificate follows the last. */
export function remainingExams(cert: Pick<Certification, 'exams'>): Exam[] {
  return cert.exams.filter((exam) => !exam.passedOn);
}
