import { expect } from '@open-wc/testing';

interface CspPageResult {
  source: 'csp-page';
  ok: boolean;
  violations: string[];
  heading?: string;
  filename?: string;
  size?: number;
  head?: number[];
  items?: number;
  zipViolations?: string[];
  previewName?: string;
  previewLabel?: string;
  previewFrames?: number;
  previewViolations?: string[];
  jspdfBeforeDownload?: string[];
  jspdfAfterDownload?: string[];
  error?: string;
}

describe('dist/cert-elements.js under a strict Content-Security-Policy', () => {
  it('renders the dashboard, previews a certificate as SVG and makes a ZIP, with no violation', async function () {
    this.timeout(30_000);
    const result = new Promise<CspPageResult>((resolve) => {
      addEventListener('message', function listen(e: MessageEvent<CspPageResult>) {
        if (e.data?.source !== 'csp-page') return;
        removeEventListener('message', listen);
        resolve(e.data);
      });
    });
    const iframe = document.createElement('iframe');
    iframe.src = '/csp/page.html';
    document.body.append(iframe);
    const r = await result;
    expect(r.error).to.equal(undefined);
    expect(r.ok).to.be.true;
    expect(r.heading).to.equal('María José Núñez-Ortega’s learning record');
    expect(r.head, 'a ZIP starts with PK\\3\\4').to.deep.equal([0x50, 0x4b, 0x03, 0x04]);
    expect(r.filename).to.match(/\.zip$/);
    expect(r.items).to.be.greaterThan(1);
    expect(r.zipViolations!.join('\n')).to.equal('');
    expect(r.previewName).to.equal('María José Núñez-Ortega');
    expect(r.previewLabel).to.match(/^Certificate: .+, María José Núñez-Ortega$/);
    expect(r.previewFrames).to.equal(0);
    expect(r.previewViolations!.join('\n')).to.equal('');
    expect(r.jspdfBeforeDownload, 'the preview loads no jsPDF').to.deep.equal([]);
    expect(r.jspdfAfterDownload!.length, 'the download does (else the check above proves nothing)').to.be.greaterThan(
      0,
    );
    expect(r.violations.join('\n')).to.equal('');
    iframe.remove();
  });
});
