import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CertAdapter } from '../../adapter/adapter.js';
import { isAdapterError } from '../../adapter/errors.js';
import type { Messages } from '../../i18n/en.js';
import { errorMessage } from '../../internal/error-message.js';
import { pdfFailureMessage } from '../../internal/pdf-failure.js';
import type { Certification, Learner } from '../../model.js';
import { CertListError } from './cert-list-error.js';

export interface CertificateFile {
  blob: Blob;
  filename: string;
}

export interface JobOptions {
  lang: string;
  messages: Messages;
  adapter: CertAdapter | null;
}

/** What a person reads when a preview or download failed. */
export function downloadFailureMessage(error: unknown, messages: Messages): string {
  if (error instanceof CertListError) return error.message;
  return (
    pdfFailureMessage(error, messages) ??
    (isAdapterError(error) ? errorMessage(error, messages) : messages.certList.failed)
  );
}

function isCancellation(error: unknown): boolean {
  return (
    (error instanceof DOMException && error.name === 'AbortError') ||
    (isAdapterError(error) && error.kind === 'aborted')
  );
}

/**
 * The certificate work of `<cert-list>`: one PDF or a ZIP, with the export code loaded on first use,
 * progress, cancel, and the status and error lines a person reads. Removing the element cancels it.
 */
export class CertificateJobs implements ReactiveController {
  busy = false;
  private done = 0;
  private total = 0;
  private notice: ((m: Messages) => string) | undefined;
  private error: unknown;
  private abort: AbortController | undefined;
  private userCancelled = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** One certificate's PDF: `official` or the adapter's official one when there is one, else ours. */
  single(cert: Certification, learner: Learner, options: JobOptions, official?: Blob | null): Promise<CertificateFile> {
    return this.run(1, async (signal) => {
      const { certificateFileName } = await import('../../rules/file-names.js');
      const blob =
        official ??
        (await (
          await import('../../export/certificate-pdf.js')
        ).certificateFor(options.adapter, cert, learner, {
          lang: options.lang,
          messages: options.messages,
          signal,
        }));
      return { blob, filename: certificateFileName(cert, learner) };
    });
  }

  /** A ZIP of several certificates' PDFs, made in slices so the page stays responsive. */
  zip(certs: Certification[], learner: Learner, options: JobOptions): Promise<CertificateFile> {
    return this.run(certs.length, async (signal) => {
      const { buildCertificateZip } = await import('../../export/zip.js');
      const zip = await buildCertificateZip(certs, learner, {
        ...options,
        signal,
        onProgress: (done) => {
          this.done = done;
          this.host.requestUpdate();
        },
      });
      return { blob: zip.blob, filename: zip.filename };
    });
  }

  /** Stops the running job; `byPerson` says so in the status line. */
  cancel(byPerson = false): void {
    if (!this.abort) return;
    this.userCancelled = byPerson;
    this.abort.abort();
  }

  wasCancelled(error: unknown): boolean {
    return isCancellation(error);
  }

  announce(notice: (m: Messages) => string): void {
    this.notice = notice;
    this.host.requestUpdate();
  }

  fail(error: unknown): void {
    this.error = error;
    this.host.requestUpdate();
  }

  /** Clears the last job's status and error lines; a running job keeps its progress. */
  clearMessages(): void {
    if (this.busy || (this.notice === undefined && this.error === undefined)) return;
    this.notice = undefined;
    this.error = undefined;
    this.host.requestUpdate();
  }

  /** The progress bar and Cancel while a ZIP is made. */
  renderProgress(m: Messages) {
    if (!(this.busy && this.total > 1)) return nothing;
    const label = m.certList.progress(this.done, this.total);
    return html`<progress max=${this.total} .value=${this.done} aria-label=${label}></progress>
      <button type="button" class="cancel" @click=${() => this.cancel(true)}>${m.common.cancel}</button>`;
  }

  /** The status line: the ZIP's progress, else the last job's outcome. */
  status(m: Messages): string {
    if (!(this.busy && this.total > 1)) return this.notice?.(m) ?? '';
    return this.done >= this.total ? m.certList.zipping : m.certList.progress(this.done, this.total);
  }

  renderError(m: Messages) {
    return this.error !== undefined
      ? html`<p role="alert" part="error" class="error">${downloadFailureMessage(this.error, m)}</p>`
      : nothing;
  }

  private async run<T>(total: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    this.abort?.abort();
    const abort = new AbortController();
    // An element removed before this code had loaded never tells the controller: its work is cancelled as it starts.
    if (!this.host.isConnected) abort.abort();
    Object.assign(this, {
      abort,
      busy: true,
      total,
      done: 0,
      notice: undefined,
      error: undefined,
      userCancelled: false,
    });
    this.host.requestUpdate();
    try {
      return await work(abort.signal);
    } catch (error) {
      if (isCancellation(error) && this.userCancelled) this.notice = (m) => m.certList.cancelled;
      throw error;
    } finally {
      if (this.abort === abort) {
        this.busy = false;
        this.abort = undefined;
      }
      this.host.requestUpdate();
    }
  }
}
