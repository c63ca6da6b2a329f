import type { Badge, Certification, CredentialVerification, Learner, Transcript, TranscriptShare } from '../model.js';
import type {
  CertAdapter,
  CreateTranscriptShareRequest,
  EmailTranscriptRequest,
  RequestOptions,
  ViewSharedTranscriptRequest,
} from './adapter.js';
import type { DemoData } from '../demo/demo-data.js';
import { assetUrl } from '../rules/asset-base.js';
import { isEmailAddress } from '../rules/email-address.js';
import { transcriptPageUrl } from '../rules/share-url.js';
import { transcriptOf } from '../rules/transcript.js';
import { verificationOf } from '../rules/verification.js';
import {
  LANGUAGE_TAG_PROBLEM,
  canonicalLanguageTag,
  repeatWaitSeconds,
  sameTranscriptEmail,
} from '../rules/transcript-email.js';
import { SHARE_SUSPENDED } from '../rules/share-problems.js';
import {
  NO_MATCHING_SHARE,
  SHARE_ATTEMPT_WINDOW_MS,
  SHARE_LIFETIME_DAYS,
  SHARE_MAX_FAILED_ATTEMPTS,
  newTranscriptId,
  normalizeTranscriptId,
} from '../rules/transcript-share.js';
import { checkAccessCode } from './access-code-check.js';
import {
  ACCESS_CODE_HASH_ITERATIONS,
  hashAccessCode,
  unmatchableAccessCodeHash,
  verifyAccessCode,
} from './access-code-hash.js';
import { AdapterError, abortedBy } from './errors.js';
import type {
  CertAdapterOperation,
  MemoryAdapterOptions,
  MemoryAdapterState,
  SentTranscriptEmail,
  StoredTranscriptShare,
} from './memory-types.js';

/**
 * The demo badges' pictures are the library's own files: fetched from the folder `setAssetBase`
 * names, when the page moved them. Applied here, when the demo learner is seeded, rather than in the
 * demo data, which the script-tag build loads as an entry of its own: importing the asset base there
 * would split it out of the main script into a chunk of its own.
 */
function withAssetBase(demo: DemoData): DemoData {
  return { ...demo, badges: demo.badges.map((badge) => ({ ...badge, imageUrl: assetUrl(badge.imageUrl) })) };
}

/**
 * What `MemoryAdapter` does, loaded with its first call: demo data or data given to it, and
 * transcript shares with the same rules a real backend keeps (hashed access codes, one answer for
 * every failed view, a rate limit, expiry). Every answer is a deep copy.
 */
export class MemoryBackend implements CertAdapter {
  /** Present only when the adapter was given `certificatePdfs`. */
  readonly getCertificatePdf?: (certificationId: string, o?: RequestOptions) => Promise<Blob | null>;

  #learner!: Learner;
  #certifications!: Certification[];
  #badges!: Badge[];
  /** Set while the demo data loads: it is a separate chunk, fetched only by adapters that use it. */
  readonly #demoLoading: Promise<void> | undefined;
  readonly #transcriptOverrides: Partial<Transcript>;
  readonly #latencyMs: number;
  readonly #shareBaseUrl: string | null;
  readonly #now: () => Date;
  readonly #fail: Partial<Record<CertAdapterOperation, AdapterError>>;
  readonly #hashIterations: number;
  readonly #suspendAfterFailures: number;
  readonly #shares = new Map<string, StoredTranscriptShare>();
  /** Times (ms) of failed view attempts per normalised transcript ID. */
  readonly #failedAttempts = new Map<string, number[]>();
  readonly #sent: SentTranscriptEmail[];

  /** `sent` is the adapter's outbox, which this backend fills. */
  constructor(options: MemoryAdapterOptions, sent: SentTranscriptEmail[]) {
    this.#sent = sent;
    this.#now = options.now ?? (() => new Date());
    if (options.learner && options.certifications && options.badges) {
      this.#adopt(options);
    } else {
      this.#demoLoading = import('../demo/demo-data.js').then(({ demoData }) =>
        this.#adopt(options, withAssetBase(demoData(this.#now()))),
      );
    }
    this.#transcriptOverrides = structuredClone(options.transcript ?? {});
    this.#latencyMs = Math.max(0, options.latencyMs ?? 0);
    this.#shareBaseUrl = options.shareBaseUrl || null;
    this.#fail = { ...options.fail };
    this.#hashIterations = options.hashIterations ?? ACCESS_CODE_HASH_ITERATIONS;
    this.#suspendAfterFailures = options.suspendAfterFailures ?? Infinity;
    const pdfs = options.certificatePdfs;
    if (pdfs) {
      const byId = new Map(Object.entries(pdfs));
      this.getCertificatePdf = (certificationId, o) =>
        this.#answer('getCertificatePdf', o, () => {
          if (!this.#certifications.some((c) => c.id === certificationId)) {
            throw new AdapterError('not-found', 'No certification has this ID.');
          }
          const pdf = byId.get(certificationId);
          return pdf ? pdf.slice(0, pdf.size, pdf.type) : null;
        });
    }
  }

  getLearner(o?: RequestOptions): Promise<Learner> {
    return this.#answer('getLearner', o, () => structuredClone(this.#learner));
  }

  listCertifications(o?: RequestOptions): Promise<Certification[]> {
    return this.#answer('listCertifications', o, () => structuredClone(this.#certifications));
  }

  listBadges(o?: RequestOptions): Promise<Badge[]> {
    return this.#answer('listBadges', o, () => structuredClone(this.#badges));
  }

  verifyCredential(credentialId: string, o?: RequestOptions): Promise<CredentialVerification> {
    return this.#answer('verifyCredential', o, () => {
      const certification = this.#certifications.find((c) => c.credentialId === credentialId);
      const found = certification && { certification, holderName: this.#learner.name };
      return verificationOf(credentialId, found, this.#now());
    });
  }

  getTranscript(o?: RequestOptions): Promise<Transcript> {
    return this.#answer('getTranscript', o, () => this.#transcript(true));
  }

  emailTranscript(r: EmailTranscriptRequest, o?: RequestOptions): Promise<void> {
    return this.#answer('emailTranscript', o, () => {
      const to = typeof r.to === 'string' ? r.to.trim() : '';
      if (!isEmailAddress(to)) {
        throw new AdapterError('invalid-request', 'The e-mail address is not valid.', { field: 'to' });
      }
      const includeAddress = requireBoolean(r.includeAddress, 'includeAddress');
      const lang = r.lang === undefined ? null : canonicalLanguageTag(r.lang);
      if (r.lang !== undefined && !lang) {
        throw new AdapterError('invalid-request', LANGUAGE_TAG_PROBLEM, { field: 'lang' });
      }
      const email = { to, includeAddress, lang };
      const now = this.#now();
      const last = this.#sent.findLast((sent) => sameTranscriptEmail(sent, email));
      const wait = last ? repeatWaitSeconds(Date.parse(last.sentAt), now.getTime()) : 0;
      if (wait > 0) {
        throw new AdapterError('rate-limited', 'This e-mail was just sent; an identical one waits a minute.', {
          status: 429,
          retryAfter: wait,
        });
      }
      this.#sent.push(Object.freeze({ ...email, sentAt: now.toISOString() }));
    });
  }

  listTranscriptShares(o?: RequestOptions): Promise<TranscriptShare[]> {
    return this.#answer('listTranscriptShares', o, () => {
      const now = this.#now().getTime();
      return [...this.#shares.values()]
        .filter((share) => !isExpired(share, now))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map((share) => this.#publicShare(share));
    });
  }

  createTranscriptShare(r: CreateTranscriptShareRequest, o?: RequestOptions): Promise<TranscriptShare> {
    return this.#answer('createTranscriptShare', o, async () => {
      checkAccessCode(r.accessCode);
      const includeAddress = requireBoolean(r.includeAddress, 'includeAddress');
      const hash = await hashAccessCode(r.accessCode, undefined, this.#hashIterations);
      throwIfAborted(o?.signal);
      let transcriptId = newTranscriptId();
      while (this.#shares.has(transcriptId)) transcriptId = newTranscriptId();
      const created = this.#now();
      const share: StoredTranscriptShare = {
        transcriptId,
        hash,
        includeAddress,
        createdAt: created.toISOString(),
        expiresAt: new Date(created.getTime() + SHARE_LIFETIME_DAYS * 86_400_000).toISOString(),
        suspendedAt: null,
      };
      this.#shares.set(transcriptId, share);
      return this.#publicShare(share);
    });
  }

  revokeTranscriptShare(transcriptId: string, o?: RequestOptions): Promise<void> {
    return this.#answer('revokeTranscriptShare', o, () => {
      const id = normalizeTranscriptId(String(transcriptId));
      const share = this.#shares.get(id);
      if (!share || isExpired(share, this.#now().getTime())) {
        throw new AdapterError('not-found', 'No transcript share has this transcript ID.');
      }
      this.#shares.delete(id);
    });
  }

  resumeTranscriptShare(transcriptId: string, o?: RequestOptions): Promise<void> {
    return this.#answer('resumeTranscriptShare', o, () => {
      const id = normalizeTranscriptId(String(transcriptId));
      const share = this.#shares.get(id);
      if (!share || isExpired(share, this.#now().getTime())) {
        throw new AdapterError('not-found', 'No transcript share has this transcript ID.');
      }
      share.suspendedAt = null;
      // The guesses that suspended it are forgiven with it, or the next one would suspend it again.
      this.#failedAttempts.delete(id);
    });
  }

  viewSharedTranscript(r: ViewSharedTranscriptRequest, o?: RequestOptions): Promise<Transcript> {
    return this.#answer('viewSharedTranscript', o, async () => {
      const id = normalizeTranscriptId(typeof r.transcriptId === 'string' ? r.transcriptId : '');
      const code = typeof r.accessCode === 'string' ? r.accessCode : '';
      const now = this.#now().getTime();
      const suspended = this.#shares.get(id);
      if (suspended?.suspendedAt && !isExpired(suspended, now)) {
        throw new AdapterError('forbidden', SHARE_SUSPENDED, { status: 403, reason: 'share-suspended' });
      }
      // Counted before the check and forgiven on success, so parallel guesses cannot slip past the limit.
      const attempt = this.#countAttempt(id, now);
      const share = this.#shares.get(id);
      const live = share !== undefined && !isExpired(share, now);
      // An unknown ID costs the same hashing as a known one, so timing does not tell them apart.
      const matches = await verifyAccessCode(code, live ? share.hash : unmatchableAccessCodeHash(this.#hashIterations));
      if (!live || !matches) {
        if (live) this.#suspendIfGuessedAt(share, now);
        throw new AdapterError('not-found', NO_MATCHING_SHARE, { status: 404 });
      }
      this.#forgiveAttempt(id, attempt);
      return {
        ...this.#transcript(share.includeAddress),
        share: { createdAt: share.createdAt, expiresAt: share.expiresAt },
      };
    });
  }

  /**
   * For tests and debugging (after `ready()`): a deep copy of everything the adapter keeps, as a backend's database
   * would hold it (shares with their access-code hashes, never the codes).
   */
  inspectState(): MemoryAdapterState {
    return structuredClone({
      learner: this.#learner,
      certifications: this.#certifications,
      badges: this.#badges,
      shares: [...this.#shares.values()],
      outbox: this.#sent,
    });
  }

  /** Resolves once the data is in place (at once, unless the demo data is still loading). */
  async ready(): Promise<void> {
    await this.#demoLoading;
  }

  #adopt(given: Pick<MemoryAdapterOptions, 'learner' | 'certifications' | 'badges'>, demo?: DemoData): void {
    this.#learner = structuredClone(given.learner ?? demo!.learner);
    this.#certifications = structuredClone(given.certifications ?? demo!.certifications);
    this.#badges = structuredClone(given.badges ?? demo!.badges);
  }

  /** Runs one operation as a backend would answer it: latency, abort, a configured failure. */
  async #answer<T>(
    operation: CertAdapterOperation,
    o: RequestOptions | undefined,
    work: () => T | Promise<T>,
  ): Promise<T> {
    const signal = o?.signal;
    throwIfAborted(signal);
    await this.#demoLoading;
    throwIfAborted(signal);
    if (this.#latencyMs > 0) await delay(this.#latencyMs, signal);
    const failure = this.#fail[operation];
    if (failure) throw failure;
    const result = await work();
    throwIfAborted(signal);
    return result;
  }

  #transcript(includeAddress: boolean): Transcript {
    const transcript: Transcript = {
      ...transcriptOf(this.#learner, this.#certifications, true, this.#now()),
      ...structuredClone(this.#transcriptOverrides),
    };
    if (!includeAddress) transcript.learner = { ...transcript.learner, address: null };
    return transcript;
  }

  #publicShare(share: StoredTranscriptShare): TranscriptShare {
    return {
      transcriptId: share.transcriptId,
      url: this.#shareUrl(share.transcriptId),
      includeAddress: share.includeAddress,
      createdAt: share.createdAt,
      expiresAt: share.expiresAt,
      suspendedAt: share.suspendedAt,
    };
  }

  /** Suspends a share once its recent failed views reach `suspendAfterFailures`. */
  #suspendIfGuessedAt(share: StoredTranscriptShare, now: number): void {
    const failures = this.#failedAttempts.get(share.transcriptId)?.length ?? 0;
    if (failures >= this.#suspendAfterFailures) share.suspendedAt ??= new Date(now).toISOString();
  }

  #shareUrl(transcriptId: string): string | null {
    return this.#shareBaseUrl ? transcriptPageUrl(this.#shareBaseUrl, transcriptId) : null;
  }

  /** Records an attempt on `id`, or rejects with `rate-limited` when too many failed recently. */
  #countAttempt(id: string, now: number): number {
    for (const [key, times] of this.#failedAttempts) {
      const recent = times.filter((t) => now - t < SHARE_ATTEMPT_WINDOW_MS);
      if (recent.length > 0) this.#failedAttempts.set(key, recent);
      else this.#failedAttempts.delete(key);
    }
    const recent = this.#failedAttempts.get(id) ?? [];
    if (recent.length >= SHARE_MAX_FAILED_ATTEMPTS) {
      const retryAfter = Math.max(1, Math.ceil((Math.min(...recent) + SHARE_ATTEMPT_WINDOW_MS - now) / 1000));
      throw new AdapterError('rate-limited', 'Too many failed attempts for this transcript ID; try again later.', {
        status: 429,
        retryAfter,
      });
    }
    this.#failedAttempts.set(id, [...recent, now]);
    return now;
  }

  #forgiveAttempt(id: string, attempt: number): void {
    const times = this.#failedAttempts.get(id);
    const at = times?.indexOf(attempt) ?? -1;
    if (!times || at < 0) return;
    times.splice(at, 1);
    if (times.length === 0) this.#failedAttempts.delete(id);
  }
}

function isExpired(share: StoredTranscriptShare, now: number): boolean {
  return Date.parse(share.expiresAt) <= now;
}

function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') {
    throw new AdapterError('invalid-request', `${field} must be true or false.`, { field });
  }
  return value;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortedBy(signal);
}

function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortedBy(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
