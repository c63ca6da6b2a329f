/**
 * A small pool of module workers (`./certificate-worker.ts`) that draw a batch's certificate PDFs
 * off the main thread: at most `hardwareConcurrency − 1`, at most 4. Detected, never assumed: a
 * page whose CSP forbids workers, a bundler that left the worker file out, or a worker that does not
 * say `ready` in time makes `state` `failed`, and the caller makes its certificates in slices
 * instead, on this page from then on. A job whose worker fails is rejected: its caller makes it on
 * the main thread. The workers stay for the next batch and end after a minute without work.
 */
import type { CertificatePage } from './certificate-pdf.js';
import type { FromWorker, PoolFontSource, ToWorker } from './certificate-worker.js';
import { builtInSources } from './built-in-fonts.js';
import type { CjkFamily } from './cjk-text.js';
import { registeredFontSources, type FontSource } from './font-registry.js';
import { fontFaceBytes, type PdfTextNeed } from './fonts.js';

/** Workers for a machine with `cores` logical processors: one core stays with the page. */
export function certificatePoolSize(cores: number | undefined): number {
  return Math.max(0, Math.min(4, (cores || 1) - 1));
}

/** Tuning, for tests: not part of the package's API. */
export const poolSettings = {
  /** `undefined`: `certificatePoolSize(navigator.hardwareConcurrency)`. */
  size: undefined as number | undefined,
  /** Fewer certificates than this are made on the main thread: starting a worker costs more than they do. */
  minBatch: 8,
  /** A worker that has not said `ready` by then never will (a CSP may block it without an error event). */
  readyTimeoutMs: 3000,
  idleMs: 60_000,
  /** A worker with work that says nothing for this long (a certificate takes milliseconds) is given up. */
  stallMs: 10_000,
  /** The worker module's URL; tests point it elsewhere to see a worker fail. */
  workerUrl: undefined as URL | string | undefined,
};

/** What the pool did on this page, for tests: not part of the package's API. */
export const poolCounters = { workersStarted: 0, pagesMade: 0, failures: 0 };

/** Jobs sent to one worker before the last returns: enough to keep it busy across a round trip. */
const IN_FLIGHT_PER_WORKER = 2;

interface Job {
  id: number;
  batch: number;
  page: CertificatePage;
  resolve: (bytes: Uint8Array) => void;
  reject: (error: unknown) => void;
}

interface Member {
  worker: Worker;
  ready: boolean;
  batch: number;
  jobs: Map<number, Job>;
  /** Fonts it waits for from the page: loading them may take a while, and is no stall. */
  fontsPending: number;
  stall?: ReturnType<typeof setTimeout>;
}

interface Batch {
  fonts: PoolFontSource[];
  needs: PdfTextNeed[];
  /** The certificates' language, which picks the forms of Han characters (`./cjk-text.ts`). */
  lang: string;
}

/** A worker failure, never shown to a person: the job is made on the main thread instead. */
export class PoolJobError extends Error {
  override name = 'PoolJobError';
}

const sourceKeys = new WeakMap<FontSource, string>();
const sourceRanges = new WeakMap<FontSource, Array<[number, number]>>();
let nextSourceKey = 0;

/** The code point ranges (BMP: jsPDF's limit) a registered font says it is for. */
function declaredRanges(source: FontSource): Array<[number, number]> {
  let ranges = sourceRanges.get(source);
  if (!ranges) {
    ranges = [];
    let start = -1;
    for (let cp = 0; cp <= 0x10000; cp++) {
      const declared = cp <= 0xffff && source.declares(cp);
      if (declared && start < 0) start = cp;
      else if (!declared && start >= 0) {
        ranges.push([start, cp - 1]);
        start = -1;
      }
    }
    sourceRanges.set(source, ranges);
  }
  return ranges;
}

/** A CJK slice a worker asks for as `cjk:<family>:<index>` (`setCjkSliceLoader` there). */
async function cjkSlice(key: string): Promise<FontSource | undefined> {
  const match = /^cjk:(sc|tc|jp|kr):(\d+)$/.exec(key);
  if (!match) return undefined;
  const { cjkSliceSource } = await import('./cjk-fonts.js');
  return cjkSliceSource(match[1] as CjkFamily, Number(match[2]));
}

/** The page's font sources, in the order they are tried, as a worker takes them. */
function poolFontSources(): { fonts: PoolFontSource[]; byKey: Map<string, FontSource> } {
  const byKey = new Map<string, FontSource>();
  const fonts = [...registeredFontSources(), ...builtInSources].map((source): PoolFontSource => {
    let key = sourceKeys.get(source);
    if (!key) sourceKeys.set(source, (key = `f${nextSourceKey++}`));
    byKey.set(key, source);
    const builtIn = builtInSources.includes(source);
    return {
      key,
      family: source.family,
      hasBold: source.hasBold,
      ...(builtIn ? {} : { ranges: declaredRanges(source) }),
    };
  });
  return { fonts, byKey };
}

export class CertificatePool {
  /** `starting` until a worker says `ready`; `failed` when none will. */
  state: 'starting' | 'ready' | 'failed' = 'starting';
  private readonly members: Member[] = [];
  private readonly queue: Job[] = [];
  private readonly batches = new Map<number, Batch>();
  private fontSources = new Map<string, FontSource>();
  private nextJob = 0;
  private nextBatch = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readyTimer: ReturnType<typeof setTimeout> | undefined;
  // Only `new Worker(new URL(…))` names the worker file: a bundler takes a `new URL` anywhere else for an
  // asset. A violation once the workers run is another script's.
  private readonly onViolation = (event: SecurityPolicyViolationEvent) => {
    if (this.state !== 'starting') return;
    if (event.effectiveDirective === 'worker-src' || event.blockedURI.includes('certificate-worker')) this.fail();
  };

  constructor(size: number) {
    if (typeof document !== 'undefined') document.addEventListener('securitypolicyviolation', this.onViolation);
    this.readyTimer = setTimeout(() => {
      if (this.state === 'starting') this.fail();
    }, poolSettings.readyTimeoutMs);
    for (let i = 0; i < size; i++) {
      let worker: Worker;
      try {
        // webpack 5 bundles the worker from `new Worker(new URL(...))`, as does our script-tag build (a
        // plugin in vite.config.ts joins the name). Vite up to 7 builds a worker as one classic script,
        // which code that loads on first use cannot be: the split name keeps it from trying, the URL
        // fails there and slices make the ZIP. Never a blob: URL, which a CSP forbids.
        worker = poolSettings.workerUrl
          ? new Worker(poolSettings.workerUrl, { type: 'module' })
          : new Worker(new URL('./certificate-worker' + '.js', import.meta.url), { type: 'module' });
      } catch {
        this.fail();
        return;
      }
      poolCounters.workersStarted++;
      const member: Member = { worker, ready: false, batch: -1, jobs: new Map(), fontsPending: 0 };
      this.members.push(member);
      worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.receive(member, event.data));
      worker.addEventListener('error', (event) => {
        // Handled here: a failed worker is no error of the page's (the certificate is made on the main thread).
        event.preventDefault();
        this.lose(member);
      });
      worker.addEventListener('messageerror', () => this.lose(member));
    }
  }

  /** Starts a batch: the fonts as the page has them now, and every text its certificates draw (for one font cut). */
  startBatch(needs: PdfTextNeed[], lang = 'en'): number {
    const { fonts, byKey } = poolFontSources();
    for (const [key, source] of byKey) this.fontSources.set(key, source);
    const batch = this.nextBatch++;
    this.batches.set(batch, { fonts, needs, lang });
    return batch;
  }

  /** The page's PDF bytes, made by a worker; rejects with `PoolJobError` when the pool cannot make it. */
  make(batch: number, page: CertificatePage): Promise<Uint8Array> {
    clearTimeout(this.idleTimer);
    return new Promise((resolve, reject) => {
      if (this.state === 'failed') return reject(new PoolJobError('no workers'));
      this.queue.push({ id: this.nextJob++, batch, page, resolve, reject });
      this.dispatch();
    });
  }

  /** Drops the batch's jobs not yet sent (those a worker has are left to finish, their bytes unused). */
  endBatch(batch: number, reason?: unknown): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].batch !== batch) continue;
      const [job] = this.queue.splice(i, 1);
      job.reject(reason ?? new PoolJobError('cancelled'));
    }
    this.batches.delete(batch);
    this.idleSoon();
  }

  private dispatch(): void {
    for (const member of this.members) {
      const had = member.jobs.size;
      while (member.ready && member.jobs.size < IN_FLIGHT_PER_WORKER && this.queue.length) {
        const job = this.queue.shift()!;
        if (member.batch !== job.batch) {
          const batch = this.batches.get(job.batch);
          if (batch) {
            const { fonts, needs, lang } = batch;
            this.post(member, { type: 'batch', batch: job.batch, fonts, needs, lang });
          }
          member.batch = job.batch;
        }
        member.jobs.set(job.id, job);
        this.post(member, { type: 'page', batch: job.batch, job: job.id, page: job.page });
      }
      // Only a worker that had nothing to do starts its clock here: another's stays as its last word set it.
      if (had === 0 && member.jobs.size) this.watch(member);
    }
  }

  /** Gives up a worker that has work and has said nothing for `stallMs`: its jobs go back to their callers. */
  private watch(member: Member): void {
    clearTimeout(member.stall);
    if (member.jobs.size && !member.fontsPending)
      member.stall = setTimeout(() => this.lose(member), poolSettings.stallMs);
  }

  private post(member: Member, message: ToWorker): void {
    member.worker.postMessage(message);
  }

  private receive(member: Member, data: FromWorker): void {
    switch (data.type) {
      case 'ready':
        member.ready = true;
        if (this.state === 'starting') this.state = 'ready';
        clearTimeout(this.readyTimer);
        break;
      case 'unusable':
        this.lose(member);
        return;
      case 'font':
        member.fontsPending++;
        void this.sendFont(member, data.key, data.weight);
        break;
      case 'done':
      case 'failed': {
        const job = member.jobs.get(data.job);
        member.jobs.delete(data.job);
        if (data.type === 'done') {
          poolCounters.pagesMade++;
          job?.resolve(data.bytes);
        } else job?.reject(new PoolJobError(data.error));
        this.idleSoon();
        break;
      }
    }
    this.watch(member);
    this.dispatch();
  }

  private async sendFont(member: Member, key: string, weight: 'normal' | 'bold'): Promise<void> {
    try {
      const source = this.fontSources.get(key) ?? (await cjkSlice(key));
      if (!source) throw new Error(`no font ${key}`);
      const bytes = await fontFaceBytes(source, weight);
      this.post(member, { type: 'font', key, weight, bytes });
    } catch (error) {
      this.post(member, { type: 'font', key, weight, error: error instanceof Error ? error.message : String(error) });
    }
    member.fontsPending--;
    this.watch(member);
  }

  /** A worker that failed: its jobs go back to their callers, and without workers the pool has failed. */
  private lose(member: Member): void {
    if (!this.members.includes(member)) return;
    poolCounters.failures++;
    this.members.splice(this.members.indexOf(member), 1);
    retire(member, 'the worker stopped');
    if (this.members.length === 0) this.fail();
    else this.dispatch();
  }

  private fail(): void {
    if (this.state === 'failed') return;
    // Not an error: slices make the ZIP. Said once, for whoever wonders why no worker runs.
    if (this.state === 'starting')
      console.info('cert-elements: no worker could start here; certificates are made on the main thread.');
    this.state = 'failed';
    this.terminate();
    for (const job of this.queue.splice(0)) job.reject(new PoolJobError('no workers'));
  }

  private idleSoon(): void {
    clearTimeout(this.idleTimer);
    if (this.queue.length || this.members.some((m) => m.jobs.size)) return;
    this.idleTimer = setTimeout(() => {
      if (shared === this) shared = undefined;
      this.terminate();
    }, poolSettings.idleMs);
  }

  /** Ends every worker; jobs they had are rejected. */
  terminate(): void {
    clearTimeout(this.readyTimer);
    clearTimeout(this.idleTimer);
    if (typeof document !== 'undefined') document.removeEventListener('securitypolicyviolation', this.onViolation);
    for (const member of this.members.splice(0)) retire(member, 'the pool closed');
  }
}

/** Ends a worker; the jobs it had go back to their callers, to be made on the main thread. */
function retire(member: Member, why: string): void {
  clearTimeout(member.stall);
  member.worker.terminate();
  for (const job of member.jobs.values()) job.reject(new PoolJobError(why));
  member.jobs.clear();
}

let shared: CertificatePool | undefined;
/** Set once workers failed to start on this page: they will not start later either. */
let forbidden = false;

/**
 * The page's pool, started on first use; `null` where there is none to use: no `Worker`, one core
 * (`certificatePoolSize`), or workers that failed to start here before.
 */
export function certificatePool(): CertificatePool | null {
  if (shared?.state === 'failed') {
    forbidden = true;
    shared = undefined;
  }
  if (forbidden || typeof Worker === 'undefined') return null;
  const size = poolSettings.size ?? certificatePoolSize(globalThis.navigator?.hardwareConcurrency);
  if (size < 1) return null;
  shared ??= new CertificatePool(size);
  return shared;
}

/** Ends the pool and forgets a failure, for tests: not part of the package's API. */
export function resetCertificatePool(): void {
  shared?.terminate();
  shared = undefined;
  forbidden = false;
}
