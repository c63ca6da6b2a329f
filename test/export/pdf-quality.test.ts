/**
 * Every PDF the library makes passes `qpdf --check` (issue 11, item 7): certificates in the six
 * scripts the fonts cover, in English and Spanish, and the transcript with and without the address;
 * and pdftotext reads back the learner's name as written.
 */
import { expect } from '@open-wc/testing';
import { certificatePdfBytes } from '../../src/export/certificate-pdf.js';
import { transcriptPdfBytes } from '../../src/export/transcript-pdf.js';
import { transcriptOf } from '../../src/rules/transcript.js';
import { certification, learner, TODAY } from './fixtures.js';
import { checkPdf, readPdf, readable } from './read-pdf.js';

const NAMES = {
  Latin: 'María José Núñez-Ortega',
  'Latin Extended': 'Łukasz Żółkiewski',
  Greek: 'Γιώργος Παπαδόπουλος',
  Cyrillic: 'Дмитрий Шостакович',
  Hebrew: 'דוד לוי',
  Arabic: 'محمد عبد الله',
};

describe('qpdf --check passes on every PDF', function () {
  this.timeout(60_000);

  for (const [script, name] of Object.entries(NAMES))
    for (const lang of ['en', 'es'])
      it(`a certificate for ${script} (${name}), ${lang}`, async () => {
        const bytes = await certificatePdfBytes(certification(), learner(name), { today: TODAY, lang });
        const check = await checkPdf(bytes);
        expect(check.ok, check.report).to.equal(true);
        if (script !== 'Hebrew' && script !== 'Arabic') expect(readable((await readPdf(bytes)).text)).to.include(name);
      });

  for (const includeAddress of [false, true])
    it(`the transcript, ${includeAddress ? 'with' : 'without'} the address`, async () => {
      const l = {
        ...learner(),
        address: { street: 'Calle de Alcalá 48', locality: 'Madrid', postalCode: '28014', country: 'Spain' },
      };
      const transcript = transcriptOf(l, [certification(), certification({ id: 'c2', title: 'Другой' })], true, TODAY);
      const bytes = await transcriptPdfBytes(transcript, { includeAddress, lang: 'es' });
      const check = await checkPdf(bytes);
      expect(check.ok, check.report).to.equal(true);
    });
});
