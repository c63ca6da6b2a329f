/**
 * Benchmark data: a learner with a Latin name and as many certifications as a figure needs, with
 * titles, codes and credential IDs that differ (so file names and PDFs differ) and dates relative
 * to today (so some expire within 90 days, as real lists do). Text stays within WinAnsi, so the
 * pdf-lib page can draw it with the standard Helvetica.
 */
import type { Certification, CertificationStatus, Issuer, Learner } from '../src/model.js';

export const LEARNER: Learner = {
  id: 'bench-learner',
  name: 'María José Núñez-Ortega',
  email: 'maria.jose@example.com',
  address: null,
};

const ISSUERS: Issuer[] = [
  { name: 'Northwind Cloud Academy', url: 'https://academy.northwind.example.org' },
  { name: 'Contoso Security Institute', url: 'https://security.contoso.example.com' },
  { name: 'Fabrikam Architecture Guild', url: 'https://guild.fabrikam.example.org' },
  { name: 'Instituto Ibérico de Tecnología', url: 'https://iit.example.org' },
];
const TOPICS = [
  'Cloud Administrator',
  'Security Engineer',
  'Data Analyst',
  'Network Architect',
  'DevOps Engineer',
  'AI Engineer',
  'Database Administrator',
  'Solutions Architect',
];
const LEVELS = ['Associate', 'Expert', 'Fundamentals', 'Specialty'];
/** The mix of a long list: mostly earned, some expired, some in progress, the odd revoked one. */
const MIXED: CertificationStatus[] = [
  'earned',
  'earned',
  'expired',
  'in-progress',
  'earned',
  'earned',
  'expired',
  'earned',
  'in-progress',
  'revoked',
];

const DAY = 86_400_000;
const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
const day = (offset: number) => new Date(today + offset * DAY).toISOString().slice(0, 10);

/**
 * `n` certifications. `withCertificates`: every one is earned or expired (what a download of `n`
 * needs); else the mixed statuses of a real list.
 */
export function certifications(n: number, { withCertificates = false } = {}): Certification[] {
  return Array.from({ length: n }, (_, i) => {
    const status: CertificationStatus = withCertificates
      ? i % 5 === 4
        ? 'expired'
        : 'earned'
      : MIXED[i % MIXED.length];
    const issued = status === 'earned' || status === 'expired' || status === 'revoked';
    const topic = TOPICS[i % TOPICS.length];
    const level = LEVELS[Math.floor(i / TOPICS.length) % LEVELS.length];
    const code = `${topic.replace(/[^A-Z]/g, '')}-${String(100 + i).padStart(4, '0')}`;
    const credentialId = issued ? `CRED-${(0x5a17 * (i + 1)).toString(36).toUpperCase().padStart(6, '0')}-${i}` : null;
    // Earned ones expire between 20 days and 2 years from now (a few within 90 days); expired ones
    // expired up to 200 days ago, two years after they were earned.
    const expiresIn = status === 'expired' ? -((i * 13) % 200) - 1 : 20 + ((i * 53) % 700);
    const earnedAgo = status === 'expired' ? 730 - expiresIn : 30 + ((i * 37) % 900);
    return {
      id: `bench-cert-${i}`,
      title: `${ISSUERS[i % ISSUERS.length].name.split(' ')[0]} Certified ${topic} – ${level} (${i + 1})`,
      code,
      status,
      earnedOn: issued ? day(-earnedAgo) : null,
      expiresOn: issued ? day(expiresIn) : null,
      credentialId,
      verificationUrl: credentialId ? `https://verify.example.org/credentials/${credentialId}` : null,
      renewalUrl: status === 'earned' ? `https://learn.example.org/renew/${code}` : null,
      issuer: ISSUERS[i % ISSUERS.length],
      exams:
        status === 'in-progress'
          ? [
              { code: `${code}-A`, title: `${topic} Part 1`, passedOn: day(-60) },
              { code: `${code}-B`, title: `${topic} Part 2`, passedOn: null },
            ]
          : [{ code, title: `${topic} Exam`, passedOn: issued ? day(-earnedAgo) : null }],
    };
  });
}

/** Milliseconds since `start`. */
export const since = (start: number) => performance.now() - start;

/** Resolves in the next animation frame's callbacks (before that frame's style, layout and paint). */
export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves in a task after the next frame (so after its style, layout and paint). */
export const afterNextPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    }),
  );
