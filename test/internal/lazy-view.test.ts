import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { lazyViewElement, ViewSlot, type ElementView } from '../../src/internal/lazy-view.js';
import { loadViewsWith } from '../../src/internal/lazy-view-load.js';
import { LocaleController } from '../../src/internal/locale-controller.js';

/**
 * The script-tag build's lazy views (internal/lazy-view.ts, lazy-view-load.ts) on an element of the
 * test's own: its view module is a function the test resolves or fails, as the network would.
 */
interface TestView extends ElementView {
  greet(): Promise<string>;
}

let imports = 0;
let failNext = false;
const slot = new ViewSlot<LazyTestElement, TestView>('lazy-test');

class LazyTestElement extends lazyViewElement<TestView>(LitElement, LocaleController) {
  protected static viewSlot = slot as unknown as ViewSlot;
  static override properties = { name: {} };
  declare name: string;

  async greet(): Promise<string> {
    return (await this.loadedView()).greet();
  }
}
customElements.define('lazy-test', LazyTestElement);

const viewStyles = css`
  p {
    text-decoration: underline;
  }
`;

loadViewsWith(slot, async () => {
  imports++;
  await new Promise((r) => setTimeout(r, 20));
  if (failNext) {
    failNext = false;
    throw new TypeError('Failed to fetch dynamically imported module: /lazy-test-view.js');
  }
  slot.provide(
    LazyTestElement,
    (host: LazyTestElement, locale: LocaleController) => ({
      render: () => html`<p>Hello ${host.name} (${locale.lang})</p>`,
      greet: () => Promise.resolve(`Hello ${host.name}`),
    }),
    [viewStyles],
  );
});

describe('lazy views (the script-tag build)', () => {
  it('a view whose code does not load shows the network error with a Retry; the method rejects; Retry renders the view', async () => {
    failNext = true;
    const el = await fixture<LazyTestElement>(testHtml`<lazy-test name="Ada"></lazy-test>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no error shown', { timeout: 3000 });
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.match(/connect|network|internet/i);
    let rejected: unknown;
    await el.greet().catch((error: unknown) => (rejected = error));
    expect(rejected, 'greet() rejects').to.be.instanceOf(Error);

    alert.querySelector('button')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('[role="alert"]'), 'Retry did not render the view', {
      timeout: 3000,
    });
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Hello Ada (en)');
    // The root made before the view came got the view's styles.
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).textDecorationLine).to.equal('underline');
    expect(await el.greet()).to.equal('Hello Ada');
  });

  it('elements made after the view came render at once, styled, without importing it again', async () => {
    const before = imports;
    const el = await fixture<LazyTestElement>(testHtml`<lazy-test name="Grace" lang="es"></lazy-test>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Hello Grace (es)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).textDecorationLine).to.equal('underline');
    expect(imports).to.equal(before);
  });

  it('a subclass registered under another name gets the view and its styles too', async () => {
    class Sub extends LazyTestElement {}
    customElements.define('lazy-test-sub', Sub);
    const el = await fixture<Sub>(testHtml`<lazy-test-sub name="Linus"></lazy-test-sub>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Hello Linus (en)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).textDecorationLine).to.equal('underline');
  });
});
