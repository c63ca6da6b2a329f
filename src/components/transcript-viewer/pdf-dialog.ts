import { html, type ReactiveControllerHost } from 'lit';
import type { LocaleController } from '../../internal/locale-controller.js';
import { showDialog } from '../../internal/dialog.js';
import { addressCheckbox } from './dialog-parts.js';

/** What the PDF dialog needs of `<transcript-viewer>`. */
export interface PdfDialogHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The owner's PDF dialog, shown when there is an address on file: print it or not, then Download. */
export class PdfDialog {
  /** Whether the PDF prints the address; the dialog remembers the last choice. */
  includeAddress = false;

  constructor(
    private readonly host: PdfDialogHost,
    private readonly locale: LocaleController,
    private readonly onDownload: (includeAddress: boolean) => void,
  ) {}

  /** Opens the dialog when it is on the page; `false` when it is not (no address to ask about). */
  open(trigger: HTMLElement): boolean {
    const dialog = this.dialog();
    if (dialog) showDialog(dialog, trigger);
    return Boolean(dialog);
  }

  render() {
    const m = this.locale.messages;
    return html`<dialog id="pdf-dialog" aria-labelledby="pdf-title" dir=${this.locale.dir}>
      <form novalidate @submit=${this.handleSubmit}>
        <h2 id="pdf-title">${m.transcript.pdfDialogTitle}</h2>
        ${addressCheckbox('pdf-address', m.transcript.includeAddress, this.includeAddress, this.handleIncludeAddress)}
        <div class="dialog-actions">
          <button type="button" @click=${this.handleCancel}>${m.common.cancel}</button>
          <button type="submit" class="primary">${m.transcript.downloadPdf}</button>
        </div>
      </form>
    </dialog>`;
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('#pdf-dialog');
  }

  private handleIncludeAddress = (checked: boolean): void => {
    this.includeAddress = checked;
    this.host.requestUpdate();
  };

  private handleSubmit = (e: Event): void => {
    e.preventDefault();
    this.dialog()?.close();
    this.onDownload(this.includeAddress);
  };

  private handleCancel = (): void => {
    this.dialog()?.close();
  };
}
