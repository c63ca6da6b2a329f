import { ContextConsumer } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { CertAdapter } from '../adapter/adapter.js';
import { adapterContext } from '../adapter/context.js';
import { AdapterError, toAdapterError } from '../adapter/errors.js';
import { RestAdapter } from '../adapter/rest-adapter.js';
import { abortWithHost, resourceStatus, type ResourceStatus } from './host-task.js';

export type { ResourceStatus };

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

export interface AdapterResourceOptions {
  /** When it returns true, nothing is loaded (the element was given its data directly). */
  skip?: () => boolean;
}

/**
 * Loads one thing through the element's adapter, as a `Task` whose argument is the adapter:
 * `loading`, then `ready` with `value` or `error` with an `AdapterError`. Loads again when the
 * adapter changes (aborting the load before); aborts when the element is removed.
 */
export class AdapterResource<T> {
  private readonly task: Task<readonly [CertAdapter | undefined], T>;
  /** The task's argument; kept while `skip` holds, so skipping neither loads nor forgets. */
  private args: readonly [CertAdapter | undefined] = [undefined];

  constructor(
    host: AdapterHost,
    private readonly consumer: AdapterConsumer,
    load: (adapter: CertAdapter, signal: AbortSignal) => Promise<T>,
    private readonly options: AdapterResourceOptions = {},
  ) {
    this.task = new Task(host, {
      args: () => this.currentArgs(),
      task: async ([adapter], { signal }) => {
        if (!adapter) return initialState;
        try {
          return await load(adapter, signal);
        } catch (error) {
          throw toAdapterError(error);
        }
      },
    });
    abortWithHost(host, this.task);
  }

  get status(): ResourceStatus {
    return resourceStatus(this.task);
  }

  get value(): T | undefined {
    return this.task.value;
  }

  get error(): AdapterError | undefined {
    return this.task.status === TaskStatus.ERROR ? (this.task.error as AdapterError) : undefined;
  }

  /** Loads now, from the current adapter even when skipped (also the retry action). Resolves when done; never rejects. */
  run(): Promise<void> {
    this.args = [this.consumer.adapter];
    return this.task.run(this.args);
  }

  private currentArgs(): readonly [CertAdapter | undefined] {
    const adapter = this.consumer.adapter;
    if (!this.options.skip?.() && adapter !== this.args[0]) this.args = [adapter];
    return this.args;
  }
}
