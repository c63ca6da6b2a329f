/**
 * What a page that imports only `cert-elements/cert-dashboard` loads, and what it shows while the
 * rest arrives: no English on a Spanish page at any render, sections and the list's download code
 * loaded when first needed. This file imports no other entry, so its page starts as an integrator's does.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { en } from '../../src/i18n/en.js';
import type { Messages } from '../../src/i18n/en.js';
import { isLocaleLoaded, loadLocale } from '../../src/i18n/messages.js';
import type { CertDashboard } from '../../src/components/cert-dashboard/cert-dashboard.js';
import '../../src/cert-dashboard.js';

/** Whether a module of src/ has been fetched by this page. */
const fetched = (path: string) =>
  performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(`/src/${path}`));

/** The text a person can read or hear in `node`, across shadow roots: text, aria-label, title. */
function composedText(node: Node): string {
  let text = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
  if (node instanceof Element) {
    for (const name of ['aria-label', 'title', 'placeholder']) text += ` ${node.getAttribute(name) ?? ''}`;
    if (node.shadowRoot) text += ` ${composedText(node.shadowRoot)}`;
  }
  for (const child of node.childNodes) text += ` ${composedText(child)}`;
  return text.replace(/\s+/g, ' ');
}

/** Every English message that Spanish words differently: none may be on a Spanish page. */
function englishOnly(es: Messages): string[] {
  const strings = (o: object): string[] =>
    Object.values(o).flatMap((v: unknown) =>
      typeof v === 'string' ? [v] : v && typeof v === 'object' ? strings(v) : [],
    );
  const spanish = new Set(strings(es));
  return strings(en).filter((s) => s.length >= 4 && !spanish.has(s));
}

describe('first load of cert-elements/cert-dashboard', () => {
  it('registers the dashboard and the list only, and loads neither Spanish nor the download code', () => {
    expect(customElements.get('cert-dashboard')).to.exist;
    expect(customElements.get('cert-list')).to.exist;
    expect(customElements.get('badge-share')).to.equal(undefined);
    expect(customElements.get('transcript-viewer')).to.equal(undefined);
    expect(isLocaleLoaded('es')).to.equal(false);
    expect(fetched('i18n/es.ts')).to.equal(false);
    expect(fetched('components/cert-list/actions.ts')).to.equal(false);
  });

  it('a Spanish page shows no English at any render, in every section, while their code arrives', async () => {
    const snapshots: string[] = [];
    let host: Element | undefined;
    const record = () => {
      if (host) snapshots.push(composedText(host));
    };
    const observer = new MutationObserver(record);
    const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'attachShadow')!;
    const attachShadow = descriptor.value as (this: Element, init: ShadowRootInit) => ShadowRoot;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attachShadow.call(this, init);
      observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
      return root;
    };
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      observer.observe(wrapper, { childList: true, subtree: true, characterData: true, attributes: true });
      const el = document.createElement('cert-dashboard');
      el.setAttribute('lang', 'es');
      el.adapter = new MemoryAdapter();
      host = el;
      wrapper.append(el);
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('cert-list')?.shadowRoot?.querySelector('[part=item]'), 'no list', {
        timeout: 8000,
      });
      for (const section of ['badges', 'transcript']) {
        root.querySelector<HTMLButtonElement>(`#tab-${section}`)!.click();
        await waitUntil(() => customElements.get(section === 'badges' ? 'badge-share' : 'transcript-viewer'));
      }
      await waitUntil(() => root.querySelector('badge-share')?.shadowRoot?.textContent?.trim(), 'no badge', {
        timeout: 8000,
      });
      await waitUntil(
        () => root.querySelector('transcript-viewer')?.shadowRoot?.querySelector('button'),
        'no transcript',
        {
          timeout: 8000,
        },
      );
      record();

      expect(snapshots.length).to.be.greaterThan(3);
      const last = snapshots[snapshots.length - 1];
      expect(last).to.contain('Certificados').and.to.contain('Insignias');
      const english = englishOnly(await loadLocale('es'));
      expect(english.length).to.be.greaterThan(100);
      // As whole words: «Examen» is Spanish, though it begins with "Exam".
      const asWords = english.map(
        (s) => [s, new RegExp(`(?<!\\p{L})${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u')] as const,
      );
      const seen = snapshots.flatMap((text, i) =>
        asWords.filter(([, re]) => re.test(text)).map(([s]) => `#${i}: ${s}`),
      );
      expect(seen).to.deep.equal([]);
    } finally {
      Object.defineProperty(Element.prototype, 'attachShadow', descriptor);
      observer.disconnect();
    }
  });

  it('loads the list’s preview and download code on the first preview, not before', async () => {
    const el = await fixture<CertDashboard>(html`<cert-dashboard .adapter=${new MemoryAdapter()}></cert-dashboard>`);
    const list = el.shadowRoot!.querySelector('cert-list')!;
    await waitUntil(() => list.shadowRoot?.querySelector('[part=checkbox]'), 'no list', { timeout: 8000 });
    expect(fetched('components/cert-list/actions.ts')).to.equal(false);
    list.shadowRoot!.querySelector<HTMLInputElement>('[part=checkbox]')!.click();
    await list.updateComplete;
    [...list.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Preview')!.click();
    await waitUntil(() => list.shadowRoot!.querySelector('dialog svg'), 'no preview', { timeout: 8000 });
    expect(fetched('components/cert-list/actions.ts')).to.equal(true);
  });
});
