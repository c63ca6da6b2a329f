import { expect, waitUntil } from '@open-wc/testing';

/** A page with nothing but the built bundle, loaded `copies` times under different URLs. */
async function pageWithBundle(copies: number): Promise<{ win: Window; errors: string[] }> {
  const iframe = document.createElement('iframe');
  const scripts = Array.from(
    { length: copies },
    (_, i) => `<script type="module" src="/dist/cert-elements.js?copy=${i}"></script>`,
  ).join('');
  iframe.srcdoc = `<!doctype html><html lang="en"><head>
    <script>window.__errors = []; addEventListener('error', e => __errors.push(String(e.message)));</script>
    ${scripts}</head><body><cert-list></cert-list></body></html>`;
  document.body.append(iframe);
  const win = iframe.contentWindow as Window & { __errors?: string[] };
  await waitUntil(() => win.customElements?.get('transcript-viewer'), 'the bundle registered no tags', {
    timeout: 5000,
  });
  await new Promise((r) => setTimeout(r, 100));
  return { win, errors: win.__errors ?? [] };
}

describe('dist/cert-elements.js', () => {
  it('registers the four tags in a page with nothing else', async () => {
    const { win, errors } = await pageWithBundle(1);
    for (const tag of ['cert-dashboard', 'cert-list', 'badge-share', 'transcript-viewer']) {
      expect(win.customElements.get(tag), tag).to.be.a('function');
    }
    expect(errors).to.deep.equal([]);
  });

  it('loaded twice on one page throws nothing', async () => {
    const { win, errors } = await pageWithBundle(2);
    expect(win.customElements.get('cert-list')).to.be.a('function');
    expect(errors).to.deep.equal([]);
  });
});
