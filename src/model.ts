/**
 * Domain types shared by the adapters, the export modules and the elements.
 *
 * Dates without a time (`earnedOn`, `passedOn`, ...) are ISO 8601 calendar dates (`2025-03-14`);
 * instants (`createdAt`, `generatedAt`) are ISO 8601 date-times in UTC.
 */

export const CERTIFICATION_STATUSES = ['earned', 'in-progress', 'expired', 'revoked'] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

/** A postal address, in the parts most countries use; every part but `street` is optional. */
export interface Address {
  street: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

export interface Learner {
  id: string;
  name: string;
  email: string;
  address: Address | null;
}

export interface Issuer {
  name: string;
  url?: string | null;
  /** Numeric LinkedIn organization ID, when the issuer has a LinkedIn page. */
  linkedInOrganizationId?: string | null;
}

export interface Exam {
  /** Exam number as the learner knows it, e.g. `AZ-104`. */
  code: string;
  title: string;
  /** When the learner passed it; `null` while not passed. */
  passedOn: string | null;
}

export interface Certification {
  id: string;
  title: string;
  code: string;
  status: CertificationStatus;
  earnedOn: string | null;
  expiresOn: string | null;
  credentialId: string | null;
  verificationUrl: string | null;
  /** Where the learner renews a certification that expires. */
  renewalUrl?: string | null;
  issuer: Issuer;
  /** The exams the certification needs; its certificate comes after the last one is passed. */
  exams: Exam[];
  /**
   * An image of the certification or its issuer (a logo), `http(s):` or `data:image/...`; shown
   * beside the title with the issuer's name as its text alternative. Optional.
   */
  imageUrl?: string | null;
}

/** Open Badges data as received: an OB 2.0 Assertion or OB 3.0 credential object, or a compact JWS. */
export type OpenBadgeData = Record<string, unknown> | string;

export interface Badge {
  id: string;
  name: string;
  description: string;
  imageUrl: string;
  issuedOn: string;
  expiresOn: string | null;
  issuer: Issuer;
  criteriaUrl: string | null;
  publicUrl: string | null;
  /** The credential ID as its issuer knows it, when the backend has one apart from `openBadge`. */
  credentialId?: string | null;
  openBadge: OpenBadgeData | null;
}

export interface Transcript {
  /** The learner; `address` is `null` in a shared transcript unless the learner chose to include it. */
  learner: Learner;
  certifications: Certification[];
  /** Every exam the learner passed, newest first. */
  exams: Exam[];
  generatedAt: string;
  /** Only in a shared transcript (`viewSharedTranscript`), when the backend tells: when the learner shared it, and until when. */
  share?: SharedTranscriptDates;
}

/** When a shared transcript was shared and when its share expires (`null`: it does not). */
export type SharedTranscriptDates = Pick<TranscriptShare, 'createdAt' | 'expiresAt'>;

export interface TranscriptShare {
  transcriptId: string;
  /** The URL the backend gives for this share, if it has one. */
  url: string | null;
  includeAddress: boolean;
  createdAt: string;
  expiresAt: string | null;
  /**
   * When failed attempts to open the share from many addresses suspended it; `null` or absent when
   * it is not suspended (absent from a backend without suspension). A suspended share opens for
   * nobody until the learner resumes it (`resumeTranscriptShare`).
   */
  suspendedAt?: string | null;
}

/** What went wrong with a request to the backend: `AdapterError.kind`, and the message a person reads. */
export const ADAPTER_ERROR_KINDS = [
  'network',
  'timeout',
  'aborted',
  'unauthorized',
  'forbidden',
  'not-found',
  'rate-limited',
  'invalid-request',
  'invalid-response',
  'server',
] as const;
export type AdapterErrorKind = (typeof ADAPTER_ERROR_KINDS)[number];

/**
 * A refusal more precise than its kind, which the person gets a message of its own for
 * (`AdapterError.reason`): a share suspended after guessing from many addresses (`forbidden`), an
 * access code on the list of common passwords (`invalid-request`).
 */
export const ADAPTER_ERROR_REASONS = ['share-suspended', 'common-access-code'] as const;
export type AdapterErrorReason = (typeof ADAPTER_ERROR_REASONS)[number];

/** What `emailTranscript` asks for (the `EmailTranscriptRequest` body of openapi.yaml). */
export interface EmailTranscriptRequest {
  to: string;
  includeAddress: boolean;
  /** BCP 47 tag of the language the e-mail is written in (the learner's); the backend's default (English) without it. */
  lang?: string;
}

/** What `createTranscriptShare` asks for. */
export interface CreateTranscriptShareRequest {
  accessCode: string;
  includeAddress: boolean;
}

/** What `viewSharedTranscript` asks for: whoever has both may read the transcript. */
export interface ViewSharedTranscriptRequest {
  transcriptId: string;
  accessCode: string;
}

/** What a verification says of a credential; `not-found` also answers an ID that cannot be one. */
export const VERIFICATION_VERDICTS = ['valid', 'expired', 'revoked', 'not-found'] as const;
export type VerificationVerdict = (typeof VERIFICATION_VERDICTS)[number];

/** The certification a verification is about: only what a verifier needs (no e-mail, no address, no internal ID). */
export interface VerifiedCertification {
  title: string;
  code: string;
  issuer: Issuer;
  earnedOn: string | null;
  /** The day it stops (or stopped) being valid; `null`: it does not expire. */
  expiresOn: string | null;
}

/** The answer to "is this credential real, current, and whose?" (`verifyCredential`). */
export interface CredentialVerification {
  credentialId: string;
  verdict: VerificationVerdict;
  /** The holder's name; `null` when not found. */
  holderName: string | null;
  /** `null` when not found. */
  certification: VerifiedCertification | null;
  /** When the backend checked it (ISO 8601 date-time). */
  checkedAt: string;
}
