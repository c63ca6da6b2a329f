import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CertAdapter } from '../../adapter/adapter.js';
import { CertDownloadEvent, CertErrorEvent, CertSelectionChangeEvent } from '../../events/cert-events.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { AdapterConsumer, AdapterResource } from '../../internal/adapter-consumer.js';
import { BlobUrls } from '../../internal/blob-urls.js';
import {
  CERTIFICATION_SORT_ORDERS,
  searchCertifications,
  sortCertifications,
  type CertificationSortOrder,
} from '../../internal/certifications.js';
import { dialogStyles, showDialog } from '../../internal/dialog.js';
import { renderResourceState } from '../../internal/resource-state.js';
import { tokens } from '../../internal/tokens.js';
import type { Certification, Learner } from '../../model.js';
import { hasCertificate } from '../../rules/certificate.js';
import { safeLinkUrl } from '../../rules/safe-url.js';
import { renderCertItem } from './cert-item.js';
import { CertificateJobs, CertListError, type CertificateFile } from './certificate-jobs.js';
import { styles } from './cert-list.styles.js';

const NO_CERTIFICATIONS: Certification[] = [];

/** More certifications than this, and the list offers search and sorting. */
const SEARCH_THRESHOLD = 6;

/**
 * The learner's certifications: select, preview and download their certificates.
 *
 * @summary Certifications with status and exam progress; checkboxes, preview, PDF and ZIP download.
 *
 * @fires cert-selection-change - The selection changed; `detail.ids` in list order.
 * @fires cert-download - A PDF or ZIP is ready (`detail.blob`, `filename`, `ids`); cancelable: prevented, the browser does not save it.
 * @fires cert-error - Loading, a preview or a download failed (`detail.error`); the message is shown too.
 *
 * @csspart toolbar - Search, sort, selection and download controls.
 * @csspart list - The list of certifications.
 * @csspart item - One certification.
 * @csspart checkbox - A certificate's checkbox.
 * @csspart linkedin - An "Add to LinkedIn profile" link.
 * @csspart progress - The download progress bar and its text.
 * @csspart help - The help text and link for a missing certificate.
 * @csspart dialog - The preview dialog.
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
  static override styles = [tokens, dialogStyles, styles];

  private readonly locale = new LocaleController(this);
  private readonly consumer = new AdapterConsumer(this);
  private readonly resource = new AdapterResource(this, this.consumer, (adapter, signal) => adapter.listCertifications({ signal }), {
    skip: () => this.certifications !== undefined,
  });
  private readonly learnerResource = new AdapterResource(this, this.consumer, (adapter, signal) => adapter.getLearner({ signal }), {
    skip: () => this.learner !== undefined,
  });
  private readonly blobUrls = new BlobUrls(this);
  private readonly jobs = new CertificateJobs(this);

  /** The adapter to load from; else `api-base`, else the one an ancestor provides. */
  @property({ attribute: false }) adapter: CertAdapter | undefined;

  /** Base URL of a REST backend (`openapi.yaml`); the element then uses a `RestAdapter` on it. */
  @property({ attribute: 'api-base' }) apiBase: string | null = null;

  /** Certifications to show instead of loading them through the adapter. */
  @property({ attribute: false }) certifications: Certification[] | undefined;

  /** The learner whose name the certificates carry, instead of loading it through the adapter. */
  @property({ attribute: false }) learner: Learner | undefined;

  /** Where "I don't see a certificate I earned" leads (http or https). */
  @property({ attribute: 'help-url' }) helpUrl: string | null = null;

  @state() private selected: ReadonlySet<string> = new Set();
  @state() private searchText = '';
  @state() private order: CertificationSortOrder = 'newest';
  @state() private previewing: Certification | undefined;
  @state() private previewFile: (CertificateFile & { url: string }) | undefined;
  /** The page's Content-Security-Policy refused the preview frame (no `frame-src blob:`). */
  @state() private previewBlocked = false;

  @query('dialog') private dialog!: HTMLDialogElement;

  /** The data the selection was last checked against, and the last search-and-sort result. */
  private prunedFor: Certification[] | undefined;
  private visible: { data: Certification[]; searchText: string; order: CertificationSortOrder; lang: string; result: Certification[] } | undefined;

  /** The selected certification IDs, in list order. */
  get selectedIds(): string[] {
    return this.selectedCertifications().map((c) => c.id);
  }

  /** Selects every certificate the list shows (after search). */
  selectAll(): void {
    this.setSelection([...this.selected, ...this.visibleCertifications().filter(hasCertificate).map((c) => c.id)]);
  }

  clearSelection(): void {
    this.setSelection([]);
  }

  /** Opens the preview dialog for one certificate. */
  async preview(id: string): Promise<void> {
    const cert = this.allCertifications().find((c) => c.id === id && hasCertificate(c));
    if (!cert) throw new Error(`No certificate with ID ${id} to preview.`);
    this.blobUrls.revoke(this.previewFile?.url);
    this.previewFile = undefined;
    this.previewBlocked = false;
    this.previewing = cert;
    document.addEventListener('securitypolicyviolation', this.handleViolation);
    await this.updateComplete;
    showDialog(this.dialog);
    try {
      const file = await this.jobs.single(cert, this.learnerOrThrow(), this.jobOptions());
      if (this.previewing === cert) this.previewFile = { ...file, url: this.blobUrls.create(file.blob) };
    } catch (error) {
      this.dialog.close();
      if (!this.jobs.wasCancelled(error)) this.reportError(error);
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
    try {
      const learner = this.learnerOrThrow();
      const file = certs.length === 1 ? await this.jobs.single(certs[0]!, learner, this.jobOptions()) : await this.jobs.zip(certs, learner, this.jobOptions());
      this.save(file, ids);
      this.jobs.announce((m) => m.certList.downloaded(certs.length));
      return file;
    } catch (error) {
      if (!this.jobs.wasCancelled(error)) this.reportError(error);
      throw error;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('securitypolicyviolation', this.handleViolation);
  }

  protected override willUpdate(): void {
    // When the data changes, keep only selected IDs that still have a certificate in it.
    const data = this.allCertifications();
    if (data !== this.prunedFor) {
      this.prunedFor = data;
      const keep = new Set(data.filter(hasCertificate).map((c) => c.id));
      if ([...this.selected].some((id) => !keep.has(id))) this.selected = new Set([...this.selected].filter((id) => keep.has(id)));
    }
  }

  override render() {
    const m = this.locale.messages;
    const all = this.certifications ?? this.resource.value;
    if (!all) return renderResourceState(this.resource, m);
    return html`<div dir=${this.locale.dir}>
      ${all.length === 0 ? html`<p>${m.certList.empty}</p>` : html`${this.renderToolbar(all)} ${this.jobs.render(m)} ${this.renderList()}`}
      ${this.renderHelp()} ${this.renderPreview()}
    </div>`;
  }

  private renderToolbar(all: Certification[]) {
    const m = this.locale.messages.certList;
    const count = this.selected.size;
    const busy = this.jobs.busy;
    const shown = this.visibleCertifications().length;
    return html`<div part="toolbar" class="toolbar">
      ${all.length > SEARCH_THRESHOLD
        ? html`<div class="filters">
            <label
              >${m.search}
              <input type="search" placeholder=${m.searchPlaceholder} .value=${this.searchText} @input=${this.handleSearch}
            /></label>
            <label
              >${m.sortBy}
              <select @change=${this.handleSort}>
                ${CERTIFICATION_SORT_ORDERS.map((o) => html`<option value=${o} ?selected=${o === this.order}>${m.sortOrders[o]}</option>`)}
              </select></label
            >
            <span class="muted">${shown < all.length ? m.shownCount(shown, all.length) : nothing}</span>
          </div>`
        : nothing}
      <div class="selection">
        <button type="button" @click=${() => this.selectAll()}>${m.selectAll}</button>
        <button type="button" @click=${() => this.clearSelection()} ?disabled=${count === 0}>${m.clearSelection}</button>
        <span role="status" class="count">${m.selectedCount(count)}</span>
      </div>
      <div class="downloads">
        <button type="button" @click=${this.handlePreviewClick} ?disabled=${count !== 1 || busy}>${m.preview}</button>
        <button type="button" class="primary" @click=${this.handleDownloadClick} ?disabled=${count === 0 || busy}>
          ${count > 1 ? m.downloadZip(count) : m.downloadPdf}
        </button>
      </div>
    </div>`;
  }

  private renderList() {
    const visible = this.visibleCertifications();
    if (visible.length === 0) return html`<p>${this.locale.messages.certList.noMatches}</p>`;
    const ctx = { messages: this.locale.messages, lang: this.locale.lang, today: new Date(), onToggle: this.handleToggle };
    return html`<ul part="list" class="list">
      ${repeat(
        visible,
        (c) => c.id,
        (c) => renderCertItem(c, { ...ctx, selected: this.selected.has(c.id) }),
      )}
    </ul>`;
  }

  private renderHelp() {
    const m = this.locale.messages.certList;
    const url = safeLinkUrl(this.helpUrl, { base: document.baseURI });
    return html`<p part="help" class="help muted">
      ${m.helpText} ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${m.helpLink}</a>` : nothing}
    </p>`;
  }

  private renderPreview() {
    const m = this.locale.messages;
    const cert = this.previewing;
    return html`<dialog part="dialog" aria-labelledby="preview-title" @close=${this.handlePreviewClosed}>
      ${cert
        ? html`<h2 id="preview-title">${m.certList.previewTitle(cert.title)}</h2>
            ${this.previewBlocked
              ? html`<p role="status">${m.certList.previewBlocked}</p>`
              : this.previewFile
              ? html`<iframe class="pdf" src=${this.previewFile.url} title=${m.certList.previewTitle(cert.title)}></iframe>`
              : html`<p role="status">${m.certList.preparingPreview}</p>`}
            <div class="dialog-actions">
              <button type="button" class="primary" ?disabled=${!this.previewFile} @click=${this.handlePreviewDownload}>${m.common.download}</button>
              <button type="button" @click=${() => this.dialog.close()}>${m.common.close}</button>
            </div>`
        : nothing}
    </dialog>`;
  }

  private allCertifications(): Certification[] {
    return this.certifications ?? this.resource.value ?? NO_CERTIFICATIONS;
  }

  private selectedCertifications(): Certification[] {
    return this.allCertifications().filter((c) => this.selected.has(c.id));
  }

  /** Search and sort, done again only when the data, the query, the order or the language changed. */
  private visibleCertifications(): Certification[] {
    const key = { data: this.allCertifications(), searchText: this.searchText, order: this.order, lang: this.locale.lang };
    const v = this.visible;
    if (v && v.data === key.data && v.searchText === key.searchText && v.order === key.order && v.lang === key.lang) return v.result;
    const result = sortCertifications(searchCertifications(key.data, key.searchText), key.order, key.lang);
    this.visible = { ...key, result };
    return result;
  }

  private setSelection(ids: Iterable<string>): void {
    const next = new Set(ids);
    if (next.size === this.selected.size && [...next].every((id) => this.selected.has(id))) return;
    this.selected = next;
    const event = new CertSelectionChangeEvent({ ids: this.selectedIds });
    this.dispatchEvent(event);
  }

  private learnerOrThrow(): Learner {
    const learner = this.learner ?? this.learnerResource.value;
    if (!learner) throw new CertListError(this.locale.messages.certList.noLearner);
    return learner;
  }

  private jobOptions() {
    return { lang: this.locale.lang, messages: this.locale.messages, adapter: this.consumer.adapter ?? null };
  }

  private save(file: { blob: Blob; filename: string }, ids: string[]): void {
    const event = new CertDownloadEvent({ blob: file.blob, filename: file.filename, ids });
    if (this.dispatchEvent(event)) this.blobUrls.save(file.blob, file.filename);
  }

  private reportError(error: unknown): void {
    this.jobs.fail(error);
    const event = new CertErrorEvent({ error });
    this.dispatchEvent(event);
  }

  private readonly handleToggle = (id: string, on: boolean): void => {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.setSelection(next);
  };

  private handleSearch(e: Event): void {
    this.searchText = (e.target as HTMLInputElement).value;
  }

  private handleSort(e: Event): void {
    this.order = (e.target as HTMLSelectElement).value as CertificationSortOrder;
  }

  private handlePreviewClick(): void {
    const [id] = this.selectedIds;
    if (id) void this.preview(id).catch(() => undefined);
  }

  private handleDownloadClick(): void {
    // Failures are shown in the element and fired as cert-error; nothing more to do here.
    void this.downloadSelected().catch(() => undefined);
  }

  private handlePreviewDownload(): void {
    if (this.previewing && this.previewFile) this.save(this.previewFile, [this.previewing.id]);
  }

  private readonly handleViolation = (e: SecurityPolicyViolationEvent): void => {
    if (this.previewFile && e.blockedURI.startsWith('blob')) this.previewBlocked = true;
  };

  private handlePreviewClosed(): void {
    document.removeEventListener('securitypolicyviolation', this.handleViolation);
    this.jobs.cancel();
    this.blobUrls.revoke(this.previewFile?.url);
    this.previewFile = undefined;
    this.previewing = undefined;
  }
}
