export interface CertSelectionChangeDetail {
  /** The selected certification IDs, in list order. */
  ids: string[];
}

export interface CertDownloadDetail {
  /** One certificate PDF, or a ZIP of several. */
  blob: Blob;
  filename: string;
  /** The certifications in it. */
  ids: string[];
}

export interface CertErrorDetail {
  /** An `AdapterError`, a `PdfFontError`, or another `Error`; the element has shown its message. */
  error: unknown;
}

/** Fired by `<cert-list>` when the learner selects or deselects certificates. */
export class CertSelectionChangeEvent extends CustomEvent<CertSelectionChangeDetail> {
  constructor(detail: CertSelectionChangeDetail) {
    super('cert-selection-change', { detail, bubbles: true, composed: true });
  }
}

/**
 * Fired by `<cert-list>` when a download is ready, before the browser saves it; `preventDefault()`
 * keeps the browser from saving it (to send the file elsewhere instead).
 */
export class CertDownloadEvent extends CustomEvent<CertDownloadDetail> {
  constructor(detail: CertDownloadDetail) {
    super('cert-download', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired by `<cert-list>` when loading, a preview or a download failed. */
export class CertErrorEvent extends CustomEvent<CertErrorDetail> {
  constructor(detail: CertErrorDetail) {
    super('cert-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cert-selection-change': CertSelectionChangeEvent;
    'cert-download': CertDownloadEvent;
    'cert-error': CertErrorEvent;
  }
}
