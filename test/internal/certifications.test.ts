import { expect } from '@open-wc/testing';
import { searchCertifications, sortCertifications } from '../../src/internal/certifications.js';
import type { Certification } from '../../src/model.js';
import { certification } from '../export/fixtures.js';

const titles = (certs: Certification[]) => certs.map((c) => c.title);

describe('searchCertifications', () => {
  const certs = [
    certification({ id: 'a', title: 'Programa María Montessori', code: 'PM-1', credentialId: 'CRED-A' }),
    certification({ id: 'b', title: 'maria basics', code: 'MB-2', credentialId: 'CRED-B' }),
    certification({ id: 'c', title: 'Azure Administrator Associate', code: 'AZ-104', credentialId: 'CRED-C' }),
  ];

  it('finds an accented title with a query typed without accents', () => {
    expect(titles(searchCertifications(certs, 'maria'))).to.deep.equal(['Programa María Montessori', 'maria basics']);
  });

  it('finds an unaccented title with an accented, upper-case query', () => {
    expect(titles(searchCertifications(certs, 'MARÍA'))).to.deep.equal(['Programa María Montessori', 'maria basics']);
  });

  it('needs every word, in the title, code or credential ID', () => {
    expect(titles(searchCertifications(certs, 'maría pm-1'))).to.deep.equal(['Programa María Montessori']);
    expect(titles(searchCertifications(certs, 'cred-c'))).to.deep.equal(['Azure Administrator Associate']);
    expect(titles(searchCertifications(certs, 'maria az-104'))).to.deep.equal([]);
  });
});

describe('sortCertifications', () => {
  // Earned dates out of order, and one certification still in progress (no date).
  const certs = [
    certification({ id: '2024', title: 'Security Operations', earnedOn: '2024-05-01' }),
    certification({ id: '2025', title: 'Azure Administrator', earnedOn: '2025-03-14' }),
    certification({ id: 'wip', title: 'Data Engineer', status: 'in-progress', earnedOn: null }),
    certification({ id: '2023', title: 'Network Fundamentals', earnedOn: '2023-01-20' }),
    certification({ id: '2024b', title: 'Accessibility Specialist', earnedOn: '2024-05-01' }),
  ];

  it('newest: the one in progress first, then the latest earned; a tie by title', () => {
    expect(titles(sortCertifications(certs, 'newest', 'en'))).to.deep.equal([
      'Data Engineer',
      'Azure Administrator',
      'Accessibility Specialist',
      'Security Operations',
      'Network Fundamentals',
    ]);
  });

  it('oldest: the one in progress first, then the earliest earned; a tie by title', () => {
    expect(titles(sortCertifications(certs, 'oldest', 'en'))).to.deep.equal([
      'Data Engineer',
      'Network Fundamentals',
      'Accessibility Specialist',
      'Security Operations',
      'Azure Administrator',
    ]);
  });

  it('title: alphabetically, and leaves its input as it was', () => {
    const before = titles(certs);
    expect(titles(sortCertifications(certs, 'title', 'en'))).to.deep.equal([
      'Accessibility Specialist',
      'Azure Administrator',
      'Data Engineer',
      'Network Fundamentals',
      'Security Operations',
    ]);
    expect(titles(certs)).to.deep.equal(before);
  });
});
