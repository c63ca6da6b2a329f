import { ContextProvider } from '@lit/context';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { CertAdapter } from '../../src/adapter/adapter.js';
import { adapterContext } from '../../src/adapter/context.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { RestAdapter } from '../../src/adapter/rest-adapter.js';
import { LocaleController } from '../../src/internal/locale-controller.js';
import { AdapterConsumer, AdapterResource } from '../../src/internal/adapter-consumer.js';
import { renderResourceState } from '../../src/internal/resource-state.js';
import type { Learner } from '../../src/model.js';

class ConsumerProbe extends LitElement {
  @property({ attribute: false }) adapter: CertAdapter | undefined;
  @property({ attribute: 'api-base' }) apiBase: string | null = null;
  readonly locale = new LocaleController(this);
  readonly consumer = new AdapterConsumer(this);
  readonly learner = new AdapterResource(this, this.consumer, (a, signal) => a.getLearner({ signal }));
  override render() {
    return this.learner.value
      ? html`<p>${this.learner.value.name}</p>`
      : renderResourceState(this.learner, this.locale.messages);
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
    expect(el.consumer.adapter).to.be.instanceOf(RestAdapter);
    const other = await fixture<ConsumerProbe>(
      html`<consumer-probe api-base="/api-that-does-not-exist"></consumer-probe>`,
    );
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
