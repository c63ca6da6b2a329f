import { notEqual, type ReactiveController, type ReactiveControllerHost } from 'lit';

export type ResourceStatus = 'idle' | 'loading' | 'error' | 'ready';

/** Returned by a task's function to go back to `idle` without a value or an error. */
export const initialState = Symbol();

export type TaskFunction<A extends readonly unknown[], T> = (
  args: A,
  options: { signal: AbortSignal },
) => T | typeof initialState | Promise<T | typeof initialState>;

/**
 * Work that runs before the host's update whenever `args()` returns different values (by `notEqual`,
 * item by item), as `@lit/task`'s `Task` does with its defaults: `loading`, then `ready` with
 * `value` or `error` with `error`, or back to `idle` when the function returns `initialState`. A
 * new run aborts the one in flight, whose result is then ignored; the host updates when the status
 * changes. Unlike `Task`, it aborts when its host leaves the page and runs again when the host comes
 * back if it was cut short.
 */
export class HostTask<A extends readonly unknown[], T> implements ReactiveController {
  status: ResourceStatus = 'idle';
  value: T | undefined;
  error: unknown;
  private previousArgs: A | undefined;
  private abortController: AbortController | undefined;
  private callId = 0;
  private interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly args: () => A,
    private readonly task: TaskFunction<A, T>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.args();
    const previous = this.previousArgs;
    this.previousArgs = args;
    if (
      args !== previous &&
      (!previous || previous.length !== args.length || args.some((value, i) => notEqual(value, previous[i])))
    ) {
      void this.run(args);
    }
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    void this.run();
  }

  hostDisconnected(): void {
    this.interrupted = this.status === 'loading';
    this.abort();
  }

  /** Runs now with `args` (by default the current ones). Resolves when done; never rejects. */
  async run(args: A = this.args()): Promise<void> {
    this.previousArgs = args;
    this.abort();
    this.status = 'loading';
    this.host.requestUpdate();
    const key = ++this.callId;
    const controller = (this.abortController = new AbortController());
    let result: T | typeof initialState | undefined;
    let error: unknown;
    let errored = false;
    try {
      result = await this.task(args, { signal: controller.signal });
    } catch (e) {
      errored = true;
      error = e;
    }
    if (this.callId !== key) return;
    if (result === initialState) {
      this.status = 'idle';
    } else {
      this.status = errored ? 'error' : 'ready';
      this.value = result;
      this.error = error;
    }
    this.host.requestUpdate();
  }

  abort(): void {
    if (this.status === 'loading') this.abortController?.abort();
  }
}
