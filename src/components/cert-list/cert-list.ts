import { LitElement } from 'lit';
import type { CertAdapter } from '../../adapter/adapter.js';
import { lazyViewElement, ViewSlot, type ElementView } from '../../internal/lazy-view.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { tokens } from '../../internal/tokens.js';
import type { Certification, Learner } from '../../model.js';

/** What the element asks of its view, `cert-list-view.ts`: its methods. */
export interface CertListView extends ElementView {
  readonly selectedIds: string[];
  selectAll(): void;
  clearSelection(): void;
  preview(id: string): Promise<void>;
  downloadSelected(): Promise<{ blob: Blob; filename: string }>;
}

/** Where `<cert-list>`'s view module puts itself (see `internal/lazy-view.ts`). */
export const certListView: ViewSlot<CertList, CertListView> = new ViewSlot('cert-list');

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
export class CertList extends lazyViewElement<CertListView>(LitElement, LocaleController) {
  static override styles = [tokens];
  protected static viewSlot = certListView as unknown as ViewSlot;
  static override properties = {
    adapter: { attribute: false },
    apiBase: { attribute: 'api-base' },
    certifications: { attribute: false },
    learner: { attribute: false },
    helpUrl: { attribute: 'help-url' },
  };

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

  /**
   * The selected certification IDs, in list order.
   * @readonly
   */
  get selectedIds(): string[] {
    return this.view?.selectedIds ?? [];
  }

  /** Selects every certificate the list shows (after search). */
  selectAll(): void {
    this.view?.selectAll();
  }

  /** Deselects every certificate, those hidden by a search too. */
  clearSelection(): void {
    this.view?.clearSelection();
  }

  /**
   * Opens the preview dialog for one certificate.
   * @param id - The certification's ID; it must have a certificate.
   */
  async preview(id: string): Promise<void> {
    return (await this.loadedView()).preview(id);
  }

  /**
   * Makes the selected certificates into one PDF (one selected) or a ZIP (several), fires
   * `cert-download`, and saves the file unless a listener prevented it. Rejects when nothing is
   * selected, on failure or when cancelled; the selection stays as it was.
   */
  async downloadSelected(): Promise<{ blob: Blob; filename: string }> {
    return (await this.loadedView()).downloadSelected();
  }
}
