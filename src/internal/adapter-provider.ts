import type { ContextCallback, ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { CertAdapter } from '../adapter/adapter.js';
import { adapterContext } from '../adapter/context.js';
import { requestAdapter } from './adapter-consumer.js';

type Adapter = CertAdapter | undefined;
type ContextTargetEvent = Event & { context?: unknown; contextTarget?: Element };

/**
 * Provides `adapterContext` to the elements inside its host by the community context protocol, as
 * `@lit/context`'s `ContextProvider` does with less code: a `context-request` from inside is answered
 * (and, when it subscribes, answered again on each change); on connecting, the host announces itself
 * with `context-provider`, and gives the requests it holds back to a provider that appears inside it.
 */
export class AdapterProvider implements ReactiveController {
  private adapter: Adapter;
  private readonly subscriptions = new Map<ContextCallback<Adapter>, [unsubscribe: () => void, consumer: Element]>();

  constructor(private readonly host: ReactiveElement) {
    const fromInside = (event: ContextTargetEvent) => {
      const target = event.contextTarget ?? event.composedPath()[0];
      if (event.context !== adapterContext || target === host) return undefined;
      event.stopPropagation();
      return target as Element;
    };
    host.addEventListener('context-request', (event) => {
      const consumer = fromInside(event);
      if (!consumer) return;
      const { callback } = event as ContextEvent<typeof adapterContext>;
      if (!event.subscribe) return callback(this.adapter);
      if (!this.subscriptions.has(callback)) {
        this.subscriptions.set(callback, [() => this.subscriptions.delete(callback), consumer]);
      }
      callback(this.adapter, this.subscriptions.get(callback)![0]);
    });
    host.addEventListener('context-provider', (event) => {
      if (!fromInside(event)) return;
      for (const [callback, [, consumer]] of this.subscriptions) {
        requestAdapter(consumer, callback);
      }
    });
    host.addController(this);
  }

  hostConnected(): void {
    const event = new Event('context-provider', { bubbles: true, composed: true });
    this.host.dispatchEvent(Object.assign(event, { context: adapterContext, contextTarget: this.host }));
  }

  /** Gives `adapter` to every subscribed element when it is a different one. */
  set(adapter: Adapter): void {
    if (adapter === this.adapter) return;
    this.adapter = adapter;
    for (const [callback, [unsubscribe]] of this.subscriptions) callback(adapter, unsubscribe);
  }
}
