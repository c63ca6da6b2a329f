/**
 * The page of `/pool-csp/page.html` (served with `worker-src 'none'`): makes a ZIP large enough for
 * the worker pool and posts to its parent what came out and what went wrong on the page.
 */
import { unzipSync } from 'fflate';
import { poolCounters, poolSettings } from '../../../src/export/certificate-pool.js';
import { buildCertificateZip } from '../../../src/export/zip.js';
import { certification, learner, TODAY } from '../fixtures.js';

const problems: string[] = [];
const violations: string[] = [];
const info: string[] = [];
addEventListener('error', (e) => problems.push(`error: ${e.message}`));
addEventListener('unhandledrejection', (e) => problems.push(`unhandled: ${String(e.reason)}`));
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
const { error: consoleError, info: consoleInfo } = console;
console.error = (...args: unknown[]) => {
  problems.push(`console.error: ${args.map(String).join(' ')}`);
  consoleError(...args);
};
console.info = (...args: unknown[]) => {
  info.push(args.map(String).join(' '));
  consoleInfo(...args);
};

poolSettings.minBatch = 2;
const certs = Array.from({ length: 12 }, (_, i) => certification({ id: `p${i}`, title: `Certificate ${i + 1}` }));
try {
  const started = performance.now();
  const zip = await buildCertificateZip(certs, learner('Łukasz'), { date: TODAY });
  const ms = performance.now() - started;
  const files = unzipSync(new Uint8Array(await zip.blob.arrayBuffer()));
  // A second batch on the same page: it knows by now that workers cannot start.
  const again = await buildCertificateZip(certs, learner('Łukasz'), { date: TODAY });
  parent.postMessage(
    {
      source: 'pool-csp-page',
      names: Object.keys(files),
      entries: zip.entries,
      heads: Object.values(files).map((f) => new TextDecoder('latin1').decode(f.subarray(0, 5))),
      againEntries: again.entries.length,
      ms,
      counters: { ...poolCounters },
      problems,
      violations,
      info,
    },
    '*',
  );
} catch (error) {
  parent.postMessage({ source: 'pool-csp-page', error: String(error), problems }, '*');
}
