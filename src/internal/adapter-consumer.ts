import type { ContextCallback } from '@lit/context';
import { isServer, type ReactiveControllerHost } from 'lit';
import type { CertAdapter } from '../adapter/adapter.js';
import { adapterContext } from '../adapter/context.js';
import { AdapterError, toAdapterError } from '../adapter/errors.js';
import { HostTask, initialState, type ResourceStatus } from './host-task.js';

/** A load's status, or `unconfigured`: the element was given no adapter, and no data instead of one. */
export type AdapterResourceStatus = ResourceStatus | 'unconfigured';

/** What an element offers so that its adapter can be found: the `adapter` property and the `api-base` attribute. */
export interface AdapterHost extends ReactiveControllerHost, HTMLElement {
  adapter?: CertAdapter | undefined;
  apiBase?: string | null | undefined;
}

export interface AdapterConsumerOptions {
  /** The data the element shows instead of loading it, for the warning, e.g. "its `certifications` property". */
  data?: string;
}

/**
 * Asks the elements around `target` for the adapter by the community context protocol (`context-request`,
 * subscribing); the nearest provider answers through `callback`, now and on every change.
 */
export function requestAdapter(target: Element, callback: ContextCallback<CertAdapter | undefined>): void {
  const request = new Event('context-request', { bubbles: true, composed: true });
  target.dispatchEvent(
    Object.assign(request, { context: adapterContext, contextTarget: target, callback, subscribe: true }),
  );
}

const restAdapters = new Map<string, Promise<CertAdapter>>();

/**
 * One RestAdapter per base URL, so elements that share an `api-base` share an adapter. Its code
 * loads on first use: a page that gives its elements an adapter object never loads it.
 */
function restAdapterFor(baseUrl: string): Promise<CertAdapter> {
  let adapter = restAdapters.get(baseUrl);
  if (!adapter) {
    adapter = import('../adapter/rest-adapter.js').then(({ RestAdapter }) => new RestAdapter({ baseUrl }));
    // A chunk that did not load may load on a retry.
    adapter.catch(() => restAdapters.delete(baseUrl));
    restAdapters.set(baseUrl, adapter);
  }
  return adapter;
}

/** An element's `api-base` adapter: loading, made, or failed (its code did not load, or the base is no URL). */
interface RestAdapterLoad {
  baseUrl: string;
  adapter?: CertAdapter;
  error?: AdapterError;
  done?: Promise<void>;
}

/** The tags that have warned that they have no adapter: once each, however many of them the page has. */
const warnedTags = new Set<string>();

function warnUnconfigured(tag: string, data: string | undefined): void {
  if (warnedTags.has(tag)) return;
  warnedTags.add(tag);
  const fix = data
    ? `has no adapter and no data: set ${data}, or give it an adapter: its \`adapter\` property, its \`api-base\` attribute or a <cert-dashboard> around it`
    : 'has no adapter: set its `adapter` property or its `api-base` attribute';
  console.warn(`cert-elements: <${tag}> ${fix}. See "Point it at your backend" in the cert-elements README.`);
}

/**
 * Finds an element's adapter, in order: its `adapter` property, its `api-base` attribute (a
 * `RestAdapter`), the nearest ancestor that provides one through `adapterContext`. Once the
 * element's first update has settled, an element with none of them that needs one is
 * `unconfigured` and warns once in the console.
 */
export class AdapterConsumer {
  private fromContext: CertAdapter | undefined;
  /** Whether an ancestor answered for the adapter, with one or (for now) without: then the ancestor is what needs configuring. */
  private provided = false;
  private rest: RestAdapterLoad | undefined;
  private settled = false;
  private settling = false;
  private readonly needs: (() => boolean)[] = [];
  /** Ends the subscription to the provider that answered last. */
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: AdapterHost,
    private readonly options: AdapterConsumerOptions = {},
  ) {
    // As @lit/context's ContextConsumer: a provider that takes over (one that appeared nearer) ends the last one's subscription.
    const provide = (adapter: CertAdapter | undefined, unsubscribe?: () => void) => {
      if (this.unsubscribe !== unsubscribe) this.unsubscribe?.();
      this.unsubscribe = unsubscribe;
      this.fromContext = adapter;
      this.provided = true;
      host.requestUpdate();
    };
    host.addController({
      hostConnected: () => {
        requestAdapter(host, provide);
        this.settleAfterFirstUpdate();
      },
      hostDisconnected: () => {
        this.unsubscribe?.();
        this.unsubscribe = undefined;
      },
    });
  }

  get adapter(): CertAdapter | undefined {
    if (this.host.adapter) return this.host.adapter;
    if (this.host.apiBase) return this.restAdapter(this.host.apiBase).adapter;
    return this.fromContext;
  }

  /** Why the `api-base` adapter could not be made; `undefined` while it loads, once made, or without `api-base`. */
  get error(): AdapterError | undefined {
    return !this.host.adapter && this.host.apiBase ? this.rest?.error : undefined;
  }

  /** Whether the element, its first update settled, has no adapter property, no `api-base` and no ancestor answering for one. */
  get unconfigured(): boolean {
    return this.settled && !this.host.adapter && !this.host.apiBase && !this.provided;
  }

  /** Registers something the element cannot show without an adapter: checked once settled, to warn. */
  need(needsAdapter: () => boolean): void {
    this.needs.push(needsAdapter);
  }

  /** Loads the `api-base` adapter again after it failed. */
  retry(): Promise<void> {
    this.rest = undefined;
    this.host.requestUpdate();
    return (this.host.apiBase && this.restAdapter(this.host.apiBase).done) || Promise.resolve();
  }

  private restAdapter(baseUrl: string): RestAdapterLoad {
    if (this.rest?.baseUrl === baseUrl) return this.rest;
    const load: RestAdapterLoad = { baseUrl };
    this.rest = load;
    // A server renders the loading state; the browser loads the adapter when it takes over.
    if (isServer) return load;
    load.done = restAdapterFor(baseUrl).then(
      (adapter) => {
        load.adapter = adapter;
      },
      (error: unknown) => {
        // A chunk that does not load (offline) fails like a request that does not arrive.
        load.error = toAdapterError(error);
      },
    );
    void load.done.then(() => this.host.requestUpdate());
    return load;
  }

  /**
   * Decides whether the element is configured after its first update and one task more, so that
   * an adapter set right after the element was added, or one its ancestor provides, still counts.
   */
  private settleAfterFirstUpdate(): void {
    if (this.settled || this.settling) return;
    this.settling = true;
    void this.host.updateComplete.then(() =>
      setTimeout(() => {
        this.settling = false;
        // Removed before it settled: it decides when it comes back.
        if (!this.host.isConnected) return;
        this.settled = true;
        if (!this.unconfigured || !this.needs.some((needsAdapter) => needsAdapter())) return;
        warnUnconfigured(this.host.localName, this.options.data);
        this.host.requestUpdate();
      }),
    );
  }
}

export interface AdapterResourceOptions {
  /** When it returns true, nothing is loaded (the element was given its data directly). */
  skip?: () => boolean;
  /**
   * Whether the element has nothing to show without this resource: `true` whenever it is not
   * skipped. Then, with no adapter configured, the status is `unconfigured` and the element warns.
   */
  required?: boolean | (() => boolean);
}

/**
 * Loads one thing through the element's adapter, as a `HostTask` whose argument is the adapter:
 * `loading`, then `ready` with `value` or `error` with an `AdapterError`; `unconfigured` when
 * required and the element has no adapter. Loads again when the adapter changes (aborting the
 * load before); aborts when the element is removed.
 */
export class AdapterResource<T> {
  private readonly task: HostTask<readonly [CertAdapter | undefined], T>;
  /** The task's argument; kept while `skip` holds, so skipping neither loads nor forgets. */
  private args: readonly [CertAdapter | undefined] = [undefined];

  constructor(
    host: AdapterHost,
    private readonly consumer: AdapterConsumer,
    load: (adapter: CertAdapter, signal: AbortSignal) => Promise<T>,
    private readonly options: AdapterResourceOptions = {},
  ) {
    this.task = new HostTask(
      host,
      () => this.currentArgs(),
      async ([adapter], { signal }) => {
        if (!adapter) return initialState;
        try {
          return await load(adapter, signal);
        } catch (error) {
          throw toAdapterError(error);
        }
      },
    );
    consumer.need(() => this.required());
  }

  get status(): AdapterResourceStatus {
    if (this.consumer.error) return 'error';
    if (this.consumer.unconfigured && this.required()) return 'unconfigured';
    return this.task.status;
  }

  get value(): T | undefined {
    return this.task.value;
  }

  get error(): AdapterError | undefined {
    if (this.consumer.error) return this.consumer.error;
    return this.task.status === 'error' ? (this.task.error as AdapterError) : undefined;
  }

  /** Loads now, from the current adapter even when skipped (also the retry action). Resolves when done; never rejects. */
  run(): Promise<void> {
    if (this.consumer.error) return this.consumer.retry();
    this.args = [this.consumer.adapter];
    return this.task.run(this.args);
  }

  private required(): boolean {
    const { required, skip } = this.options;
    return typeof required === 'function' ? required() : required === true && !skip?.();
  }

  private currentArgs(): readonly [CertAdapter | undefined] {
    const adapter = this.consumer.adapter;
    if (!this.options.skip?.() && adapter !== this.args[0]) this.args = [adapter];
    return this.args;
  }
}
