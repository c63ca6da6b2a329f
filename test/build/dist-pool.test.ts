import { expect } from '@open-wc/testing';
import { unzipSync } from 'fflate';
import type * as Api from '../../src/api.js';
import { certification, learner, TODAY } from '../export/fixtures.js';

// The built file, as a page loads it: a path the type checker does not resolve.
const DIST = '/dist/cert-elements.js';

describe('dist/cert-elements.js: the certificate pool', () => {
  it('starts its worker as a module file of dist/chunks/ (no blob: or data: URL) and zips a batch in order', async function () {
    this.timeout(30_000);
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const { buildCertificateZip } = (await import(DIST)) as typeof Api;
    const certs = Array.from({ length: 40 }, (_, i) => certification({ id: `b${i}`, title: `Built ${i + 1}` }));
    // The first batch starts the pool; the second finds it ready.
    await buildCertificateZip(certs, learner(), { date: TODAY });
    await new Promise((r) => setTimeout(r, 1500));
    const zip = await buildCertificateZip(certs, learner(), { date: TODAY });
    const files = unzipSync(new Uint8Array(await zip.blob.arrayBuffer()));
    expect(Object.keys(files)).to.deep.equal(zip.entries);
    expect(zip.entries[39]).to.equal('AZ-104 Built 40 - María José Núñez.pdf');
    const loaded = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const worker = loaded.filter((e) => /\/dist\/chunks\/certificate-worker-[\w-]+\.js$/.test(e.name));
    expect(
      worker.map((e) => e.responseStatus),
      loaded.map((e) => e.name).join('\n'),
    ).to.deep.equal([200]);
    expect(violations).to.deep.equal([]);
  });
});
