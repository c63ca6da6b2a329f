import { ContextConsumer } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { CertAdapter } from '../../src/adapter/adapter.js';
import { adapterContext } from '../../src/adapter/context.js';
import { AdapterConsumer } from '../../src/internal/adapter-consumer.js';
import { AdapterProvider } from '../../src/internal/adapter-provider.js';

/** An element that takes the adapter by the context protocol, as any copy of the library's elements does. */
class ContextProbe extends LitElement {
  readonly seen: unknown[] = [];
  readonly consumer = new ContextConsumer(this, {
    context: adapterContext,
    subscribe: this.hasAttribute('subscribe'),
    callback: (adapter) => this.seen.push(adapter),
  });
}
customElements.define('context-probe', ContextProbe);

/** An element of this library: it finds its adapter with an AdapterConsumer. */
class ConsumerOfOurs extends LitElement {
  adapter: CertAdapter | undefined;
  apiBase: string | null = null;
  readonly consumer = new AdapterConsumer(this);
}
customElements.define('consumer-of-ours', ConsumerOfOurs);

class AdapterProviderProbe extends LitElement {
  readonly provider = new AdapterProvider(this);
  readonly own = new ContextConsumer(this, { context: adapterContext, subscribe: true });
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('adapter-provider-probe', AdapterProviderProbe);

const adapter = (name: string) => ({ name }) as unknown as CertAdapter;

describe('AdapterProvider', () => {
  it('gives the adapter to the elements inside, again on each change while they subscribe, and not after they leave', async () => {
    const provider = await fixture<AdapterProviderProbe>(html`<adapter-provider-probe>
      <context-probe subscribe></context-probe><context-probe></context-probe>
    </adapter-provider-probe>`);
    const [subscribed, once] = [...provider.querySelectorAll<ContextProbe>('context-probe')];
    const [first, second, third] = [adapter('first'), adapter('second'), adapter('third')];
    provider.provider.set(first);
    provider.provider.set(first);
    provider.provider.set(second);
    expect(subscribed.seen).to.deep.equal([undefined, first, second]);
    expect(once.seen).to.deep.equal([undefined]);
    subscribed.remove();
    provider.provider.set(third);
    expect(subscribed.seen).to.deep.equal([undefined, first, second]);
    provider.append(subscribed);
    expect(subscribed.seen[subscribed.seen.length - 1]).to.equal(third);
  });

  it('does not answer its own host, which takes its adapter from the providers around it', async () => {
    const outer = await fixture<AdapterProviderProbe>(html`<adapter-provider-probe>
      <adapter-provider-probe></adapter-provider-probe>
    </adapter-provider-probe>`);
    const inner = outer.querySelector('adapter-provider-probe') as AdapterProviderProbe;
    const [fromOuter, fromInner] = [adapter('outer'), adapter('inner')];
    outer.provider.set(fromOuter);
    inner.provider.set(fromInner);
    expect(inner.own.value).to.equal(fromOuter);
  });

  it('hands its subscribers to a provider that appears between them', async () => {
    const outer = await fixture<AdapterProviderProbe>(html`<adapter-provider-probe>
      <late-adapter-provider
        ><context-probe subscribe></context-probe><consumer-of-ours></consumer-of-ours
      ></late-adapter-provider>
    </adapter-provider-probe>`);
    const probe = outer.querySelector('context-probe') as ContextProbe;
    const ours = outer.querySelector('consumer-of-ours') as ConsumerOfOurs;
    const [fromOuter, fromLate] = [adapter('outer'), adapter('late')];
    outer.provider.set(fromOuter);
    expect(probe.consumer.value).to.equal(fromOuter);
    expect(ours.consumer.adapter).to.equal(fromOuter);
    customElements.define('late-adapter-provider', class extends AdapterProviderProbe {});
    const late = outer.querySelector('late-adapter-provider') as AdapterProviderProbe;
    late.provider.set(fromLate);
    expect(probe.consumer.value).to.equal(fromLate);
    expect(ours.consumer.adapter).to.equal(fromLate);
    outer.provider.set(adapter('ignored'));
    expect(probe.consumer.value).to.equal(fromLate);
    expect(ours.consumer.adapter).to.equal(fromLate);
    ours.remove();
    late.provider.set(adapter('after it left'));
    expect(ours.consumer.adapter).to.equal(fromLate);
  });
});
