import type { Badge, Certification, Learner, Transcript, TranscriptShare } from '../model.js';

/** Options every adapter call takes. */
export interface RequestOptions {
  signal?: AbortSignal;
}

export interface EmailTranscriptRequest {
  to: string;
  includeAddress: boolean;
  /** BCP 47 tag of the language the e-mail is written in (the learner's); the backend's default (English) without it. */
  lang?: string;
}

export interface CreateTranscriptShareRequest {
  accessCode: string;
  includeAddress: boolean;
}

export interface ViewSharedTranscriptRequest {
  transcriptId: string;
  accessCode: string;
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
  viewSharedTranscript(r: ViewSharedTranscriptRequest, o?: RequestOptions): Promise<Transcript>;
  /** An official PDF of the certificate, if the backend has one; `null` when it has none. */
  getCertificatePdf?(certificationId: string, o?: RequestOptions): Promise<Blob | null>;
}
