/**
 * Prints how long certificate PDFs take in a 100-certificate batch, in Chromium; asserts nothing.
 * Not a test (no `.test.ts`): run it alone, on a quiet machine, with
 *
 *   npx wtr --files test/export/pdf-batch-timing.bench.ts
 */
import { certificatePdfBytes } from '../../src/export/certificate-pdf.js';
import { buildCertificateZip } from '../../src/export/zip.js';
import type { Certification } from '../../src/model.js';
import { certification, learner, TODAY } from './fixtures.js';

const BATCH = 100;
const ROUNDS = 5;
const TITLES = ['Azure Administrator Associate', 'Security Operations Analyst', 'Data Engineer', 'DevOps Expert'];

const LEARNERS = {
  Latin: 'María José Núñez',
  Cyrillic: 'Дмитрий Шостакович',
  Arabic: 'محمد عبد الله',
};

function batch(): Certification[] {
  return Array.from({ length: BATCH }, (_, i) =>
    certification({ id: `cert-${i}`, title: `${TITLES[i % TITLES.length]} ${i + 1}`, code: `AZ-${100 + i}` }),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('certificate PDF timing (prints, asserts nothing)', function () {
  this.timeout(600_000);

  for (const [script, name] of Object.entries(LEARNERS)) {
    it(`${BATCH} certificates of a ${script} learner`, async () => {
      const certs = batch();
      const person = learner(name);
      // Warm: jsPDF compiled, fonts fetched and parsed, code optimized.
      for (const cert of certs.slice(0, 20)) await certificatePdfBytes(cert, person, { today: TODAY });
      const perPdf: number[] = [];
      const zips: number[] = [];
      let bytes = 0;
      for (let round = 0; round < ROUNDS; round++) {
        let start = performance.now();
        for (const cert of certs) bytes = (await certificatePdfBytes(cert, person, { today: TODAY })).length;
        perPdf.push((performance.now() - start) / BATCH);
        start = performance.now();
        await buildCertificateZip(certs, person, { date: TODAY, sliceMs: 1000 });
        zips.push(performance.now() - start);
      }
      console.log(
        `${script}: ${median(perPdf).toFixed(2)} ms per PDF (median of ${ROUNDS} rounds of ${BATCH}: ` +
          `${perPdf.map((t) => t.toFixed(2)).join(' ')}); ZIP of ${BATCH} ${median(zips).toFixed(0)} ms ` +
          `(${zips.map((t) => t.toFixed(0)).join(' ')}); last PDF ${bytes} bytes`,
      );
    });
  }
});
