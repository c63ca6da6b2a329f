import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../../i18n/en.js';
import type { BlobUrls } from '../../internal/blob-urls.js';
import { showDialog } from '../../internal/dialog.js';
import type { Certification } from '../../model.js';
import type { CertificateFile } from './certificate-jobs.js';

/** What the preview dialog needs of `<cert-list>`. */
export interface PreviewHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface PreviewActions {
  /** The person asked to save the previewed file. */
  onDownload: (file: CertificateFile, cert: Certification) => void;
  /** The dialog closed: stop making the file. */
  onClosed: () => void;
}

/**
 * `<cert-list>`'s preview: a modal dialog with one certificate's PDF in a frame, its Download and
 * Close buttons, and a note instead of the frame when the page's CSP refuses `blob:` frames.
 */
export class PreviewDialog implements ReactiveController {
  private previewing: Certification | undefined;
  private file: (CertificateFile & { url: string }) | undefined;
  /** The page's Content-Security-Policy refused the preview frame (no `frame-src blob:`). */
  private blocked = false;

  constructor(
    private readonly host: PreviewHost,
    private readonly blobUrls: BlobUrls,
    private readonly actions: PreviewActions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    document.removeEventListener('securitypolicyviolation', this.handleViolation);
  }

  /** Opens the dialog for `cert` and shows the file `make` gives; closes it and rejects when `make` fails. */
  async open(cert: Certification, make: () => Promise<CertificateFile>): Promise<void> {
    this.blobUrls.revoke(this.file?.url);
    this.file = undefined;
    this.blocked = false;
    this.previewing = cert;
    document.addEventListener('securitypolicyviolation', this.handleViolation);
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (dialog) showDialog(dialog);
    try {
      const file = await make();
      if (this.previewing === cert) this.file = { ...file, url: this.blobUrls.create(file.blob) };
      this.host.requestUpdate();
    } catch (error) {
      dialog?.close();
      throw error;
    }
  }

  render(m: Messages) {
    const cert = this.previewing;
    return html`<dialog part="dialog" aria-labelledby="preview-title" @close=${this.handleClosed}>
      ${
        cert
          ? html`<h2 id="preview-title">${m.certList.previewTitle(cert.title)}</h2>
            ${
              this.blocked
                ? html`<p role="status">${m.certList.previewBlocked}</p>`
                : this.file
                  ? html`<iframe class="pdf" src=${this.file.url} title=${m.certList.previewTitle(cert.title)}></iframe>`
                  : html`<p role="status">${m.certList.preparingPreview}</p>`
            }
            <div class="dialog-actions">
              <button type="button" class="primary" ?disabled=${!this.file} @click=${this.handleDownload}>${m.common.download}</button>
              <button type="button" @click=${this.handleCloseClick}>${m.common.close}</button>
            </div>`
          : nothing
      }
    </dialog>`;
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog[part="dialog"]');
  }

  private handleDownload = (): void => {
    if (this.previewing && this.file) this.actions.onDownload(this.file, this.previewing);
  };

  private handleCloseClick = (): void => {
    this.dialog()?.close();
  };

  private readonly handleViolation = (e: SecurityPolicyViolationEvent): void => {
    if (!this.file || !e.blockedURI.startsWith('blob')) return;
    this.blocked = true;
    this.host.requestUpdate();
  };

  private handleClosed = (): void => {
    document.removeEventListener('securitypolicyviolation', this.handleViolation);
    this.actions.onClosed();
    this.blobUrls.revoke(this.file?.url);
    this.file = undefined;
    this.previewing = undefined;
    this.host.requestUpdate();
  };
}
