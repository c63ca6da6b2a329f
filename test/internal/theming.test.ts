import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { CertList } from '../../src/components/cert-list/cert-list.js';
import { certification, learner } from '../export/fixtures.js';
import '../../src/define.js';

const listOf = () =>
  fixture<CertList>(html`<cert-list .certifications=${[certification()]} .learner=${learner()}></cert-list>`);
const inner = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const style = (el: Element) => getComputedStyle(el);

describe('theming', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    document.querySelectorAll('style[data-hostile]').forEach((s) => s.remove());
  });

  it('hostile page CSS does not break the widgets', async () => {
    const hostile = document.createElement('style');
    hostile.dataset['hostile'] = '';
    hostile.textContent = `button { display: none } * { color: red !important; font-family: fantasy !important } li { display: none }`;
    document.head.append(hostile);
    const el = await listOf();
    const title = inner(el, '.title');
    expect(style(title).color).to.not.equal('rgb(255, 0, 0)');
    expect(style(title).fontFamily).to.not.contain('fantasy');
    expect(style(inner(el, 'button')).display).to.not.equal('none');
    expect(style(inner(el, '[part=item]')).display).to.not.equal('none');
    await expect(el).to.be.accessible();
  });

  it('follows the visitor’s dark preference, and --cert-color-scheme fixes one', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await listOf();
    expect(style(inner(el, '[part=item]')).backgroundColor).to.equal('rgb(17, 24, 39)');
    await expect(el).to.be.accessible();
    el.style.setProperty('--cert-color-scheme', 'light');
    expect(style(inner(el, '[part=item]')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('reads the documented tokens from any ancestor', async () => {
    const wrapper =
      await fixture<HTMLDivElement>(html`<div style="--cert-color-accent: rgb(0, 100, 0); --cert-radius: 2px">
      <cert-list .certifications=${[certification()]} .learner=${learner()}></cert-list>
    </div>`);
    const el = wrapper.querySelector('cert-list')!;
    // An enabled primary button wears the accent (a disabled one is drawn unfilled on purpose).
    el.selectAll();
    await el.updateComplete;
    expect(style(inner(el, 'button.primary:not([disabled])')).backgroundColor).to.equal('rgb(0, 100, 0)');
    expect(style(inner(el, '[part=item]')).borderTopLeftRadius).to.equal('2px');
  });

  it('every element passes axe in the dark theme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const dashboard = await fixture(html`<cert-dashboard .adapter=${new MemoryAdapter()}></cert-dashboard>`);
    const list = dashboard.shadowRoot!.querySelector('cert-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('[part=item]'));
    await expect(dashboard).to.be.accessible();
  });
});
