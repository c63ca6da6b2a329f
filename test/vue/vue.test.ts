/**
 * The tags in a Vue 3 app, as docs/frameworks.md shows it: Vue's compiler told which tags are custom
 * elements, `:prop` for objects, plain attributes for strings, `@event` for the elements' events.
 * Vue's full browser build compiles the template here, with the same `isCustomElement` an app's
 * Vite config passes to the SFC compiler. The adapter is `markRaw`, as the note says.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, markRaw, type App } from 'vue/dist/vue.esm-browser.js';
import '../../src/define.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { CertSelectionChangeEvent } from '../../src/events/cert-events.js';

const CERT_ELEMENTS = ['cert-dashboard', 'cert-list', 'badge-share', 'transcript-viewer', 'cert-verify'];

let app: App | undefined;
let warnings: string[] = [];

/** Mounts `template` with `data`; Vue's warnings are collected, not printed. */
function mount(template: string, data: Record<string, unknown>): HTMLElement {
  const container = document.body.appendChild(document.createElement('div'));
  warnings = [];
  app = createApp({ template, data: () => data });
  app.config.compilerOptions.isCustomElement = (tag) => CERT_ELEMENTS.includes(tag);
  app.config.warnHandler = (message) => void warnings.push(message);
  app.mount(container);
  return container;
}

afterEach(() => {
  const container = app?._container as HTMLElement | undefined;
  app?.unmount();
  container?.remove();
  app = undefined;
});

const checkboxes = (list: Element) => [
  ...list.shadowRoot!.querySelectorAll<HTMLInputElement>('[part=item] input[type=checkbox]'),
];

describe('cert-elements in Vue 3', () => {
  it('binds :adapter as a property, help-url and lang as attributes, @cert-selection-change as a listener', async () => {
    const adapter = new MemoryAdapter();
    const selections: string[][] = [];
    const container = mount(
      `<cert-list :adapter="adapter" help-url="/help" lang="es" @cert-selection-change="onSelection"></cert-list>`,
      // markRaw: a reactive proxy of the adapter would hide its private fields from its own methods.
      { adapter: markRaw(adapter), onSelection: (e: CertSelectionChangeEvent) => selections.push(e.detail.ids) },
    );
    const el = container.querySelector('cert-list')!;
    expect(el.adapter).to.equal(adapter);
    expect(el.helpUrl).to.equal('/help');
    expect(el.getAttribute('lang')).to.equal('es');
    await waitUntil(() => checkboxes(el).some((box) => !box.disabled), 'no certificate to select');
    checkboxes(el)
      .find((box) => !box.disabled)!
      .click();
    expect(el.selectedIds).to.have.length(1);
    expect(selections).to.deep.equal([el.selectedIds]);
    expect(warnings, 'Vue resolved no tag as a component').to.deep.equal([]);
  });

  it('hands the dashboard its sections and the transcript viewer its mode', async () => {
    const container = mount(
      `<cert-dashboard :adapter="adapter" sections="transcript"></cert-dashboard>
       <transcript-viewer mode="shared" transcript-id="K7QM2XWN4HD9R"></transcript-viewer>`,
      { adapter: markRaw(new MemoryAdapter()) },
    );
    expect(container.querySelector('cert-dashboard')!.sections).to.equal('transcript');
    const viewer = container.querySelector('transcript-viewer')!;
    expect(viewer.mode).to.equal('shared');
    await waitUntil(
      () => viewer.shadowRoot?.querySelector<HTMLInputElement>('#access-id')?.value === 'K7QM-2XWN-4HD9-R',
      'the shared-mode form never showed the transcript ID',
    );
    expect(warnings).to.deep.equal([]);
  });
});
