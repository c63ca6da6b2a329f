import { expect } from '@open-wc/testing';
import type { Learner } from '../../src/model.js';
import { passedExams, transcriptCertifications, transcriptOf, transcriptSections } from '../../src/rules/transcript.js';
import { certification } from '../export/fixtures.js';

const exam = (code: string, passedOn: string | null) => ({ code, title: `Exam ${code}`, passedOn });

describe('rules/transcript', () => {
  describe('transcriptSections', () => {
    it('puts expired certifications apart, and leaves in-progress and revoked ones off', () => {
      const certifications = [
        certification({ id: 'active', expiresOn: '2026-01-01' }),
        certification({ id: 'no-expiry', expiresOn: null }),
        certification({ id: 'last-day', expiresOn: '2025-06-01' }),
        certification({ id: 'lapsed', expiresOn: '2025-05-31' }),
        certification({ id: 'expired', status: 'expired', expiresOn: '2024-01-01' }),
        certification({ id: 'in-progress', status: 'in-progress' }),
        certification({ id: 'revoked', status: 'revoked' }),
      ];
      const { active, expired } = transcriptSections({ certifications, generatedAt: '2025-06-01T18:00:00Z' }, 'UTC');
      expect(active.map((c) => c.id)).to.deep.equal(['active', 'last-day', 'no-expiry']);
      expect(expired.map((c) => c.id)).to.deep.equal(['expired', 'lapsed']);
    });

    it('lists each section newest first, then by title, whatever order the data came in', () => {
      const certifications = [
        certification({ id: 'old', title: 'Old', earnedOn: '2020-01-01', expiresOn: null }),
        certification({ id: 'b', title: 'Beta', earnedOn: '2024-05-01', expiresOn: null }),
        certification({ id: 'a', title: 'Alpha', earnedOn: '2024-05-01', expiresOn: null }),
        certification({
          id: 'x-old',
          title: 'Gone',
          status: 'expired',
          earnedOn: '2019-01-01',
          expiresOn: '2021-01-01',
        }),
        certification({
          id: 'x-new',
          title: 'Lapsed',
          status: 'expired',
          earnedOn: '2022-01-01',
          expiresOn: '2024-01-01',
        }),
      ];
      const { active, expired } = transcriptSections({ certifications, generatedAt: '2025-06-01T18:00:00Z' }, 'UTC');
      expect(active.map((c) => c.id)).to.deep.equal(['a', 'b', 'old']);
      expect(expired.map((c) => c.id)).to.deep.equal(['x-new', 'x-old']);
    });

    it('decides the last day in the reader’s time zone', () => {
      const certifications = [certification({ id: 'last-day', expiresOn: '2025-06-01' })];
      // 02:00 UTC on June 2 is still June 1 in New York, already June 2 in UTC.
      const generatedAt = '2025-06-02T02:00:00Z';
      expect(transcriptSections({ certifications, generatedAt }, 'America/New_York').active).to.have.length(1);
      expect(transcriptSections({ certifications, generatedAt }, 'UTC').expired).to.have.length(1);
    });
  });

  describe('passedExams', () => {
    it('lists each passed exam once, at its first pass, newest first, ties by code', () => {
      const certifications = [
        certification({ exams: [exam('B-2', '2024-05-01'), exam('A-1', '2023-01-10'), exam('C-3', null)] }),
        certification({ exams: [exam('A-1', '2022-12-01'), exam('D-4', '2024-05-01')] }),
      ];
      expect(passedExams(certifications)).to.deep.equal([
        exam('B-2', '2024-05-01'),
        exam('D-4', '2024-05-01'),
        exam('A-1', '2022-12-01'),
      ]);
    });
  });

  describe('transcriptOf', () => {
    const learner: Learner = {
      id: 'l-1',
      name: 'Zoë Ødegaard',
      email: 'zoe@example.org',
      address: { street: 'Calle Mayor 1', locality: 'Madrid', country: 'España' },
    };
    const certifications = [
      certification({ id: 'earned', exams: [exam('E-1', '2024-01-01')] }),
      certification({
        id: 'working',
        status: 'in-progress',
        earnedOn: null,
        exams: [exam('W-1', '2024-06-01'), exam('W-2', null)],
      }),
      certification({ id: 'revoked', status: 'revoked', exams: [] }),
      certification({ id: 'expired', status: 'expired', earnedOn: '2021-02-01', expiresOn: '2023-02-01', exams: [] }),
      certification({ id: 'newer', earnedOn: '2025-05-01', exams: [] }),
    ];

    it('holds the earned and expired certifications newest first, every passed exam and the time it was made', () => {
      const t = transcriptOf(learner, certifications, true, new Date('2025-06-01T12:00:00Z'));
      expect(t.certifications.map((c) => c.id)).to.deep.equal(['newer', 'earned', 'expired']);
      expect(t.exams.map((e) => e.code)).to.deep.equal(['W-1', 'E-1']);
      expect(t.generatedAt).to.equal('2025-06-01T12:00:00.000Z');
      expect(t.learner.address?.locality).to.equal('Madrid');
      expect(transcriptCertifications(certifications).map((c) => c.id)).to.deep.equal(['newer', 'earned', 'expired']);
    });

    it('leaves the address off unless asked, without touching the learner given', () => {
      const t = transcriptOf(learner, certifications, false, new Date('2025-06-01T12:00:00Z'));
      expect(t.learner.address).to.equal(null);
      expect(learner.address?.street).to.equal('Calle Mayor 1');
      t.certifications[0].title = 'changed';
      expect(certifications[0].title).to.equal('Azure Administrator Associate');
    });
  });
});
