import { expect } from '@open-wc/testing';
import { certificatePdfBytes } from '../../src/export/certificate-pdf.js';
import { transcriptPdfBytes } from '../../src/export/transcript-pdf.js';
import { directionOf, loadLocale, registeredLocales } from '../../src/i18n/messages.js';
import type { Transcript } from '../../src/model.js';
import { certification, learner } from './fixtures.js';
import { readable, readPdf } from './read-pdf.js';

/**
 * The certificate and transcript PDFs in every language the package ships: what pdftotext reads
 * back has that language's wording. Right-to-left text may come back in visual order, so there each
 * word is looked for; elsewhere the whole phrase, line breaks read as spaces.
 */
const builtIn = registeredLocales().filter((tag) => tag !== 'en');
const TODAY = new Date(2025, 5, 1);

const oneLine = (text: string) => readable(text).replace(/\s+/g, ' ');

function expectWording(text: string, phrases: string[], lang: string): void {
  const read = oneLine(text);
  for (const phrase of phrases) {
    if (directionOf(lang) === 'rtl') {
      for (const word of phrase.split(/\s+/)) expect(read, `${lang}: "${word}" of "${phrase}"`).to.include(word);
    } else expect(read, `${lang}: "${phrase}"`).to.include(phrase);
  }
}

const transcript: Transcript = {
  learner: { id: 'l1', name: 'María José Núñez', email: 'maria@example.com', address: null },
  certifications: [
    {
      id: 'c1',
      title: 'Azure Administrator Associate',
      code: 'AZ-104',
      status: 'earned',
      earnedOn: '2025-03-14',
      expiresOn: '2027-03-14',
      credentialId: 'CRED-1',
      verificationUrl: null,
      issuer: { name: 'Contoso Learning' },
      exams: [],
    },
  ],
  exams: [{ code: 'AZ-900', title: 'Azure Fundamentals', passedOn: '2025-02-01' }],
  generatedAt: '2025-06-01T10:00:00Z',
};

describe('PDFs in every shipped language', () => {
  for (const lang of builtIn) {
    it(`${lang}: the certificate says it in ${lang}`, async () => {
      const m = await loadLocale(lang);
      const { text } = await readPdf(await certificatePdfBytes(certification(), learner(), { lang, today: TODAY }));
      expectWording(text, [m.pdf.heading, m.pdf.certifies, m.pdf.hasEarned, m.pdf.credentialId], lang);
    });

    it(`${lang}: the transcript says it in ${lang}`, async () => {
      const m = await loadLocale(lang);
      const { text } = await readPdf(await transcriptPdfBytes(transcript, { lang, includeAddress: false }));
      expectWording(text, [m.transcript.title, m.transcript.certifications, m.transcript.exams], lang);
    });
  }
});
