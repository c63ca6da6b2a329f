import type { Badge, Certification, CredentialVerification, Learner, Transcript, TranscriptShare } from '../model.js';
import type {
  CertAdapter,
  CreateTranscriptShareRequest,
  EmailTranscriptRequest,
  RequestOptions,
  ViewSharedTranscriptRequest,
} from './adapter.js';
import type { MemoryBackend } from './memory-backend.js';
import type { MemoryAdapterOptions, MemoryAdapterState, SentTranscriptEmail } from './memory-types.js';

export type {
  CertAdapterOperation,
  MemoryAdapterOptions,
  MemoryAdapterState,
  SentTranscriptEmail,
  StoredTranscriptShare,
} from './memory-types.js';

/**
 * An in-memory backend: demo data or data given to it, and transcript shares with the same rules a
 * real backend keeps (hashed access codes, one answer for every failed view, a rate limit, expiry,
 * suspension after many failed views when `suspendAfterFailures` is set). Every answer is a deep copy, so callers cannot change its state. Its code loads with its first
 * call, so pages that talk to a real backend do not carry it.
 */
export class MemoryAdapter implements CertAdapter {
  /** Transcript e-mails "sent", oldest first. */
  readonly outbox: readonly SentTranscriptEmail[];
  /** Present only when the adapter was given `certificatePdfs`. */
  readonly getCertificatePdf?: (certificationId: string, o?: RequestOptions) => Promise<Blob | null>;

  readonly #backend: Promise<MemoryBackend>;

  constructor(options: MemoryAdapterOptions = {}) {
    const sent: SentTranscriptEmail[] = [];
    this.outbox = sent;
    // Copied now: the caller may change its objects before the backend's code has loaded.
    const data = structuredClone({
      learner: options.learner,
      certifications: options.certifications,
      badges: options.badges,
      transcript: options.transcript,
    });
    const copied = { ...options, ...data };
    this.#backend = import('./memory-backend.js').then(({ MemoryBackend }) => new MemoryBackend(copied, sent));
    if (options.certificatePdfs) {
      this.getCertificatePdf = (certificationId, o) =>
        this.#backend.then((b) => b.getCertificatePdf!(certificationId, o));
    }
  }

  /** Resolves once the adapter can answer (its code, and the demo data if it uses them, loaded). */
  async ready(): Promise<void> {
    await (await this.#backend).ready();
  }

  getLearner(o?: RequestOptions): Promise<Learner> {
    return this.#backend.then((b) => b.getLearner(o));
  }

  listCertifications(o?: RequestOptions): Promise<Certification[]> {
    return this.#backend.then((b) => b.listCertifications(o));
  }

  listBadges(o?: RequestOptions): Promise<Badge[]> {
    return this.#backend.then((b) => b.listBadges(o));
  }

  getTranscript(o?: RequestOptions): Promise<Transcript> {
    return this.#backend.then((b) => b.getTranscript(o));
  }

  emailTranscript(r: EmailTranscriptRequest, o?: RequestOptions): Promise<void> {
    return this.#backend.then((b) => b.emailTranscript(r, o));
  }

  listTranscriptShares(o?: RequestOptions): Promise<TranscriptShare[]> {
    return this.#backend.then((b) => b.listTranscriptShares(o));
  }

  createTranscriptShare(r: CreateTranscriptShareRequest, o?: RequestOptions): Promise<TranscriptShare> {
    return this.#backend.then((b) => b.createTranscriptShare(r, o));
  }

  revokeTranscriptShare(transcriptId: string, o?: RequestOptions): Promise<void> {
    return this.#backend.then((b) => b.revokeTranscriptShare(transcriptId, o));
  }

  resumeTranscriptShare(transcriptId: string, o?: RequestOptions): Promise<void> {
    return this.#backend.then((b) => b.resumeTranscriptShare(transcriptId, o));
  }

  viewSharedTranscript(r: ViewSharedTranscriptRequest, o?: RequestOptions): Promise<Transcript> {
    return this.#backend.then((b) => b.viewSharedTranscript(r, o));
  }

  verifyCredential(credentialId: string, o?: RequestOptions): Promise<CredentialVerification> {
    return this.#backend.then((b) => b.verifyCredential(credentialId, o));
  }

  /**
   * For tests and debugging: a deep copy of everything the adapter keeps, as a backend's database
   * would hold it (shares with their access-code hashes, never the codes).
   */
  async inspectState(): Promise<MemoryAdapterState> {
    const backend = await this.#backend;
    await backend.ready();
    return backend.inspectState();
  }
}
