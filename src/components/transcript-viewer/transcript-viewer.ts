import type { CertAdapter } from '../../adapter/adapter.js';
import { LitElement } from 'lit';
import { lazyViewElement, ViewSlot, type ElementView } from '../../internal/lazy-view.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { tokens } from '../../internal/tokens.js';
import type { Transcript } from '../../model.js';

export const TRANSCRIPT_VIEWER_MODES = ['owner', 'shared'] as const;
export type TranscriptViewerMode = (typeof TRANSCRIPT_VIEWER_MODES)[number];

export interface TranscriptPdfFile {
  blob: Blob;
  filename: string;
}

/** What the element asks of its view, `transcript-viewer-view.ts`. */
interface TranscriptViewerView extends ElementView {
  downloadPdf(options: { includeAddress?: boolean }): Promise<TranscriptPdfFile>;
}

/** Where `<transcript-viewer>`'s view module puts itself (see `internal/lazy-view.ts`). */
export const transcriptViewerView: ViewSlot<TranscriptViewer, TranscriptViewerView> = new ViewSlot('transcript-viewer');

/**
 * The learner's academic transcript: theirs to e-mail, download and share (`mode="owner"`), or a
 * transcript someone shared, opened with its ID and access code (`mode="shared"`).
 *
 * @summary A transcript with E-mail, PDF and Share (ID + access code, revocable), or the form that opens a shared one.
 *
 * @fires {TranscriptShareCreatedEvent} transcript-share-created - A share was created: `{transcriptId, url}`.
 * @fires {TranscriptEmailSentEvent} transcript-email-sent - The adapter accepted an e-mail of the transcript: `{to}`.
 * @fires {TranscriptDownloadEvent} transcript-download - The PDF is ready: `{blob, filename}`; cancelable: prevented, the file is not saved.
 * @fires {TranscriptErrorEvent} transcript-error - Loading, e-mail, share, revoke, opening or the PDF failed: `{error}`.
 *
 * In shared mode the page is the employer's: `partner-name` and `partner-logo` put the partner's
 * name and logo in a header above the form and the transcript, and the transcript says who shared
 * it, when, and until when (when the backend gives the share's dates).
 *
 * @csspart partner - The partner's header in shared mode (logo and name).
 * @csspart transcript - The transcript body.
 * @csspart actions - The E-mail, PDF and Share buttons (in shared mode: PDF, View another).
 * @csspart access-form - The transcript ID and access code form (shared mode).
 * @csspart notice - The live region that reports progress and success.
 * @csspart status - The loading line.
 * @csspart error - An error message.
 *
 * @cssprop --cert-color-accent - Links and primary buttons.
 * @cssprop --cert-color-text - Text colour.
 * @cssprop --cert-color-border - Table rules and field borders.
 * @cssprop --cert-color-danger - Errors and the revoke button.
 * @cssprop --cert-spacing - Base spacing.
 * @cssprop --cert-font-family - Font family.
 */
export class TranscriptViewer extends lazyViewElement<TranscriptViewerView>(LitElement, LocaleController) {
  static override styles = [tokens];
  protected static viewSlot = transcriptViewerView as unknown as ViewSlot;
  static override properties = {
    adapter: { attribute: false },
    apiBase: { attribute: 'api-base' },
    mode: {},
    transcriptId: { attribute: 'transcript-id' },
    shareBaseUrl: { attribute: 'share-base-url' },
    partnerName: { attribute: 'partner-name' },
    partnerLogo: { attribute: 'partner-logo' },
    transcript: { attribute: false },
  };

  /** The adapter to use; else `api-base`, else the one an ancestor provides. */
  declare adapter: CertAdapter | undefined;

  /** Base URL of a REST backend (`openapi.yaml`); the element then uses a `RestAdapter` on it. */
  declare apiBase: string | null;

  /** `owner`: the learner's own transcript with E-mail, PDF, Share; `shared`: open one with its ID and access code. */
  declare mode: TranscriptViewerMode;

  /** Shared mode: the transcript ID to prefill; else the page URL's `transcript` parameter. */
  declare transcriptId: string | null;

  /** The page that opens shared transcripts; a share's URL is this plus `?transcript=<id>` unless the backend gives one. */
  declare shareBaseUrl: string | null;

  /** Shared mode: the partner's name, shown in the page's header. */
  declare partnerName: string | null;

  /** Shared mode: the partner's logo (`http(s)`, `data:image/…` or a path on the page's site); anything else is not shown. */
  declare partnerLogo: string | null;

  /** A transcript to show instead of loading it through the adapter. */
  declare transcript: Transcript | undefined;

  constructor() {
    super();
    this.apiBase = null;
    this.mode = 'owner';
    this.transcriptId = null;
    this.shareBaseUrl = null;
    this.partnerName = null;
    this.partnerLogo = null;
  }

  /**
   * Makes the transcript PDF, saves it (unless a `transcript-download` listener prevents that) and
   * resolves with it. The address is printed when `includeAddress` (owner mode; default false), or,
   * in shared mode, when the learner shared it. Rejects when there is no transcript yet or the PDF fails.
   * @param options - `includeAddress`: print the learner's address (owner mode).
   */
  async downloadPdf(options: { includeAddress?: boolean } = {}): Promise<TranscriptPdfFile> {
    return (await this.loadedView()).downloadPdf(options);
  }
}
