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
  previewText?: string;
  error?: string;
}

describe('dist/cert-elements.js under a strict Content-Security-Policy', () => {
  it('renders the dashboard and makes a ZIP with no violation', async function () {
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
    expect(r.previewText).to.equal(
      'This site’s security settings do not allow a preview here. Download the PDF to see it.',
    );
    expect(
      r.violations.every((v) => /^frame-src blob/.test(v)),
      r.violations.join('\n'),
    ).to.be.true;
    iframe.remove();
  });
});
