import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { AdapterError, type AdapterErrorKind } from '../../src/adapter/errors.js';
import { MemoryAdapter, type CertAdapterOperation } from '../../src/adapter/memory-adapter.js';
import '../../src/define.js';

type Element4 = 'cert-dashboard' | 'cert-list' | 'badge-share' | 'transcript-viewer';

const operationOf: Record<Element4, CertAdapterOperation> = {
  'cert-dashboard': 'getLearner',
  'cert-list': 'listCertifications',
  'badge-share': 'listBadges',
  'transcript-viewer': 'getTranscript',
};

function render(tag: Element4, adapter: MemoryAdapter, lang = 'en'): TemplateResult {
  switch (tag) {
    case 'cert-dashboard':
      return html`<cert-dashboard lang=${lang} .adapter=${adapter}></cert-dashboard>`;
    case 'cert-list':
      return html`<cert-list lang=${lang} .adapter=${adapter}></cert-list>`;
    case 'badge-share':
      return html`<badge-share lang=${lang} badge-id="badge-cloud-administrator" .adapter=${adapter}></badge-share>`;
    case 'transcript-viewer':
      return html`<transcript-viewer lang=${lang} .adapter=${adapter}></transcript-viewer>`;
  }
}

const failing = (tag: Element4, kind: AdapterErrorKind) =>
  new MemoryAdapter({
    fail: { [operationOf[tag]]: new AdapterError(kind, kind, kind === 'rate-limited' ? { retryAfter: 30 } : {}) },
  });

/** Settled: nothing says "Loading…" any more. */
async function settled(el: Element) {
  await waitUntil(
    () => !el.shadowRoot!.textContent.includes('Loading') && !el.shadowRoot!.textContent.includes('Cargando'),
    'settled',
    { timeout: 5000 },
  );
  await new Promise((r) => setTimeout(r, 50));
}

describe('axe on every state of every element, in both themes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    describe(scheme, () => {
      before(() => emulateMedia({ colorScheme: scheme }));
      after(() => emulateMedia({ colorScheme: 'light' }));

      for (const tag of ['cert-dashboard', 'cert-list', 'badge-share', 'transcript-viewer'] as const) {
        it(`${tag}: loading, data, Spanish, right-to-left`, async () => {
          const loading = await fixture(render(tag, new MemoryAdapter({ latencyMs: 60_000 })));
          await expect(loading).to.be.accessible();
          for (const lang of ['en', 'es', 'ar']) {
            const el = await fixture(
              lang === 'ar'
                ? html`<div dir="rtl">${render(tag, new MemoryAdapter(), lang)}</div>`
                : render(tag, new MemoryAdapter(), lang),
            );
            const host = lang === 'ar' ? el.firstElementChild! : el;
            await settled(host);
            await expect(el).to.be.accessible();
          }
        });

        it(`${tag}: each kind of failure`, async () => {
          for (const kind of ['network', 'unauthorized', 'rate-limited', 'invalid-response', 'server'] as const) {
            const el = await fixture(render(tag, failing(tag, kind)));
            await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), `${kind} shown`, { timeout: 5000 });
            await expect(el).to.be.accessible();
          }
        });
      }

      it('empty lists', async () => {
        const empty = new MemoryAdapter({
          certifications: [],
          badges: [],
          learner: { id: 'x', name: 'Ana', email: 'ana@example.org', address: null },
        });
        const el = await fixture(html`<cert-dashboard .adapter=${empty}></cert-dashboard>`);
        await settled(el);
        await expect(el).to.be.accessible();
      });
    });
  }
});
