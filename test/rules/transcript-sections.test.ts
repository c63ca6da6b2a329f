import { expect } from '@open-wc/testing';
import { transcriptSections } from '../../src/rules/transcript.js';
import { certification } from '../export/fixtures.js';

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
    const { active, expired } = transcriptSections({ certifications, generatedAt: '2025-06-01T18:00:00Z' });
    expect(active.map((c) => c.id)).to.deep.equal(['active', 'no-expiry', 'last-day']);
    expect(expired.map((c) => c.id)).to.deep.equal(['lapsed', 'expired']);
  });
});
