import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import '../../src/define.js';

/** Every element in a tree, through open shadow roots. */
function allElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

const visible = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
};

/** A link inside a sentence is exempt from the target size (WCAG 2.5.8, inline). */
const inline = (el: Element) =>
  el.localName === 'a' &&
  ['P', 'SPAN', 'LI'].includes(el.parentElement?.tagName ?? '') &&
  (el.parentElement?.textContent?.trim().length ?? 0) > (el.textContent?.trim().length ?? 0);

const states: Array<[string, () => TemplateResult, string]> = [
  [
    'dashboard, certificates',
    () => html`<cert-dashboard .adapter=${new MemoryAdapter()}></cert-dashboard>`,
    'cert-list',
  ],
  [
    'transcript owner',
    () => html`<transcript-viewer .adapter=${new MemoryAdapter()}></transcript-viewer>`,
    '[part=transcript]',
  ],
  [
    'transcript shared form',
    () => html`<transcript-viewer mode="shared" .adapter=${new MemoryAdapter()}></transcript-viewer>`,
    'form',
  ],
  [
    'badge',
    () => html`<cert-dashboard sections="badges" .adapter=${new MemoryAdapter()}></cert-dashboard>`,
    'badge-share',
  ],
];

describe('layout for every person', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [name, template, ready] of states) {
    it(`${name}: reflows at 320 px without sideways scrolling, and every target is at least 24 by 24 px`, async () => {
      const el = await fixture<HTMLElement>(template());
      await waitUntil(() => allElements(el.shadowRoot!).some((e) => e.matches(ready)), `${name} rendered`, {
        timeout: 5000,
      });
      await new Promise((r) => setTimeout(r, 300));
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
      const tooWide = allElements(el.shadowRoot!).filter((e) => visible(e) && e.getBoundingClientRect().right > 321);
      expect(tooWide.map((e) => `${e.localName}.${e.className}`)).to.deep.equal([]);
      const targets = allElements(el.shadowRoot!).filter(
        (e) =>
          visible(e) && e.matches('button, a[href], input:not([type=hidden]), select, textarea, summary') && !inline(e),
      );
      expect(targets.length).to.be.greaterThan(0);
      const small = targets.filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width < 24 || r.height < 24;
      });
      expect(
        small.map(
          (e) =>
            `${e.localName} "${(e.textContent ?? '').trim().slice(0, 30)}" ${Math.round(e.getBoundingClientRect().width)}x${Math.round(e.getBoundingClientRect().height)}`,
        ),
      ).to.deep.equal([]);
    });
  }
});
