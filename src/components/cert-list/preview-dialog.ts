import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CertAdapter } from '../../adapter/adapter.js';
import type { Messages } from '../../i18n/en.js';
import { showDialog } from '../../internal/dialog.js';
import { addStyles, dialogStyles } from '../../internal/dialog.styles.js';
import type { Certification, Learner } from '../../model.js';
import { safeLinkUrl } from '../../rules/safe-url.js';
import { downloadFailureMessage } from './certificate-jobs.js';
import { previewStyles } from './preview-dialog.styles.js';

type PreviewModule = typeof import('./certificate-svg.js');

/** What the preview dialog needs of `<cert-list>`. */
export interface PreviewHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface PreviewActions {
  /** The person asked to save the previewed certificate: `official` when the backend has one, else ours. */
  onDownload: (cert: Certification, official: Blob | null) => Promise<void>;
  /** The dialog closed while its PDF was being made: stop making it. */
  onClosed: () => void;
}

export interface PreviewOptions {
  learner: Learner;
  lang: string;
  messages: Messages;
  adapter: CertAdapter | null;
}

/**
 * `<cert-list>`'s preview: a modal dialog with the certificate drawn as SVG from the PDF's own
 * layout (no PDF viewer, no frame, no jsPDF: it works under a strict CSP and on phones), the
 * verification link, and Download, which makes the PDF only then. When the backend has an official
 * PDF, the preview says the download is that one.
 */
export class PreviewDialog implements ReactiveController {
  private previewing: Certification | undefined;
  private learner: Learner | undefined;
  private preview:
    { module: PreviewModule; drawing: Awaited<ReturnType<PreviewModule['certificateDrawing']>> } | undefined;
  private official: Blob | null = null;
  private notice: ((m: Messages) => string) | undefined;
  private error: unknown;
  private downloading = false;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: PreviewHost,
    private readonly actions: PreviewActions,
  ) {
    host.addController(this);
    // The dialog's look comes with its code: the list's first load has no dialog to style.
    if (host.renderRoot instanceof ShadowRoot) addStyles(host.renderRoot, [dialogStyles, previewStyles]);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Opens the dialog for `cert` and draws it; closes it and rejects when the drawing fails. */
  async open(cert: Certification, options: PreviewOptions): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    Object.assign(this, {
      previewing: cert,
      learner: options.learner,
      preview: undefined,
      official: null,
      notice: undefined,
      error: undefined,
      downloading: false,
    });
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (dialog) showDialog(dialog);
    try {
      const module = await import('./certificate-svg.js');
      const [drawing, official] = await Promise.all([
        module.certificateDrawing(cert, options.learner, { lang: options.lang, messages: options.messages }),
        // Only asks whether an official PDF exists; a failure here shows again, with its message, on Download.
        module.officialCertificatePdf(options.adapter, cert.id, abort.signal).catch(() => null),
      ]);
      if (this.previewing !== cert || abort.signal.aborted) return;
      this.preview = { module, drawing };
      this.official = official;
      this.host.requestUpdate();
    } catch (error) {
      if (this.previewing !== cert) return;
      dialog?.close();
      throw error;
    }
  }

  /** What the dialog shows; `<cert-list>` renders the `<dialog part="dialog">` itself and calls `closed()` on its `close`. */
  renderContent(m: Messages) {
    const cert = this.previewing;
    const learner = this.learner;
    return cert && learner ? this.renderCertificate(m, cert, learner) : nothing;
  }

  /** The dialog closed (Escape, Close, or the element's own): stop what it was doing and forget the certificate. */
  closed(): void {
    this.abort?.abort();
    // Only its own download: a ZIP started after the dialog closed is not the dialog's to stop.
    if (this.downloading) this.actions.onClosed();
    Object.assign(this, { previewing: undefined, learner: undefined, preview: undefined, official: null });
    this.host.requestUpdate();
  }

  private renderCertificate(m: Messages, cert: Certification, learner: Learner) {
    const ml = m.certList;
    const href = safeLinkUrl(cert.verificationUrl);
    return html`<h2 id="preview-title">${ml.previewTitle(cert.title)}</h2>
      ${
        this.preview
          ? this.preview.module.renderCertificateSvg(this.preview.drawing, ml.previewImage(cert.title, learner.name))
          : html`<p role="status">${ml.preparingPreview}</p>`
      }
      ${
        href
          ? html`<p class="verify">${ml.previewVerify}
            <a href=${href} target="_blank" rel="noopener noreferrer" aria-label=${ml.previewVerifyLink(href)} dir="ltr">${href}</a></p>`
          : nothing
      }
      ${this.official ? html`<p class="note">${ml.previewOfficial}</p>` : nothing}
      <p role="status" class="preview-status">${this.notice?.(m) ?? ''}</p>
      ${this.error !== undefined ? html`<p role="alert" class="error">${downloadFailureMessage(this.error, m)}</p>` : nothing}
      <div class="dialog-actions">
        <button type="button" class="primary" ?disabled=${!this.preview || this.downloading} @click=${this.handleDownload}>${ml.downloadPdf}</button>
        <button type="button" @click=${this.handleCloseClick}>${m.common.close}</button>
      </div>`;
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog[part="dialog"]');
  }

  private handleDownload = async (): Promise<void> => {
    const cert = this.previewing;
    if (!cert || this.downloading) return;
    Object.assign(this, { downloading: true, error: undefined, notice: (m: Messages) => m.certList.preparingPdf });
    this.host.requestUpdate();
    try {
      await this.actions.onDownload(cert, this.official);
      if (this.previewing === cert) this.notice = (m) => m.certList.downloaded(1);
    } catch (error) {
      if (this.previewing === cert) Object.assign(this, { error, notice: undefined });
    } finally {
      this.downloading = false;
      this.host.requestUpdate();
    }
  };

  private handleCloseClick = (): void => {
    this.dialog()?.close();
  };
}
