import type { Certification, Learner } from '../../src/model.js';

export const TODAY = new Date('2025-06-01T00:00:00Z');

export function certification(overrides: Partial<Certification> = {}): Certification {
  return {
    id: 'cert-az104',
    title: 'Azure Administrator Associate',
    code: 'AZ-104',
    status: 'earned',
    earnedOn: '2025-03-14',
    expiresOn: '2026-03-14',
    credentialId: 'CRED-8F2K-19QA',
    verificationUrl: 'https://learn.example.com/verify/CRED-8F2K-19QA',
    issuer: { name: 'Contoso Learning' },
    exams: [{ code: 'AZ-104', title: 'Microsoft Azure Administrator', passedOn: '2025-03-14' }],
    ...overrides,
  };
}

export function learner(name = 'María José Núñez'): Learner {
  return { id: 'learner-1', name, email: 'learner@example.com', address: null };
}

/** Certification titles in every script the built-in fonts cover, and Latin letters no other title draws. */
export const TITLES_IN_EVERY_SCRIPT = [
  'Azure Administrator',
  'Administrador de Łódź',
  'Διαχειριστής Azure',
  'Администратор Azure',
  'مسؤول Azure المعتمد',
  'מנהל Azure',
  'Þór Æsir Ðý',
];
