import type {
  Badge,
  Certification,
  CreateTranscriptShareRequest,
  CredentialVerification,
  EmailTranscriptRequest,
  Learner,
  Transcript,
  TranscriptShare,
  ViewSharedTranscriptRequest,
} from '../model.js';

export type { CreateTranscriptShareRequest, EmailTranscriptRequest, ViewSharedTranscriptRequest };

/** Options every adapter call takes. */
export interface RequestOptions {
  signal?: AbortSignal;
}

/**
 * How the elements reach the partner's backend. Every method rejects with an `AdapterError`.
 * `MemoryAdapter` and `RestAdapter` implement it; a partner may write their own.
 */
export interface CertAdapter {
  getLearner(o?: RequestOptions): Promise<Learner>;
  listCertifications(o?: RequestOptions): Promise<Certification[]>;
  listBadges(o?: RequestOptions): Promise<Badge[]>;
  getTranscript(o?: RequestOptions): Promise<Transcript>;
  emailTranscript(r: EmailTranscriptRequest, o?: RequestOptions): Promise<void>;
  listTranscriptShares(o?: RequestOptions): Promise<TranscriptShare[]>;
  createTranscriptShare(r: CreateTranscriptShareRequest, o?: RequestOptions): Promise<TranscriptShare>;
  revokeTranscriptShare(transcriptId: string, o?: RequestOptions): Promise<void>;
  /**
   * Lifts the suspension of a share (`TranscriptShare.suspendedAt`), so its ID and code open it
   * again; a share that is not suspended stays as it is. Absent from a backend without suspension:
   * then the widgets offer no Resume button.
   */
  resumeTranscriptShare?(transcriptId: string, o?: RequestOptions): Promise<void>;
  viewSharedTranscript(r: ViewSharedTranscriptRequest, o?: RequestOptions): Promise<Transcript>;
  /** An official PDF of the certificate, if the backend has one; `null` when it has none. */
  getCertificatePdf?(certificationId: string, o?: RequestOptions): Promise<Blob | null>;
  /**
   * Public, no sign-in: whether the credential with this ID is valid, expired or revoked, and whose.
   * An unknown ID, and one that cannot be an ID, resolve with the verdict `not-found`.
   */
  verifyCredential?(credentialId: string, o?: RequestOptions): Promise<CredentialVerification>;
}
