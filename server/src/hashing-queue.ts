/**
 * scrypt behind a bounded queue. Node runs scrypt on libuv's thread pool (four threads), where file
 * reads wait too; each hash at the default cost also takes 128 MiB. So only `concurrency` hashes run
 * at once, at most `maxWaiting` more wait their turn, and one more is refused at once with 503 and
 * `Retry-After` rather than queued without end.
 */
import type { AccessCodeHashing } from './access-codes.js';
import { Problem } from './problems.js';

export interface HashingQueueLimits {
  concurrency: number;
  maxWaiting: number;
}

/** Thrown when the queue is full: the request is answered 503, and the attempt was never checked. */
export class HashingBusy extends Problem {
  constructor(retryAfter: number) {
    super(503, 'The server is busy checking access codes; try again in a moment.', { retryAfter });
  }
}

export class QueuedHashing implements AccessCodeHashing {
  readonly #inner: AccessCodeHashing;
  readonly #limits: HashingQueueLimits;
  readonly #waiting: (() => void)[] = [];
  #running = 0;
  /** A running average of how long one hash takes, for `Retry-After`. */
  #averageMs = 500;

  constructor(inner: AccessCodeHashing, limits: HashingQueueLimits) {
    this.#inner = inner;
    this.#limits = limits;
  }

  hash(code: string, log2N: number): Promise<string> {
    return this.#run(() => this.#inner.hash(code, log2N));
  }

  verify(code: string, stored: string): Promise<boolean> {
    return this.#run(() => this.#inner.verify(code, stored));
  }

  /** Hashes running and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.#running, waiting: this.#waiting.length };
  }

  async #run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#running < this.#limits.concurrency) this.#running++;
    else if (this.#waiting.length < this.#limits.maxWaiting) {
      // The slot is handed over by the hash that finishes, so `#running` stays as it is.
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      const ahead = this.#running + this.#waiting.length;
      throw new HashingBusy(Math.max(1, Math.ceil((ahead * this.#averageMs) / this.#limits.concurrency / 1000)));
    }
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.#averageMs = 0.8 * this.#averageMs + 0.2 * (performance.now() - start);
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    }
  }
}
