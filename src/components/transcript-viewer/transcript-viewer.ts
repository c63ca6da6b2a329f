import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CertAdapter } from '../../adapter/adapter.js';
import { toAdapterError } from '../../adapter/errors.js';
import { TranscriptDownloadEvent, TranscriptErrorEvent } from '../../events/transcript-events.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { AdapterConsumer, AdapterResource } from '../../internal/adapter-consumer.js';
import { BlobUrls } from '../../internal/blob-urls.js';
import { dialogStyles } from '../../internal/dialog.styles.js';
import { renderResourceState } from '../../internal/resource-state.js';
import { tokens } from '../../internal/tokens.js';
import type { Transcript } from '../../model.js';
import { errorMessage } from '../../internal/error-message.js';
import { pdfFailureReason } from '../../internal/pdf-failure.js';
import { formatDate } from '../../i18n/format.js';
import { safeImageUrl } from '../../rules/safe-url.js';
import { renderTranscript } from './transcript-view.js';
import { styles } from './transcript-viewer.styles.js';
import type { ViewerParts } from './viewer-parts.js';
import { pageBaseUrl } from '../../rules/page-base.js';
import { addEnglish } from '../../i18n/messages.js';
import { enTranscript } from '../../i18n/en-transcript.js';

// The English this element shows beyond the dashboard's tab, in the table before any transcript renders.
addEnglish({ transcript: enTranscript });

export const TRANSCRIPT_VIEWER_MODES = ['owner', 'shared'] as const;
export type TranscriptViewerMode = (typeof TRANSCRIPT_VIEWER_MODES)[number];

export interface TranscriptPdfFile {
  blob: Blob;
  filename: string;
}

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
export class TranscriptViewer extends LitElement {
  static override styles = [tokens, dialogStyles, styles];

  private readonly locale = new LocaleController(this);
  private readonly consumer = new AdapterConsumer(this, { data: 'its `transcript` property' });
  private readonly resource = new AdapterResource(
    this,
    this.consumer,
    (adapter, signal) => adapter.getTranscript({ signal }),
    {
      skip: () => this.transcript !== undefined || this.mode === 'shared',
      required: true,
    },
  );
  private readonly files = new BlobUrls(this);

  /** The adapter to use; else `api-base`, else the one an ancestor provides. */
  @property({ attribute: false }) adapter: CertAdapter | undefined;

  /** Base URL of a REST backend (`openapi.yaml`); the element then uses a `RestAdapter` on it. */
  @property({ attribute: 'api-base' }) apiBase: string | null = null;

  /** `owner`: the learner's own transcript with E-mail, PDF, Share; `shared`: open one with its ID and access code. */
  @property() mode: TranscriptViewerMode = 'owner';

  /** Shared mode: the transcript ID to prefill; else the page URL's `transcript` parameter. */
  @property({ attribute: 'transcript-id' }) transcriptId: string | null = null;

  /** The page that opens shared transcripts; a share's URL is this plus `?transcript=<id>` unless the backend gives one. */
  @property({ attribute: 'share-base-url' }) shareBaseUrl: string | null = null;

  /** Shared mode: the partner's name, shown in the page's header. */
  @property({ attribute: 'partner-name' }) partnerName: string | null = null;

  /** Shared mode: the partner's logo (`http(s)`, `data:image/…` or a path on the page's site); anything else is not shown. */
  @property({ attribute: 'partner-logo' }) partnerLogo: string | null = null;

  /** A transcript to show instead of loading it through the adapter. */
  @property({ attribute: false }) transcript: Transcript | undefined;

  @state() private notice = '';
  @state() private actionError = '';
  /** The dialogs and the shared-mode form, once their chunk has loaded. */
  @state() private parts: ViewerParts | undefined;
  @state() private partsError: unknown;
  private partsLoading: Promise<ViewerParts> | undefined;
  private makingPdf = false;
  private reportedLoadError: unknown;

  /** The first render waits for the language's message table: a Spanish page never shows English first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.locale.schedule(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The shared-mode form reads the page URL: it loads in the browser, never on a server (Lit SSR).
    if (!isServer && this.isShared && !this.transcript && !this.parts && this.partsError === undefined)
      void this.loadParts().catch(() => undefined);
    if (changed.has('transcriptId')) this.parts?.access.prefill(this.transcriptId);
  }

  protected override updated(): void {
    const error = this.resource.error;
    if (error && error !== this.reportedLoadError) this.reportError(error);
    this.reportedLoadError = error;
  }

  /**
   * Makes the transcript PDF, saves it (unless a `transcript-download` listener prevents that) and
   * resolves with it. The address is printed when `includeAddress` (owner mode; default false), or,
   * in shared mode, when the learner shared it. Rejects when there is no transcript yet or the PDF fails.
   * @param options - `includeAddress`: print the learner's address (owner mode).
   */
  async downloadPdf(options: { includeAddress?: boolean } = {}): Promise<TranscriptPdfFile> {
    const transcript = this.currentTranscript();
    if (!transcript) throw new Error('There is no transcript to download yet.');
    const messages = this.locale.messages;
    const includeAddress = this.isShared ? true : (options.includeAddress ?? false);
    this.makingPdf = true;
    this.actionError = '';
    this.notice = messages.transcript.preparingPdf;
    try {
      const { transcriptPdf, transcriptFileName } = await import('../../export/transcript-pdf.js');
      const blob = await transcriptPdf(transcript, { lang: this.locale.lang, messages, includeAddress });
      const file = { blob, filename: transcriptFileName(transcript, messages) };
      const ready = new TranscriptDownloadEvent(file);
      const save = this.dispatchEvent(ready);
      if (save) this.files.save(file.blob, file.filename);
      // A listener that prevented the save does something else with the file, and says so itself.
      this.notice = save ? messages.transcript.pdfDownloaded : '';
      return file;
    } catch (error) {
      this.notice = '';
      this.actionError = messages.transcript.pdfFailed(pdfFailureReason(error, messages));
      this.reportError(error);
      throw error;
    } finally {
      this.makingPdf = false;
    }
  }

  override render() {
    const transcript = this.currentTranscript();
    if (this.isShared)
      return html`${this.renderPartner()}${transcript ? this.renderShared(transcript) : this.renderAccess()}`;
    if (!transcript) return renderResourceState(this.resource, this.locale.messages);
    return this.renderOwner(transcript);
  }

  private renderOwner(t: Transcript) {
    const m = this.locale.messages.transcript;
    const canAct = this.consumer.adapter !== undefined;
    return html`<article part="transcript" dir=${this.locale.dir}>
        <div part="actions" class="actions" role="group" aria-label=${m.actions}>
          ${canAct ? html`<button type="button" id="email-button" @click=${this.handleEmailClick}>${m.email}</button>` : nothing}
          <button type="button" id="pdf-button" @click=${this.handlePdfClick}>${m.pdf}</button>
          ${canAct ? html`<button type="button" id="share-button" @click=${this.handleShareClick}>${m.share}</button>` : nothing}
        </div>
        ${this.renderMessages()} ${renderTranscript(t, this.locale)}
      </article>
      ${canAct && this.parts ? [this.parts.email.render(t.learner), this.parts.share.render(t.learner)] : nothing}
      ${t.learner.address && this.parts ? this.parts.pdf.render() : nothing}`;
  }

  private renderShared(t: Transcript) {
    const m = this.locale.messages.transcript;
    return html`<article part="transcript" dir=${this.locale.dir}>
      <p class="shared-notice">${this.sharedLine(t)}</p>
      <div part="actions" class="actions" role="group" aria-label=${m.actions}>
        <button type="button" id="pdf-button" @click=${this.handlePdfClick}>${m.pdf}</button>
        ${this.transcript ? nothing : html`<button type="button" id="another-button" @click=${() => this.parts?.access.reset()}>${m.viewAnother}</button>`}
      </div>
      ${this.renderMessages()} ${renderTranscript(t, this.locale)}
    </article>`;
  }

  private renderAccess() {
    const messages = this.locale.messages;
    if (this.parts) return html`<div dir=${this.locale.dir}>${this.parts.access.render()}</div>`;
    if (this.partsError === undefined)
      return html`<p role="status" part="status" class="muted">${messages.common.loading}</p>`;
    return html`<div role="alert" part="error" class="error">
      <p>${errorMessage(this.partsError, messages)}</p>
      <button type="button" @click=${this.handlePartsRetry}>${messages.common.retry}</button>
    </div>`;
  }

  private renderPartner() {
    const name = this.partnerName?.trim();
    const logo = safeImageUrl(this.partnerLogo, { base: pageBaseUrl() });
    if (!name && !logo) return nothing;
    // Not a <header>: the page around it has its own banner landmark.
    return html`<div part="partner" class="partner" dir=${this.locale.dir}>
      ${logo ? html`<img src=${logo} alt=${name ? '' : this.locale.messages.transcript.partnerLogo} />` : nothing}
      ${name ? html`<p class="partner-name">${name}</p>` : nothing}
    </div>`;
  }

  /** Who shared the transcript, when and until when; the plain notice when the backend does not say. */
  private sharedLine(t: Transcript): string {
    const m = this.locale.messages.transcript;
    const lang = this.locale.lang;
    if (!t.share) return m.sharedNotice;
    const on = formatDate(t.share.createdAt, lang);
    return t.share.expiresAt
      ? m.sharedByUntil(t.learner.name, on, formatDate(t.share.expiresAt, lang))
      : m.sharedBy(t.learner.name, on);
  }

  private renderMessages() {
    return html`<p role="status" part="notice" class="notice">${this.notice}</p>
      ${this.actionError ? html`<p role="alert" part="error" class="error">${this.actionError}</p>` : nothing}`;
  }

  private reportError(error: unknown): void {
    const event = new TranscriptErrorEvent({ error });
    this.dispatchEvent(event);
  }

  private get isShared(): boolean {
    return this.mode === 'shared';
  }

  private currentTranscript(): Transcript | undefined {
    return this.transcript ?? (this.isShared ? this.parts?.access.value : this.resource.value);
  }

  /** Loads the dialogs and the shared-mode form (once; again after a failure). */
  private loadParts(): Promise<ViewerParts> {
    this.partsLoading ??= import('./viewer-parts.js').then(
      ({ createViewerParts }) =>
        (this.parts = createViewerParts(this, this.consumer, this.locale, this.transcriptId, (address) =>
          this.startPdf(address),
        )),
      (error: unknown) => {
        this.partsLoading = undefined;
        // A chunk that does not load (offline) fails like a request that does not arrive.
        this.partsError = toAdapterError(error);
        throw error;
      },
    );
    return this.partsLoading;
  }

  private handleEmailClick = async (e: Event): Promise<void> => {
    const button = e.currentTarget as HTMLElement;
    const parts = await this.loadPartsOrSay();
    await parts?.email.open(button);
  };

  private handleShareClick = async (e: Event): Promise<void> => {
    const button = e.currentTarget as HTMLElement;
    const parts = await this.loadPartsOrSay();
    await parts?.share.open(button);
  };

  /** Owner mode: the parts, or `undefined` with the reason on screen. */
  private async loadPartsOrSay(): Promise<ViewerParts | undefined> {
    this.actionError = '';
    try {
      return await this.loadParts();
    } catch (error) {
      this.actionError = errorMessage(toAdapterError(error), this.locale.messages);
      return undefined;
    }
  }

  private handlePartsRetry = (): void => {
    this.partsError = undefined;
    void this.loadParts().catch(() => undefined);
  };

  /** Owner with an address on file: ask whether to print it. Otherwise: download straight away. */
  private handlePdfClick = async (e: Event): Promise<void> => {
    const trigger = e.currentTarget as HTMLElement;
    if (this.isShared || !this.currentTranscript()?.learner.address) return this.startPdf(false);
    const parts = await this.loadPartsOrSay();
    await this.updateComplete;
    parts?.pdf.open(trigger);
  };

  private startPdf(includeAddress: boolean): void {
    if (this.makingPdf) return;
    // The failure is on screen and in `transcript-error`; the promise is for callers of downloadPdf().
    this.downloadPdf({ includeAddress }).catch(() => undefined);
  }
}
