import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResourceStatus } from '../../internal/adapter-consumer.js';
import type { Badge } from '../../model.js';

/**
 * A badge read from `credential` or `src` (parsing, and fetching linked documents or the file):
 * `loading`, then `ready` or `error`. Aborts when the host is removed and starts again when it
 * comes back; a newer `run()` supersedes an older one.
 */
export class BadgeSourceController implements ReactiveController {
  status: ResourceStatus = 'idle';
  value: Badge | undefined;
  error: unknown;
  private abort: AbortController | undefined;
  private interrupted = false;

  /** `load` returns `null` when there is nothing to read. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: (signal: AbortSignal) => Promise<Badge> | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.interrupted) this.run();
  }

  hostDisconnected(): void {
    this.interrupted = this.status === 'loading';
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Reads the source again (also the retry action). */
  run(): void {
    this.abort?.abort();
    this.interrupted = false;
    const abort = new AbortController();
    const loading = this.load(abort.signal);
    this.error = undefined;
    if (!loading) {
      this.abort = undefined;
      this.status = 'idle';
      this.value = undefined;
      this.host.requestUpdate();
      return;
    }
    this.abort = abort;
    this.status = 'loading';
    this.value = undefined;
    this.host.requestUpdate();
    loading.then(
      (badge) => this.settle(abort, 'ready', badge, undefined),
      (error: unknown) => this.settle(abort, 'error', undefined, error),
    );
  }

  private settle(abort: AbortController, status: ResourceStatus, value: Badge | undefined, error: unknown): void {
    if (abort.signal.aborted) return;
    this.abort = undefined;
    this.status = status;
    this.value = value;
    this.error = error;
    this.host.requestUpdate();
  }
}
