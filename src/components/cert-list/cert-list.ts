import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { CertAdapter } from '../../adapter/adapter.js';
import { formatDate } from '../../i18n/format.js';
import { LocaleController } from '../../i18n/locale.js';
import { AdapterConsumer, AdapterResource } from '../../internal/adapter-consumer.js';
import { renderResourceState } from '../../internal/resource-state.js';
import { tokens } from '../../internal/tokens.js';
import type { Certification } from '../../model.js';
import { styles } from './cert-list.styles.js';

/**
 * The learner's certifications with their status.
 *
 * @summary Certifications with status, dates, credential IDs and exam progress.
 *
 * @csspart list - The list of certifications.
 * @csspart item - One certification.
 * @csspart status - The loading line.
 * @csspart error - The error message and retry button.
 *
 * @cssprop --cert-color-accent - Links and primary buttons.
 * @cssprop --cert-color-surface - Background of each certification.
 * @cssprop --cert-color-text - Text colour.
 * @cssprop --cert-color-border - Borders.
 * @cssprop --cert-radius - Corner radius.
 * @cssprop --cert-spacing - Base spacing.
 * @cssprop --cert-font-family - Font family.
 */
export class CertList extends LitElement {
  static override styles = [tokens, styles];

  private readonly locale = new LocaleController(this);
  private readonly consumer = new AdapterConsumer(this);
  private readonly resource = new AdapterResource(this, this.consumer, (adapter, signal) => adapter.listCertifications({ signal }), {
    skip: () => this.certifications !== undefined,
  });

  /** The adapter to load from; else `api-base`, else the one an ancestor provides. */
  @property({ attribute: false }) adapter: CertAdapter | undefined;

  /** Base URL of a REST backend (`openapi.yaml`); the element then uses a `RestAdapter` on it. */
  @property({ attribute: 'api-base' }) apiBase: string | null = null;

  /** Certifications to show instead of loading them through the adapter. */
  @property({ attribute: false }) certifications: Certification[] | undefined;

  override render() {
    const m = this.locale.messages;
    const certifications = this.certifications ?? this.resource.value;
    if (!certifications) return renderResourceState(this.resource, m);
    if (certifications.length === 0) return html`<p>${m.certList.empty}</p>`;
    return html`<ul part="list" dir=${this.locale.dir}>
      ${certifications.map((c) => this.renderCertification(c))}
    </ul>`;
  }

  private renderCertification(c: Certification) {
    const m = this.locale.messages;
    const lang = this.locale.lang;
    const passed = c.exams.filter((e) => e.passedOn).length;
    return html`<li part="item">
      <h3>${c.title}</h3>
      <p class="meta">
        <span>${c.code}</span>
        <span class="status" data-status=${c.status}>${m.status[c.status]}</span>
        ${c.earnedOn ? html`<span>${m.certList.earnedOn(formatDate(c.earnedOn, lang))}</span>` : nothing}
        ${c.expiresOn
          ? html`<span>${(c.status === 'expired' ? m.certList.expiredOn : m.certList.expiresOn)(formatDate(c.expiresOn, lang))}</span>`
          : nothing}
        ${c.credentialId ? html`<span>${m.certList.credentialId}: ${c.credentialId}</span>` : nothing}
      </p>
      ${c.status === 'in-progress'
        ? html`<p>${m.certList.examsPassed(passed, c.exams.length)}. ${m.certList.certificateAfterFinalExam}</p>`
        : nothing}
    </li>`;
  }
}
