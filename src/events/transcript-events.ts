/** Events `<transcript-viewer>` fires. All bubble and are composed. */

export interface TranscriptShareCreatedDetail {
  /** The new share's transcript ID, normalised (`K7QM2XWN4HD9R`). */
  transcriptId: string;
  /** The URL to pass on (without the access code), or `null` when neither the backend nor `share-base-url` gives one. */
  url: string | null;
}

/** The learner created a share of their transcript. */
export class TranscriptShareCreatedEvent extends CustomEvent<TranscriptShareCreatedDetail> {
  constructor(detail: TranscriptShareCreatedDetail) {
    super('transcript-share-created', { detail, bubbles: true, composed: true });
  }
}

export interface TranscriptEmailSentDetail {
  /** The recipient, as sent to the adapter. */
  to: string;
}

/** The adapter accepted an e-mail of the transcript. */
export class TranscriptEmailSentEvent extends CustomEvent<TranscriptEmailSentDetail> {
  constructor(detail: TranscriptEmailSentDetail) {
    super('transcript-email-sent', { detail, bubbles: true, composed: true });
  }
}

export interface TranscriptDownloadDetail {
  blob: Blob;
  filename: string;
}

/**
 * The transcript PDF is ready; cancelable: prevented, the browser does not save the file (the
 * listener may upload or show it instead).
 */
export class TranscriptDownloadEvent extends CustomEvent<TranscriptDownloadDetail> {
  constructor(detail: TranscriptDownloadDetail) {
    super('transcript-download', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

export interface TranscriptErrorDetail {
  /** An `AdapterError`, or a `PdfFontError` when the PDF could not be made. */
  error: unknown;
}

/** Something failed: loading, e-mail, share, revoke, opening a shared transcript, the PDF. */
export class TranscriptErrorEvent extends CustomEvent<TranscriptErrorDetail> {
  constructor(detail: TranscriptErrorDetail) {
    super('transcript-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'transcript-share-created': TranscriptShareCreatedEvent;
    'transcript-email-sent': TranscriptEmailSentEvent;
    'transcript-download': TranscriptDownloadEvent;
    'transcript-error': TranscriptErrorEvent;
  }
}
