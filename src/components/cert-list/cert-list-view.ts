import { html, isServer, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { CertDownloadEvent, CertErrorEvent, CertSelectionChangeEvent } from '../../events/cert-events.js';
import type { Messages } from '../../i18n/en.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { AdapterConsumer, AdapterResource } from '../../internal/adapter-consumer.js';
import { certificateIds, keepSelectable } from '../../internal/certifications.js';
import { deepActiveElement } from '../../internal/dialog.js';
import { renderResourceState } from '../../internal/resource-state.js';
import { whenIdle } from '../../internal/idle.js';
import type { Certification, Learner } from '../../model.js';
import { hasCertificate } from '../../rules/certificate.js';
import { CertFilters } from './cert-filters.js';
import { renderCertItem, renderHelp } from './cert-item.js';
import type { BlobUrls, CertificateFile, CertificateJobs, PreviewDialog } from './actions.js';
import { CertListError } from './cert-list-error.js';
import { CertList, certListView, type CertListView } from './cert-list.js';
import { styles } from './cert-list.styles.js';

const NO_CERTIFICATIONS: Certification[] = [];

/** The preview and download code (`actions.ts`), loaded on the first preview or download. */
interface Actions {
  jobs: CertificateJobs;
  previewDialog: PreviewDialog;
  blobUrls: BlobUrls;
}

/**
 * What `<cert-list>` draws and does: its controllers, selection, templates and styles (see
 * `internal/lazy-view.ts`). The element's methods are these.
 */
class CertListViewImpl implements CertListView {
  private readonly consumer = new AdapterConsumer(this.host, { data: 'its `certifications` property' });
  private readonly resource = new AdapterResource(
    this.host,
    this.consumer,
    (adapter, signal) => adapter.listCertifications({ signal }),
    {
      skip: () => this.host.certifications !== undefined,
      required: true,
    },
  );
  private readonly learnerResource = new AdapterResource(
    this.host,
    this.consumer,
    (adapter, signal) => adapter.getLearner({ signal }),
    {
      skip: () => this.host.learner !== undefined,
    },
  );
  private readonly filters = new CertFilters(this.host);
  private actions: Actions | undefined;
  private actionsLoad: Promise<Actions> | undefined;

  private selected: ReadonlySet<string> = new Set();
  /** The preview and download code did not load (offline, say). */
  private actionsFailed = false;

  /** Whether the PDF code was asked for ahead of the first download (`preparePdfCode`). */
  private pdfCodeRequested = false;

  /** The data the selection was last checked against. */
  private prunedFor: Certification[] | undefined;

  /** The control of a row that had focus before an update, to focus again in the row's new drawing. */
  private focusBefore: FocusInRow | undefined;

  constructor(
    private readonly host: CertList,
    private readonly locale: LocaleController,
  ) {}

  // The element's methods (documented in cert-list.ts).

  get selectedIds(): string[] {
    return this.selectedCertifications().map((c) => c.id);
  }

  selectAll(): void {
    this.setSelection([...this.selected, ...certificateIds(this.visibleCertifications())]);
  }

  clearSelection(): void {
    this.setSelection([]);
  }

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
        if (moveFocus) void this.host.updateComplete.then(() => this.cancelButton()?.focus());
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

  /**
   * The rows are keyed: one whose place changes (a certification added above it, a filter) is drawn
   * anew, so focus in it moves to the same control of its new drawing (`updated()`).
   */
  willUpdate(): void {
    if (!isServer) this.focusBefore = focusInRow(this.host.renderRoot);
    const data = this.allCertifications();
    if (data === this.prunedFor) return;
    this.prunedFor = data;
    this.selected = keepSelectable(this.selected, data);
  }

  updated(): void {
    const before = this.focusBefore;
    this.focusBefore = undefined;
    if (!before || before.active.isConnected) return;
    rowControls(this.host.renderRoot.querySelector(`[id="${before.title}"]`)?.closest('li'))[before.at]?.focus();
  }

  render() {
    const m = this.locale.messages;
    const all = this.host.certifications ?? this.resource.value;
    if (!all) return renderResourceState(this.resource, m, this.locale.dir);
    return html`<div dir=${this.locale.dir}>
      ${
        all.length === 0
          ? html`<p>${m.certList.empty}</p>`
          : html`${this.filters.render(all, this.locale.lang, m)} ${this.renderToolbar()} ${this.renderList()}`
      }
      ${renderHelp(this.host.helpUrl, m)}
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
    return this.host.certifications ?? this.resource.value ?? NO_CERTIFICATIONS;
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
    this.host.requestUpdate();
    if (next.size > 0) this.preparePdfCode();
    // "Your 4 certificates are ready." spoke of the old selection.
    this.actions?.jobs.clearMessages();
    this.actionsFailed = false;
    const event = new CertSelectionChangeEvent({ ids: this.selectedIds });
    this.host.dispatchEvent(event);
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
    return this.host.renderRoot.querySelector<HTMLButtonElement>('.job .cancel');
  }

  /** Focus is in this element, or nowhere (on the page's body): moving it then takes it from no one. */
  private focusIsHereOrLost(): boolean {
    const active = deepActiveElement();
    return !active || active === document.body || this.host.matches(':focus-within');
  }

  /** After a ZIP, focus leaves Cancel (or nowhere, once Cancel is gone) for the Download button, else the list. */
  private async returnFocusAfterJob(): Promise<void> {
    const cancel = this.cancelButton();
    const active = deepActiveElement();
    if (active && active !== document.body && active !== cancel) return;
    await this.host.updateComplete;
    const download = this.host.renderRoot.querySelector<HTMLButtonElement>('.download');
    const target = download && !download.disabled ? download : this.host.renderRoot.querySelector<HTMLElement>('.list');
    target?.focus();
  }

  private learnerOrThrow(): Learner {
    const learner = this.host.learner ?? this.learnerResource.value;
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
        const jobs = new CertificateJobs(this.host);
        this.actions = {
          jobs,
          blobUrls: new BlobUrls(this.host),
          previewDialog: new PreviewDialog(this.host, {
            onDownload: (cert, official) => this.downloadPreviewed(jobs, cert, official),
            onClosed: () => jobs.cancel(),
          }),
        };
        this.actionsFailed = false;
        this.host.requestUpdate();
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
    if (this.host.dispatchEvent(event)) this.actions?.blobUrls.save(file.blob, file.filename);
  }

  private reportError(error: unknown): void {
    if (this.actions) this.actions.jobs.fail(error);
    else this.actionsFailed = true;
    this.host.requestUpdate();
    const event = new CertErrorEvent({ error });
    this.host.dispatchEvent(event);
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

certListView.provide(CertList, (host, locale) => new CertListViewImpl(host, locale), [styles]);

/** The control of a row in `root` that has focus: which one of its row's, and the row's title ID. */
function focusInRow(root: HTMLElement | DocumentFragment): FocusInRow | undefined {
  const active = deepActiveElement();
  const row = active && root.contains(active) ? active.closest('li') : null;
  const at = rowControls(row).indexOf(active!);
  return at < 0 ? undefined : { active: active!, at, title: row?.querySelector('.title')?.id };
}

interface FocusInRow {
  active: Element;
  at: number;
  title: string | undefined;
}

/** What can hold focus in a row. */
function rowControls(row: Element | null | undefined): HTMLElement[] {
  return [...(row?.querySelectorAll<HTMLElement>('input, a') ?? [])];
}
