import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { CertAdapter } from '../../adapter/adapter.js';
import { addressLines, formatDate } from '../../i18n/format.js';
import { LocaleController } from '../../i18n/locale.js';
import { AdapterConsumer, AdapterResource } from '../../internal/adapter-consumer.js';
import { renderResourceState } from '../../internal/resource-state.js';
import { tokens } from '../../internal/tokens.js';
import type { Transcript } from '../../model.js';
import { styles } from './transcript-viewer.styles.js';

/**
 * The learner's academic transcript.
 *
 * @summary The learner, active certifications and passed exams, with dates in the person's language.
 *
 * @csspart transcript - The transcript body.
 * @csspart status - The loading line.
 * @csspart error - The error message and retry button.
 *
 * @cssprop --cert-color-accent - Links and primary buttons.
 * @cssprop --cert-color-text - Text colour.
 * @cssprop --cert-color-border - Table rules.
 * @cssprop --cert-spacing - Base spacing.
 * @cssprop --cert-font-family - Font family.
 */
export class TranscriptViewer extends LitElement {
  static override styles = [tokens, styles];

  private readonly locale = new LocaleController(this);
  private readonly consumer = new AdapterConsumer(this);
  private readonly resource = new AdapterResource(this, this.consumer, (adapter, signal) => adapter.getTranscript({ signal }), {
    skip: () => this.transcript !== undefined,
  });

  /** The adapter to load from; else `api-base`, else the one an ancestor provides. */
  @property({ attribute: false }) adapter: CertAdapter | undefined;

  /** Base URL of a REST backend (`openapi.yaml`); the element then uses a `RestAdapter` on it. */
  @property({ attribute: 'api-base' }) apiBase: string | null = null;

  /** A transcript to show instead of loading it through the adapter. */
  @property({ attribute: false }) transcript: Transcript | undefined;

  override render() {
    const transcript = this.transcript ?? this.resource.value;
    if (!transcript) return renderResourceState(this.resource, this.locale.messages);
    return this.renderTranscript(transcript);
  }

  private renderTranscript(t: Transcript) {
    const m = this.locale.messages.transcript;
    const lang = this.locale.lang;
    return html`<article part="transcript" dir=${this.locale.dir}>
      <h2>${t.learner.name}</h2>
      <p>${t.learner.email}</p>
      ${t.learner.address ? html`<address>${addressLines(t.learner.address).join('\n')}</address>` : nothing}
      <p class="muted">${m.generatedOn(formatDate(t.generatedAt, lang))}</p>

      <h3>${m.certifications}</h3>
      ${t.certifications.length === 0
        ? html`<p>${m.noCertifications}</p>`
        : html`<div class="table-wrap">
            <table>
              <thead>
                <tr><th scope="col">${m.title}</th><th scope="col">${m.code}</th><th scope="col">${m.earned}</th><th scope="col">${m.expires}</th></tr>
              </thead>
              <tbody>
                ${t.certifications.map(
                  (c) => html`<tr>
                    <td>${c.title}</td>
                    <td>${c.code}</td>
                    <td>${formatDate(c.earnedOn, lang)}</td>
                    <td>${formatDate(c.expiresOn, lang) || this.locale.messages.common.notAvailable}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}

      <h3>${m.exams}</h3>
      ${t.exams.length === 0
        ? html`<p>${m.noExams}</p>`
        : html`<div class="table-wrap">
            <table>
              <thead>
                <tr><th scope="col">${m.code}</th><th scope="col">${m.exam}</th><th scope="col">${m.passedOn}</th></tr>
              </thead>
              <tbody>
                ${t.exams.map(
                  (e) => html`<tr><td>${e.code}</td><td>${e.title}</td><td>${formatDate(e.passedOn, lang)}</td></tr>`,
                )}
              </tbody>
            </table>
          </div>`}
    </article>`;
  }
}
