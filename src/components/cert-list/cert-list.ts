import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import type { CertAdapter } from '../../adapter/adapter.js';
import { CertDownloadEvent, CertErrorEvent, CertSelectionChangeEvent } from '../../events/cert-events.js';
import type { Messages } from '../../i18n/en.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { AdapterConsumer, AdapterResource } from '../../internal/adapter-consumer.js';
import { certificateIds, keepSelectable } from '../../internal/certifications.js';
import { deepActiveElement } from '../../internal/dialog.js';
import { renderResourceState } from '../../internal/resource-state.js';
import { whenIdle } from '../../internal/idle.js';
import { tokens } from '../../internal/tokens.js';
import type { Certification, Learner } from '../../model.js';
import { hasCertificate } from '../../rules/certificate.js';
import { CertFilters } from './cert-filters.js';
import { renderCertItem, renderHelp } from './cert-item.js';
import type { BlobUrls, CertificateFile, CertificateJobs, PreviewDialog } from './actions.js';
import { CertListError } from './cert-list-error.js';
import { styles } from './cert-list.styles.js';

const NO_CERTIFICATIONS: Certification[] = [];

/** The preview and download code (`actions.ts`), loaded on the first preview or download. */
interface Actions {
  jobs: CertificateJobs;
  previewDialog: PreviewDialog;
  blobUrls: BlobUrls;
}

/**
 * The learner's certifications: select, preview and download their certificates.
 *
 * @summary Certifications with status and exam progress; checkboxes, preview, PDF and ZIP download.
 *
 * @fires {CertSelectionChangeEvent} cert-selection-change - The selection changed; `detail.ids` in list order.
 * @fires {CertDownloadEvent} cert-download - A PDF or ZIP is ready (`detail.blob`, `filename`, `ids`); cancelable: prevented, the browser does not save it.
 * @fires {CertErrorEvent} cert-error - Loading, a preview or a download failed (`detail.error`); the message is shown too.
 *
 * @csspart filters - Search and sort, shown for a long list.
 * @csspart toolbar - Selection and download controls and the download's progress; it stays in view while the list scrolls.
 * @csspart list - The list of certifications.
 * @csspart item - One certification.
 * @csspart checkbox - A certificate's checkbox.
 * @csspart image - The certification's or issuer's image, when the data has one.
 * @csspart exam-progress - The exams of a certification in progress: progress bar, passed and remaining.
 * @csspart linkedin - An "Add to LinkedIn profile" link.
 * @csspart progress - The download progress bar and its text.
 * @csspart help - The help text and link for a missing certificate.
 * @csspart dialog - The preview dialog.
 * @csspart certificate - The certificate drawn in the preview dialog.
 * @csspart status - The loading line.
 * @csspart error - An error message.
 *
 * @cssprop --cert-color-accent - Links, primary buttons, the selection outline.
 * @cssprop --cert-color-surface - Background of each certification.
 * @cssprop --cert-color-text - Text colour.
 * @cssprop --cert-color-border - Borders.
 * @cssprop --cert-radius - Corner radius.
 * @cssprop --cert-spacing - Base spacing.
 * @cssprop --cert-font-family - Font family.
 */
export class CertList extends LitElement {
  static override styles = [tokens, styles];
  static override properties = {
    adapter: { attribute: false },
    apiBase: { attribute: 'api-base' },
    certifications: { attribute: false },
    learner: { attribute: false },
    helpUrl: { attribute: 'help-url' },
    selected: { state: true },
    actionsFailed: { state: true },
  };

  private readonly locale = new LocaleController(this);
  private readonly consumer = new AdapterConsumer(this, { data: 'its `certifications` property' });
  private readonly resource = new AdapterResource(
    this,
    this.consumer,
    (adapter, signal) => adapter.listCertifications({ signal }),
    {
      skip: () => this.certifications !== undefined,
      required: true,
    },
  );
  private readonly learnerResource = new AdapterResource(
    this,
    this.consumer,
    (adapter, signal) => adapter.getLearner({ signal }),
    {
      skip: () => this.learner !== undefined,
    },
  );
  private readonly filters = new CertFilters(this);
  private actions: Actions | undefined;
  private actionsLoad: Promise<Actions> | undefined;

  /** The adapter to load from; else `api-base`, else the one an ancestor provides. */
  declare adapter: CertAdapter | undefined;

  /** Base URL of a REST backend (`openapi.yaml`); the element then uses a `RestAdapter` on it. */
  apiBase: string | null = null;

  /** Certifications to show instead of loading them through the adapter. */
  declare certifications: Certification[] | undefined;

  /** The learner whose name the certificates carry, instead of loading it through the adapter. */
  declare learner: Learner | undefined;

  /** Where "I don't see a certificate I earned" leads (http or https). */
  helpUrl: string | null = null;

  private selected: ReadonlySet<string> = new Set();
  /** The preview and download code did not load (offline, say). */
  private actionsFailed = false;

  /** Whether the PDF code was asked for ahead of the first download (`preparePdfCode`). */
  private pdfCodeRequested = false;

  /** The data the selection was last checked against. */
  private prunedFor: Certification[] | undefined;

  /**
   * The selected certification IDs, in list order.
   * @readonly
   */
  get selectedIds(): string[] {
    return this.selectedCertifications().map((c) => c.id);
  }

  /** Selects every certificate the list shows (after search). */
  selectAll(): void {
    this.setSelection([...this.selected, ...certificateIds(this.visibleCertifications())]);
  }

  /** Deselects every certificate, those hidden by a search too. */
  clearSelection(): void {
    this.setSelection([]);
  }

  /**
   * Opens the preview dialog for one certificate.
   * @param id - The certification's ID; it must have a certificate.
   */
  async preview(id: string): Promise<void> {
    const cert = this.allCertifications().find((c) => c.id === id && hasCertificate(c));
    if (!cert) throw new Error(`No certificate with ID ${id} to preview.`);
    const actions = await this.loadActions().catch(() => undefined);
    if (!actions) return;
    try {
      await actions.previewDialog.open(cert, { ...this.jobOptions(), learner: this.learnerOrThrow() });
    } catch (error) {
      if (!actions.jobs.wasCancelled(error)) this.reportError(error);
    }
  }

  /**
   * Makes the selected certificates into one PDF (one selected) or a ZIP (several), fires
   * `cert-download`, and saves the file unless a listener prevented it. Rejects when nothing is
   * selected, on failure or when cancelled; the selection stays as it was.
   */
  async downloadSelected(): Promise<{ blob: Blob; filename: string }> {
    const certs = this.selectedCertifications();
    const ids = certs.map((c) => c.id);
    if (certs.length === 0) throw new CertListError(this.locale.messages.certList.nothingSelected);
    const zip = certs.length > 1;
    const { jobs } = await this.loadActions();
    try {
      const learner = this.learnerOrThrow();
      let file: CertificateFile;
      if (zip) {
        // The Download button is disabled while the ZIP is made: a keyboard user lands on Cancel instead.
        const moveFocus = this.focusIsHereOrLost();
        const job = jobs.zip(certs, learner, this.jobOptions());
        if (moveFocus) void this.updateComplete.then(() => this.cancelButton()?.focus());
        file = await job;
      } else {
        file = await jobs.single(certs[0], learner, this.jobOptions());
      }
      this.save(file, ids);
      jobs.announce((m) => m.certList.downloaded(certs.length));
      return file;
    } catch (error) {
      if (!jobs.wasCancelled(error)) this.reportError(error);
      throw error;
    } finally {
      if (zip) void this.returnFocusAfterJob();
    }
  }

  /** The first render waits for the language's message table: a Spanish page never shows English first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.locale.schedule(() => super.scheduleUpdate());
  }

  protected override willUpdate(): void {
    const data = this.allCertifications();
    if (data === this.prunedFor) return;
    this.prunedFor = data;
    this.selected = keepSelectable(this.selected, data);
  }

  /**
   * The rows are keyed: one whose place changes (a certification added above it, a filter) is drawn
   * anew, so focus in it moves to the same control of its new drawing.
   */
  protected override update(changed: PropertyValues): void {
    const active = deepActiveElement();
    const row = active && this.renderRoot.contains(active) ? active.closest('li') : null;
    const at = rowControls(row).indexOf(active!);
    const title = row?.querySelector('.title')?.id;
    super.update(changed);
    if (at < 0 || active!.isConnected) return;
    rowControls(this.renderRoot.querySelector(`[id="${title}"]`)?.closest('li'))[at]?.focus();
  }

  override render() {
    const m = this.locale.messages;
    const all = this.certifications ?? this.resource.value;
    if (!all) return renderResourceState(this.resource, m);
    return html`<div dir=${this.locale.dir}>
      ${
        all.length === 0
          ? html`<p>${m.certList.empty}</p>`
          : html`${this.filters.render(all, this.locale.lang, m)} ${this.renderToolbar()} ${this.renderList()}`
      }
      ${renderHelp(this.helpUrl, m)}
      <dialog part="dialog" aria-labelledby="preview-title" @close=${this.handlePreviewClosed}>
        ${this.actions?.previewDialog.renderContent(m) ?? nothing}
      </dialog>
    </div>`;
  }

  private renderToolbar() {
    const m = this.locale.messages.certList;
    const count = this.selected.size;
    const busy = this.actions?.jobs.busy ?? false;
    return html`<div part="toolbar" class="toolbar">
      <div class="selection">
        <button type="button" @click=${() => this.selectAll()}>${m.selectAll}</button>
        <button type="button" @click=${() => this.clearSelection()} ?disabled=${count === 0}>${m.clearSelection}</button>
        <span role="status" class="count">${m.selectedCount(count)}</span>
      </div>
      <div class="downloads">
        <button type="button" @click=${this.handlePreviewClick} ?disabled=${count !== 1 || busy}>${m.preview}</button>
        <button type="button" class="primary download" @click=${this.handleDownloadClick} ?disabled=${count === 0 || busy}>
          ${count > 1 ? m.downloadZip(count) : m.downloadPdf}
        </button>
      </div>
      ${this.renderJob(this.locale.messages)}
    </div>`;
  }

  /** The status line is there from the first render, so that what it says later is announced. */
  private renderJob(m: Messages) {
    const jobs = this.actions?.jobs;
    return html`<div part="progress" class="job">
      ${jobs?.renderProgress(m) ?? nothing}
      <p role="status" class="job-status">${jobs?.status(m) ?? ''}</p>
      ${
        this.actionsFailed
          ? html`<p role="alert" part="error" class="error">${m.certList.failed}</p>`
          : (jobs?.renderError(m) ?? nothing)
      }
    </div>`;
  }

  private renderList() {
    const visible = this.visibleCertifications();
    if (visible.length === 0) return html`<p>${this.locale.messages.certList.noMatches}</p>`;
    const today = new Date();
    const { messages, lang } = this.locale;
    // The rows are drawn again only when what they show changes: not for a download's progress or
    // status line (a ZIP of many certificates reports progress many times).
    return guard(
      [visible, this.selected, messages, lang, today.toDateString()],
      () => html`<ul part="list" class="list" tabindex="-1">
        ${visible.map((c) =>
          keyed(
            c.id,
            renderCertItem(c, {
              messages,
              lang,
              today,
              onToggle: this.handleToggle,
              selected: this.selected.has(c.id),
            }),
          ),
        )}
      </ul>`,
    );
  }

  private allCertifications(): Certification[] {
    return this.certifications ?? this.resource.value ?? NO_CERTIFICATIONS;
  }

  private selectedCertifications(): Certification[] {
    return this.allCertifications().filter((c) => this.selected.has(c.id));
  }

  private visibleCertifications(): Certification[] {
    return this.filters.visible(this.allCertifications(), this.locale.lang);
  }

  private setSelection(ids: Iterable<string>): void {
    const next = new Set(ids);
    if (next.size === this.selected.size && [...next].every((id) => this.selected.has(id))) return;
    this.selected = next;
    if (next.size > 0) this.preparePdfCode();
    // "Your 4 certificates are ready." spoke of the old selection.
    this.actions?.jobs.clearMessages();
    this.actionsFailed = false;
    const event = new CertSelectionChangeEvent({ ids: this.selectedIds });
    this.dispatchEvent(event);
  }

  /**
   * After the first selection, at idle: fetches the download code and jsPDF and runs jsPDF once, so the
   * learner's first PDF neither waits for them nor compiles them in one long task. Once per element.
   */
  private preparePdfCode(): void {
    if (this.pdfCodeRequested) return;
    this.pdfCodeRequested = true;
    whenIdle(() => {
      // A failure here is silent: the learner asked for nothing yet, and what they ask for says it.
      void import('./actions.js').catch(() => undefined);
      void import('../../export/certificate-pdf.js').then(
        ({ prepareCertificatePdf }) => whenIdle(() => void prepareCertificatePdf()),
        () => undefined,
      );
    });
  }

  private cancelButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('.job .cancel');
  }

  /** Focus is in this element, or nowhere (on the page's body): moving it then takes it from no one. */
  private focusIsHereOrLost(): boolean {
    const active = deepActiveElement();
    return !active || active === document.body || this.matches(':focus-within');
  }

  /** After a ZIP, focus leaves Cancel (or nowhere, once Cancel is gone) for the Download button, else the list. */
  private async returnFocusAfterJob(): Promise<void> {
    const cancel = this.cancelButton();
    const active = deepActiveElement();
    if (active && active !== document.body && active !== cancel) return;
    await this.updateComplete;
    const download = this.renderRoot.querySelector<HTMLButtonElement>('.download');
    const target = download && !download.disabled ? download : this.renderRoot.querySelector<HTMLElement>('.list');
    target?.focus();
  }

  private learnerOrThrow(): Learner {
    const learner = this.learner ?? this.learnerResource.value;
    if (!learner) throw new CertListError(this.locale.messages.certList.noLearner);
    return learner;
  }

  private jobOptions() {
    return { lang: this.locale.lang, messages: this.locale.messages, adapter: this.consumer.adapter ?? null };
  }

  /** Loads the preview and download code once; a failed load is shown and fired, and tried again next time. */
  private loadActions(): Promise<Actions> {
    this.actionsLoad ??= import('./actions.js').then(
      ({ CertificateJobs, PreviewDialog, BlobUrls }) => {
        const jobs = new CertificateJobs(this);
        this.actions = {
          jobs,
          blobUrls: new BlobUrls(this),
          previewDialog: new PreviewDialog(this, {
            onDownload: (cert, official) => this.downloadPreviewed(jobs, cert, official),
            onClosed: () => jobs.cancel(),
          }),
        };
        this.actionsFailed = false;
        this.requestUpdate();
        return this.actions;
      },
      (error: unknown) => {
        this.actionsLoad = undefined;
        this.reportError(error);
        throw error;
      },
    );
    return this.actionsLoad;
  }

  private async downloadPreviewed(jobs: CertificateJobs, cert: Certification, official: Blob | null): Promise<void> {
    try {
      this.save(await jobs.single(cert, this.learnerOrThrow(), this.jobOptions(), official), [cert.id]);
    } catch (error) {
      if (!jobs.wasCancelled(error)) this.reportError(error);
      throw error;
    }
  }

  private save(file: CertificateFile, ids: string[]): void {
    const event = new CertDownloadEvent({ blob: file.blob, filename: file.filename, ids });
    if (this.dispatchEvent(event)) this.actions?.blobUrls.save(file.blob, file.filename);
  }

  private reportError(error: unknown): void {
    if (this.actions) this.actions.jobs.fail(error);
    else this.actionsFailed = true;
    const event = new CertErrorEvent({ error });
    this.dispatchEvent(event);
  }

  private readonly handleToggle = (id: string, on: boolean): void => {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.setSelection(next);
  };

  private readonly handlePreviewClosed = (): void => {
    this.actions?.previewDialog.closed();
  };

  private handlePreviewClick(): void {
    const [id] = this.selectedIds;
    if (id) void this.preview(id).catch(() => undefined);
  }

  private handleDownloadClick(): void {
    // Failures are shown in the element and fired as cert-error; nothing more to do here.
    void this.downloadSelected().catch(() => undefined);
  }
}

/** What can hold focus in a row. */
function rowControls(row: Element | null | undefined): HTMLElement[] {
  return [...(row?.querySelectorAll<HTMLElement>('input, a') ?? [])];
}
