import { ContextProvider } from '@lit/context';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { demoData } from '../../src/demo/demo-data.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { property } from 'lit/decorators.js';
import type { CertAdapter } from '../../src/adapter/adapter.js';
import { adapterContext } from '../../src/adapter/context.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { RestAdapter } from '../../src/adapter/rest-adapter.js';
import { LocaleController } from '../../src/internal/locale-controller.js';
import { AdapterConsumer, AdapterResource } from '../../src/internal/adapter-consumer.js';
import { renderResourceState } from '../../src/internal/resource-state.js';
import type { Learner } from '../../src/model.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { BadgeShare } from '../../src/components/badge-share/badge-share.js';
import { CertDashboard } from '../../src/components/cert-dashboard/cert-dashboard.js';
import { CertList } from '../../src/components/cert-list/cert-list.js';
import { TranscriptViewer } from '../../src/components/transcript-viewer/transcript-viewer.js';
import '../../src/cert-dashboard.js';
import { replace, restoreAll } from '../support/stubs.js';

class ConsumerProbe extends LitElement {
  @property({ attribute: false }) adapter: CertAdapter | undefined;
  @property({ attribute: 'api-base' }) apiBase: string | null = null;
  readonly locale = new LocaleController(this);
  readonly consumer = new AdapterConsumer(this);
  readonly learner = new AdapterResource(this, this.consumer, (a, signal) => a.getLearner({ signal }));
  override render() {
    return this.learner.value
      ? html`<p>${this.learner.value.name}</p>`
      : renderResourceState(this.learner, this.locale.messages, this.locale.dir);
  }
}
customElements.define('consumer-probe', ConsumerProbe);

class ProviderProbe extends LitElement {
  readonly provider = new ContextProvider(this, { context: adapterContext });
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('provider-probe', ProviderProbe);

/** A learner adapter whose answers the test controls, and which records the signals it was given. */
function controlledAdapter(name: string) {
  const signals: AbortSignal[] = [];
  let answer: { resolve: (l: Learner) => void; reject: (e: unknown) => void } | undefined;
  const adapter = {
    getLearner: ({ signal }: { signal?: AbortSignal } = {}) =>
      new Promise<Learner>((resolve, reject) => {
        signals.push(signal!);
        answer = { resolve, reject };
      }),
  } as unknown as CertAdapter;
  return {
    adapter,
    signals,
    resolve: () => answer!.resolve({ id: '1', name, email: 'a@example.org', address: null }),
    reject: (e: unknown) => answer!.reject(e),
  };
}

const shown = (el: ConsumerProbe) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();

describe('adapter consumer', () => {
  it('shows loading, then the data, from the adapter property', async () => {
    const c = controlledAdapter('Ana');
    const el = await fixture<ConsumerProbe>(html`<consumer-probe .adapter=${c.adapter}></consumer-probe>`);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Loading…');
    c.resolve();
    await waitUntil(() => shown(el) === 'Ana');
  });

  it('shows the error in the person’s language with a retry that loads again', async () => {
    const c = controlledAdapter('Ana');
    const el = await fixture<ConsumerProbe>(html`<consumer-probe lang="es" .adapter=${c.adapter}></consumer-probe>`);
    c.reject(new AdapterError('server', 'boom', { status: 503 }));
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'));
    expect(shown(el)).to.contain('Algo salió mal en el servidor');
    el.shadowRoot!.querySelector('button')!.click();
    c.resolve();
    await waitUntil(() => shown(el) === 'Ana');
  });

  it('offers no retry when trying again cannot help', async () => {
    const c = controlledAdapter('Ana');
    const el = await fixture<ConsumerProbe>(html`<consumer-probe .adapter=${c.adapter}></consumer-probe>`);
    c.reject(new AdapterError('forbidden', 'no', { status: 403 }));
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'));
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('takes the adapter from an ancestor through the context, and prefers its own', async () => {
    const fromContext = controlledAdapter('Context');
    const own = controlledAdapter('Own');
    const provider = await fixture<ProviderProbe>(html`<provider-probe>
      <consumer-probe id="a"></consumer-probe>
      <consumer-probe id="b" .adapter=${own.adapter}></consumer-probe>
    </provider-probe>`);
    provider.provider.setValue(fromContext.adapter);
    const a = provider.querySelector('#a') as ConsumerProbe;
    const b = provider.querySelector('#b') as ConsumerProbe;
    await waitUntil(() => fromContext.signals.length === 1);
    fromContext.resolve();
    own.resolve();
    await waitUntil(() => shown(a) === 'Context' && shown(b) === 'Own');
  });

  it('makes a RestAdapter from api-base when there is no adapter property', async () => {
    const el = await fixture<ConsumerProbe>(
      html`<consumer-probe api-base="/api-that-does-not-exist"></consumer-probe>`,
    );
    // Its code loads on first use.
    await waitUntil(() => el.consumer.adapter);
    expect(el.consumer.adapter).to.be.instanceOf(RestAdapter);
    const other = await fixture<ConsumerProbe>(
      html`<consumer-probe api-base="/api-that-does-not-exist"></consumer-probe>`,
    );
    await waitUntil(() => other.consumer.adapter);
    expect(other.consumer.adapter).to.equal(el.consumer.adapter);
  });

  it('aborts the request when the element is removed, and loads again when it comes back', async () => {
    const c = controlledAdapter('Ana');
    const el = await fixture<ConsumerProbe>(html`<consumer-probe .adapter=${c.adapter}></consumer-probe>`);
    const parent = el.parentElement!;
    el.remove();
    expect(c.signals[0].aborted).to.be.true;
    parent.append(el);
    await waitUntil(() => c.signals.length === 2);
    c.resolve();
    await waitUntil(() => shown(el) === 'Ana');
  });

  it('loads again when the adapter changes', async () => {
    const first = controlledAdapter('First');
    const second = controlledAdapter('Second');
    const el = await fixture<ConsumerProbe>(html`<consumer-probe .adapter=${first.adapter}></consumer-probe>`);
    first.resolve();
    await waitUntil(() => shown(el) === 'First');
    el.adapter = second.adapter;
    await waitUntil(() => second.signals.length === 1);
    second.resolve();
    await waitUntil(() => shown(el) === 'Second');
  });
});

/** Each test registers the elements under names of its own: an element warns once per tag name and page. */
let defined = 0;
function defineAs<T extends CustomElementConstructor>(element: T): string {
  const tag = `unconfigured-${++defined}`;
  customElements.define(tag, class extends element {});
  return tag;
}

/** Records `console.warn` calls until `restoreAll()`. */
function recordWarnings(): unknown[][] {
  const calls: unknown[][] = [];
  replace(console, 'warn', (...args: unknown[]) => void calls.push(args));
  return calls;
}

const statusOf = (el: Element) => el.shadowRoot!.querySelector('[role=status]')?.textContent?.trim();
/** After the first update and the task that follows it: when an element decides it has no adapter. */
const settled = async (el: LitElement) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 20));
};

describe('an element with no adapter', () => {
  afterEach(() => restoreAll());

  it('says it is not connected, instead of loading forever, and warns once naming the fix', async () => {
    const warnings = recordWarnings();
    const tag = defineAs(CertList);
    const box = await fixture(html`<div></div>`);
    box.append(document.createElement(tag), document.createElement(tag));
    const [a, b] = [...box.children] as CertList[];
    await a.updateComplete;
    expect(statusOf(a)).to.equal(en.common.loading);
    await waitUntil(() => statusOf(a) === en.common.notConfigured && statusOf(b) === en.common.notConfigured);
    expect(warnings).to.have.length(1);
    const [message] = warnings[0] as [string];
    expect(message).to.contain(`<${tag}> has no adapter and no data`);
    expect(message).to.contain('`certifications` property');
    expect(message).to.contain('`adapter` property');
    expect(message).to.contain('`api-base` attribute');
  });

  it('shows the dashboard’s heading and what is missing, in Spanish, without empty tabs', async () => {
    const warnings = recordWarnings();
    const tag = defineAs(CertDashboard);
    const box = await fixture(html`<div lang="es"></div>`);
    const el = box.appendChild(document.createElement(tag)) as CertDashboard;
    await waitUntil(() => statusOf(el) === es.common.notConfigured);
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal(es.dashboard.untitled);
    expect(el.shadowRoot!.querySelector('[role=tablist], cert-list, transcript-viewer')).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(warnings[0][0]).to.contain(`<${tag}> has no adapter: set its \`adapter\` property or its \`api-base\``);
    await expect(el).to.be.accessible();
  });

  it('shows it for a badge-share given nothing, and for a badge-id with no adapter', async () => {
    const warnings = recordWarnings();
    const tag = defineAs(BadgeShare);
    const box = await fixture(html`<div></div>`);
    const bare = box.appendChild(document.createElement(tag)) as BadgeShare;
    const byId = box.appendChild(document.createElement(tag)) as BadgeShare;
    byId.setAttribute('badge-id', 'b1');
    await waitUntil(() => statusOf(bare) === en.common.notConfigured && statusOf(byId) === en.common.notConfigured);
    expect(warnings).to.have.length(1);
    expect(warnings[0][0]).to.contain('`badge` or `credential` property');
  });

  it('says nothing when the adapter or the data arrives right after the element is added', async () => {
    const warnings = recordWarnings();
    const box = await fixture(html`<div></div>`);
    const { learner, certifications } = demoData(new Date('2025-06-01T12:00:00Z'));
    const list = box.appendChild(document.createElement(defineAs(CertList))) as CertList;
    list.adapter = new MemoryAdapter();
    const data = box.appendChild(document.createElement(defineAs(CertList))) as CertList;
    data.certifications = certifications;
    data.learner = learner;
    const late = box.appendChild(document.createElement(defineAs(TranscriptViewer))) as TranscriptViewer;
    await late.updateComplete;
    late.adapter = new MemoryAdapter();
    await waitUntil(() => list.shadowRoot!.querySelector('[part~=item]') && late.shadowRoot!.querySelector('table'));
    await Promise.all([list, data, late].map(settled));
    for (const el of [list, data, late]) expect(statusOf(el) ?? '').not.to.contain(en.common.notConfigured);
    expect(warnings).to.deep.equal([]);
  });

  it('says nothing inside a dashboard that has an adapter: the sections take it from there', async () => {
    const warnings = recordWarnings();
    const el = await fixture<CertDashboard>(html`<cert-dashboard .adapter=${new MemoryAdapter()}></cert-dashboard>`);
    const list = () => el.shadowRoot!.querySelector('cert-list');
    await waitUntil(() => list()?.shadowRoot!.querySelector('[part~=item]'));
    await Promise.all([el, list()!].map(settled));
    expect(warnings).to.deep.equal([]);
  });

  it('shows an error with a retry when api-base is no http(s) URL', async () => {
    const el = await fixture<ConsumerProbe>(html`<consumer-probe api-base="ftp://example.org/api"></consumer-probe>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'));
    expect(shown(el)).to.contain(en.errors.network);
  });
});
