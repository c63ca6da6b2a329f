/**
 * Prints how long certificate PDFs take in a 100-certificate batch, in Chromium; asserts nothing.
 * Not a test (no `.test.ts`): run it alone, on a quiet machine, with
 *
 *   npx wtr --files test/export/pdf-batch-timing.bench.ts
 *
 * With a copy of another commit's `src/` in `tmp-baseline/src` (`mkdir -p tmp-baseline && git
 * archive <commit> src | tar -x -C tmp-baseline`), it times that copy too, in the same page, round
 * by round in alternating order, so that the machine's load falls on both alike.
 */
import { buildCertificateZip } from '../../src/export/zip.js';
import type { Certification, Learner } from '../../src/model.js';
import { certification, learner, TODAY } from './fixtures.js';

const BATCH = 100;
const ROUNDS = 7;
const TITLES = ['Azure Administrator Associate', 'Security Operations Analyst', 'Data Engineer', 'DevOps Expert'];
const LEARNERS = {
  Latin: 'María José Núñez',
  Cyrillic: 'Дмитрий Шостакович',
  Arabic: 'محمد عبد الله',
};
const BASELINE = '/tmp-baseline/src/export/zip.ts';

type BuildZip = typeof buildCertificateZip;

async function baselineBuild(): Promise<BuildZip | null> {
  try {
    const url: string = BASELINE;
    return ((await import(/* @vite-ignore */ url)) as { buildCertificateZip: BuildZip }).buildCertificateZip;
  } catch {
    return null;
  }
}

function batch(): Certification[] {
  return Array.from({ length: BATCH }, (_, i) =>
    certification({ id: `cert-${i}`, title: `${TITLES[i % TITLES.length]} ${i + 1}`, code: `AZ-${100 + i}` }),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Milliseconds per certificate of one ZIP of the batch, made in one go (no yielding between certificates). */
async function msPerPdf(build: BuildZip, certs: Certification[], person: Learner): Promise<number> {
  const start = performance.now();
  await build(certs, person, { date: TODAY, sliceMs: 60_000 });
  return (performance.now() - start) / certs.length;
}

describe('certificate PDF timing (prints, asserts nothing)', function () {
  this.timeout(900_000);

  for (const [script, name] of Object.entries(LEARNERS)) {
    it(`${BATCH} certificates of a ${script} learner`, async () => {
      const certs = batch();
      const person = learner(name);
      const builds: Array<[string, BuildZip]> = [['now', buildCertificateZip]];
      const baseline = await baselineBuild();
      if (baseline) builds.unshift(['baseline', baseline]);
      // Warm: jsPDF compiled, fonts fetched and parsed, code optimized.
      for (const [, build] of builds) await build(certs.slice(0, 30), person, { date: TODAY });
      const times = new Map<string, number[]>(builds.map(([label]) => [label, []]));
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 ? [...builds].reverse() : builds;
        for (const [label, build] of order) times.get(label)?.push(await msPerPdf(build, certs, person));
      }
      const lines = [...times].map(
        ([label, t]) =>
          `${label} ${median(t).toFixed(2)} ms per PDF, fastest round ${Math.min(...t).toFixed(2)} ` +
          `(${t.map((x) => x.toFixed(2)).join(' ')})`,
      );
      // Each round's two runs are neighbours in time: their ratio is the least disturbed by the load.
      const now = times.get('now') ?? [];
      const ratios = (times.get('baseline') ?? []).map((old, i) => now[i] / old);
      const ratio = baseline ? `; now ÷ baseline, median of the rounds' ratios ${median(ratios).toFixed(2)}` : '';
      console.log(`${script}, ZIP of ${BATCH}: ${lines.join('; ')}${ratio}`);
    });
  }
});
