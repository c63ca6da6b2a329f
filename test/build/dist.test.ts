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

/** A page with the built bundle and `body`; resolves once the tags are registered. */
async function pageWith(body: string): Promise<Window & { __errors?: string[] }> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="en"><head>
    <script>window.__errors = []; addEventListener('error', e => __errors.push(String(e.message)));</script>
    <script type="module" src="/dist/cert-elements.js"></script></head><body>${body}</body></html>`;
  document.body.append(iframe);
  const win = iframe.contentWindow as Window & { __errors?: string[] };
  await waitUntil(() => win.customElements?.get('badge-share'), 'the bundle registered no tags', { timeout: 5000 });
  return win;
}

const loadedChunks = (win: Window, name: string): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => new RegExp(`/dist/chunks/${name}-[\\w-]+\\.js$`).test(url));

const BADGE = {
  id: 'b1',
  name: 'Cloud Practitioner',
  imageUrl: '',
  issuer: { name: 'Example Academy' },
  issuedOn: '2025-01-10',
};

describe('dist/cert-elements.js: the views of <badge-share> and <transcript-viewer> load with their first element', () => {
  it('a page without them never loads their code; the first one on the page renders whole, styled', async () => {
    const win = await pageWith('<cert-list></cert-list>');
    await new Promise((r) => setTimeout(r, 200));
    expect(loadedChunks(win, 'badge-share-view'), 'before any <badge-share>').to.deep.equal([]);
    expect(loadedChunks(win, 'transcript-viewer-view'), 'before any <transcript-viewer>').to.deep.equal([]);

    const badge = win.document.createElement('badge-share') as HTMLElement & { badge?: unknown };
    badge.badge = BADGE;
    win.document.body.append(badge);
    await waitUntil(() => badge.shadowRoot?.querySelector('h3'), 'the badge never rendered', { timeout: 5000 });
    expect(badge.shadowRoot!.querySelector('h3')!.textContent).to.equal('Cloud Practitioner');
    expect(badge.shadowRoot!.textContent).to.include('Issued by Example Academy');
    // Its own stylesheet came with its view: the card is the grid badge-share.styles.ts makes it.
    const card = badge.shadowRoot!.querySelector('[part="card"]')!;
    expect(win.getComputedStyle(card).display).to.equal('grid');
    expect(loadedChunks(win, 'badge-share-view')).to.have.length(1);
    // A second one needs nothing more, and renders at once.
    const second = win.document.createElement('badge-share') as HTMLElement & {
      badge?: unknown;
      updateComplete: Promise<unknown>;
    };
    second.badge = { ...BADGE, name: 'Second' };
    win.document.body.append(second);
    await second.updateComplete;
    expect(second.shadowRoot!.querySelector('h3')!.textContent).to.equal('Second');
    expect(win.__errors).to.deep.equal([]);
  });

  it('<transcript-viewer> in shared mode renders its form through the built script', async () => {
    const win = await pageWith('<transcript-viewer mode="shared"></transcript-viewer>');
    const viewer = win.document.querySelector('transcript-viewer')!;
    await waitUntil(() => viewer.shadowRoot?.querySelector('form'), 'the shared-mode form never rendered', {
      timeout: 5000,
    });
    expect(viewer.shadowRoot!.textContent).to.include('Transcript ID');
    expect(loadedChunks(win, 'transcript-viewer-view')).to.have.length(1);
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('dist/cert-elements.js: CJK in the PDFs', () => {
  it("a certificate for 王小明 fetches the family's list as a chunk of its own and only its slices, from dist/lib/assets/", async () => {
    const { errors } = await pageWithBundle(1);
    const api = (await import(
      /* @vite-ignore */ new URL('/dist/cert-elements.js?copy=0', location.href).href
    )) as typeof import('../../src/index.js');
    const blob = await api.certificatePdf(
      {
        id: 'c',
        title: 'Data Analyst',
        code: 'DA-1',
        status: 'earned',
        earnedOn: '2025-03-14',
        expiresOn: null,
        credentialId: null,
        verificationUrl: null,
        issuer: { name: 'Contoso' },
        exams: [],
      },
      { id: 'l', name: '王小明', email: 'w@example.com', address: null },
    );
    const { readPdf, readable } = await import('../export/read-pdf.js');
    expect(readable((await readPdf(blob)).text)).to.include('王小明');
    const resources = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(resources.filter((p) => /^\/dist\/chunks\/cjk-sc-[\w-]+\.js$/.test(p))).to.have.length(1);
    expect(resources.filter((p) => /cjk-(tc|jp|kr)-/.test(p))).to.deep.equal([]);
    const slices = resources.filter((p) => /noto-sans-(sc|tc|jp|kr)-/.test(p));
    expect(slices.sort()).to.deep.equal([
      '/dist/lib/assets/noto-sans-sc-116-400-normal.woff',
      '/dist/lib/assets/noto-sans-sc-118-400-normal.woff',
    ]);
    expect(errors).to.deep.equal([]);
  });
});
