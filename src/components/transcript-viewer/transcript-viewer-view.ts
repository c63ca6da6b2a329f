import { html, isServer, nothing, type PropertyValues } from 'lit';
import { toAdapterError } from '../../adapter/errors.js';
import { TranscriptDownloadEvent, TranscriptErrorEvent } from '../../events/transcript-events.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { AdapterConsumer, AdapterResource } from '../../internal/adapter-consumer.js';
import { BlobUrls } from '../../internal/blob-urls.js';
import { dialogStyles } from '../../internal/dialog.styles.js';
import { renderResourceState } from '../../internal/resource-state.js';
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
import { TranscriptViewer, transcriptViewerView, type TranscriptPdfFile } from './transcript-viewer.js';

// The English this element shows beyond the dashboard's tab, in the table before any transcript renders.
addEnglish({ transcript: enTranscript });

/** What `<transcript-viewer>` draws and does: its controllers, templates and styles (see `internal/lazy-view.ts`). */
export class TranscriptViewerView {
  private readonly consumer: AdapterConsumer;
  private readonly resource: AdapterResource<Transcript>;
  private readonly files: BlobUrls;

  /** What the element says and what went wrong; setting either draws the element again. */
  private notice_ = '';
  private actionError_ = '';
  /** The dialogs and the shared-mode form, once their chunk has loaded. */
  private parts_: ViewerParts | undefined;
  private partsError_: unknown;
  private partsLoading: Promise<ViewerParts> | undefined;
  private makingPdf = false;
  private reportedLoadError: unknown;

  constructor(
    private readonly host: TranscriptViewer,
    private readonly locale: LocaleController,
  ) {
    this.consumer = new AdapterConsumer(host, { data: 'its `transcript` property' });
    this.resource = new AdapterResource(host, this.consumer, (adapter, signal) => adapter.getTranscript({ signal }), {
      skip: () => host.transcript !== undefined || host.mode === 'shared',
      required: true,
    });
    this.files = new BlobUrls(host);
  }

  private get notice(): string {
    return this.notice_;
  }
  private set notice(value: string) {
    this.notice_ = value;
    this.host.requestUpdate();
  }
  private get actionError(): string {
    return this.actionError_;
  }
  private set actionError(value: string) {
    this.actionError_ = value;
    this.host.requestUpdate();
  }
  private get parts(): ViewerParts | undefined {
    return this.parts_;
  }
  private set parts(value: ViewerParts | undefined) {
    this.parts_ = value;
    this.host.requestUpdate();
  }
  private get partsError(): unknown {
    return this.partsError_;
  }
  private set partsError(value: unknown) {
    this.partsError_ = value;
    this.host.requestUpdate();
  }

  willUpdate(changed: PropertyValues<TranscriptViewer>): void {
    // The shared-mode form reads the page URL: it loads in the browser, never on a server (Lit SSR).
    if (!isServer && this.isShared && !this.host.transcript && !this.parts && this.partsError === undefined)
      void this.loadParts().catch(() => undefined);
    if (changed.has('transcriptId')) this.parts?.access.prefill(this.host.transcriptId);
  }

  updated(): void {
    const error = this.resource.error;
    if (error && error !== this.reportedLoadError) this.reportError(error);
    this.reportedLoadError = error;
  }

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
      const save = this.host.dispatchEvent(ready);
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

  render(): unknown {
    const transcript = this.currentTranscript();
    if (this.isShared)
      return html`${this.renderPartner()}${transcript ? this.renderShared(transcript) : this.renderAccess()}`;
    if (!transcript) return renderResourceState(this.resource, this.locale.messages, this.locale.dir);
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
        ${this.host.transcript ? nothing : html`<button type="button" id="another-button" @click=${() => this.parts?.access.reset()}>${m.viewAnother}</button>`}
      </div>
      ${this.renderMessages()} ${renderTranscript(t, this.locale)}
    </article>`;
  }

  private renderAccess() {
    const messages = this.locale.messages;
    if (this.parts) return html`<div dir=${this.locale.dir}>${this.parts.access.render()}</div>`;
    if (this.partsError === undefined)
      return html`<p role="status" part="status" class="muted" dir=${this.locale.dir}>${messages.common.loading}</p>`;
    return html`<div role="alert" part="error" class="error" dir=${this.locale.dir}>
      <p>${errorMessage(this.partsError, messages)}</p>
      <button type="button" @click=${this.handlePartsRetry}>${messages.common.retry}</button>
    </div>`;
  }

  private renderPartner() {
    const name = this.host.partnerName?.trim();
    const logo = safeImageUrl(this.host.partnerLogo, { base: pageBaseUrl() });
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
    this.host.dispatchEvent(event);
  }

  private get isShared(): boolean {
    return this.host.mode === 'shared';
  }

  private currentTranscript(): Transcript | undefined {
    return this.host.transcript ?? (this.isShared ? this.parts?.access.value : this.resource.value);
  }

  /** Loads the dialogs and the shared-mode form (once; again after a failure). */
  private loadParts(): Promise<ViewerParts> {
    this.partsLoading ??= import('./viewer-parts.js').then(
      ({ createViewerParts }) =>
        (this.parts = createViewerParts(this.host, this.consumer, this.locale, this.host.transcriptId, (address) =>
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
    await this.host.updateComplete;
    parts?.pdf.open(trigger);
  };

  private startPdf(includeAddress: boolean): void {
    if (this.makingPdf) return;
    // The failure is on screen and in `transcript-error`; the promise is for callers of downloadPdf().
    this.downloadPdf({ includeAddress }).catch(() => undefined);
  }
}

transcriptViewerView.provide(TranscriptViewer, (host, locale) => new TranscriptViewerView(host, locale), [
  dialogStyles,
  styles,
]);
