import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CertAdapter } from '../adapter/adapter.js';
import { adapterContext } from '../adapter/context.js';
import { AdapterError, toAdapterError } from '../adapter/errors.js';
import { RestAdapter } from '../adapter/rest-adapter.js';

/** What an element offers so that its adapter can be found: the `adapter` property and the `api-base` attribute. */
export interface AdapterHost extends ReactiveControllerHost, HTMLElement {
  adapter?: CertAdapter | undefined;
  apiBase?: string | null | undefined;
}

const restAdapters = new Map<string, RestAdapter>();

/** One RestAdapter per base URL, so elements that share an `api-base` share an adapter. */
function restAdapterFor(baseUrl: string): RestAdapter {
  let adapter = restAdapters.get(baseUrl);
  if (!adapter) {
    adapter = new RestAdapter({ baseUrl });
    restAdapters.set(baseUrl, adapter);
  }
  return adapter;
}

/**
 * Finds an element's adapter, in order: its `adapter` property, its `api-base` attribute (a
 * `RestAdapter`), the nearest ancestor that provides one through `adapterContext`.
 */
export class AdapterConsumer {
  private fromContext: CertAdapter | undefined;

  constructor(private readonly host: AdapterHost) {
    new ContextConsumer(host, {
      context: adapterContext,
      subscribe: true,
      callback: (adapter) => {
        this.fromContext = adapter;
        host.requestUpdate();
      },
    });
  }

  get adapter(): CertAdapter | undefined {
    if (this.host.adapter) return this.host.adapter;
    if (this.host.apiBase) return restAdapterFor(this.host.apiBase);
    return this.fromContext;
  }
}

export type ResourceStatus = 'idle' | 'loading' | 'error' | 'ready';

export interface AdapterResourceOptions {
  /** When it returns true, nothing is loaded (the element was given its data directly). */
  skip?: () => boolean;
}

/**
 * Loads one thing through the element's adapter: `loading`, then `ready` with `value` or `error`
 * with an `AdapterError`. Loads again when the adapter changes; aborts when the element is removed.
 */
export class AdapterResource<T> implements ReactiveController {
  status: ResourceStatus = 'idle';
  value: T | undefined;
  error: AdapterError | undefined;
  private loadedFrom: CertAdapter | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: AdapterHost,
    private readonly consumer: AdapterConsumer,
    private readonly load: (adapter: CertAdapter, signal: AbortSignal) => Promise<T>,
    private readonly options: AdapterResourceOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A moved element was aborted on removal: load again on the next update.
    this.loadedFrom = undefined;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    if (this.options.skip?.()) return;
    const adapter = this.consumer.adapter;
    if (adapter && adapter !== this.loadedFrom) void this.run();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Loads now (also the retry action). Resolves when done; never rejects. */
  async run(): Promise<void> {
    const adapter = this.consumer.adapter;
    if (!adapter) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.loadedFrom = adapter;
    this.status = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const value = await this.load(adapter, abort.signal);
      if (abort.signal.aborted) return;
      this.value = value;
      this.status = 'ready';
    } catch (e) {
      if (abort.signal.aborted) return;
      this.error = toAdapterError(e);
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}
