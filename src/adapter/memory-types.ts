/** The options and the inspectable state of `MemoryAdapter`, apart so that its lazily loaded backend can share them. */
import type { Badge, Certification, Learner, Transcript } from '../model.js';
import type { CertAdapter } from './adapter.js';
import type { AdapterError } from './errors.js';

export type CertAdapterOperation = keyof CertAdapter;

/** A transcript e-mail the adapter "sent", recorded in `MemoryAdapter.outbox`. */
export interface SentTranscriptEmail {
  to: string;
  includeAddress: boolean;
  /** The canonical language tag asked for; `null` when none was. */
  lang: string | null;
  sentAt: string;
}

/** A share as the adapter stores it: the access code only as a salted hash. */
export interface StoredTranscriptShare {
  transcriptId: string;
  hash: string;
  includeAddress: boolean;
  createdAt: string;
  expiresAt: string;
  /** When failed views suspended it (`suspendAfterFailures`); `null` when it is not suspended. */
  suspendedAt: string | null;
}

/** Everything a `MemoryAdapter` keeps, as `inspectState()` returns it. */
export interface MemoryAdapterState {
  learner: Learner;
  certifications: Certification[];
  badges: Badge[];
  shares: StoredTranscriptShare[];
  outbox: SentTranscriptEmail[];
}

export interface MemoryAdapterOptions {
  /** Defaults to the demo learner, as do `certifications` and `badges`. */
  learner?: Learner;
  certifications?: Certification[];
  badges?: Badge[];
  /** Replaces parts of the transcript otherwise derived from the learner and certifications. */
  transcript?: Partial<Transcript>;
  /** Artificial delay before every answer, in milliseconds, to show loading states. */
  latencyMs?: number;
  /** Page that opens a shared transcript; a share's `url` is this plus `?transcript=<id>`. */
  shareBaseUrl?: string;
  /** The clock, for share expiry, rate limits and dates; defaults to the real one. */
  now?: () => Date;
  /** Official certificate PDFs by certification ID; given, the adapter has `getCertificatePdf`. */
  certificatePdfs?: Record<string, Blob>;
  /** Makes an operation always reject with this error, to show error states. */
  fail?: Partial<Record<CertAdapterOperation, AdapterError>>;
  /**
   * Failed views of one share within the attempt window that suspend it until the learner resumes
   * it (`resumeTranscriptShare`), as a real backend does when many addresses guess at a share. A
   * view of a suspended share is refused with `forbidden`, reason `share-suspended`. Takes effect up
   * to `SHARE_MAX_FAILED_ATTEMPTS`, where the rate limit stops further failures; none by default.
   */
  suspendAfterFailures?: number;
  /** PBKDF2 iterations for access-code hashes; defaults to `ACCESS_CODE_HASH_ITERATIONS`. */
  hashIterations?: number;
}
