import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CertAdapter } from '../../adapter/adapter.js';
import { adapterContext } from '../../adapter/context.js';
import { LocaleController } from '../../i18n/locale.js';
import { AdapterConsumer, AdapterResource } from '../../internal/adapter-consumer.js';
import { renderResourceState } from '../../internal/resource-state.js';
import { tokens } from '../../internal/tokens.js';
import { styles } from './cert-dashboard.styles.js';

export const DASHBOARD_SECTIONS = ['certificates', 'badges', 'transcript'] as const;
export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number];

/**
 * The learner's whole dashboard; provides its adapter to the elements inside it.
 *
 * @summary The learner's name, then the sections Certificates, Badges and Transcript.
 *
 * @csspart heading - The heading with the learner's name.
 * @csspart section - One section.
 *
 * @cssprop --cert-color-accent - Links and primary buttons.
 * @cssprop --cert-color-text - Text colour.
 * @cssprop --cert-spacing - Base spacing.
 * @cssprop --cert-font-family - Font family.
 */
export class CertDashboard extends LitElement {
  static override styles = [tokens, styles];

  private readonly locale = new LocaleController(this);
  private readonly consumer = new AdapterConsumer(this);
  private readonly provider = new ContextProvider(this, { context: adapterContext });
  private readonly learner = new AdapterResource(this, this.consumer, (adapter, signal) => adapter.getLearner({ signal }));
  private readonly badges = new AdapterResource(this, this.consumer, (adapter, signal) => adapter.listBadges({ signal }), {
    skip: () => !this.shows('badges'),
  });

  /** The adapter for every section; else `api-base`. */
  @property({ attribute: false }) adapter: CertAdapter | undefined;

  /** Base URL of a REST backend (`openapi.yaml`); the dashboard then uses a `RestAdapter` on it. */
  @property({ attribute: 'api-base' }) apiBase: string | null = null;

  /** Which sections to show, space-separated, in this order: `certificates badges transcript`. */
  @property() sections = 'certificates badges transcript';

  /** Where "I don't see a certificate I earned" leads. */
  @property({ attribute: 'help-url' }) helpUrl: string | null = null;

  override willUpdate(): void {
    const adapter = this.consumer.adapter;
    if (this.provider.value !== adapter) this.provider.setValue(adapter);
  }

  override render() {
    const m = this.locale.messages;
    const learner = this.learner.value;
    return html`
      ${learner
        ? html`<h1 part="heading">${m.dashboard.greeting(learner.name)}</h1>`
        : renderResourceState(this.learner, m)}
      ${this.visibleSections().map((section) => this.renderSection(section))}
    `;
  }

  private renderSection(section: DashboardSection) {
    const m = this.locale.messages;
    switch (section) {
      case 'certificates':
        return html`<section part="section" aria-labelledby="certificates">
          <h2 id="certificates">${m.certList.heading}</h2>
          <cert-list help-url=${ifDefined(this.helpUrl ?? undefined)}></cert-list>
        </section>`;
      case 'badges':
        return html`<section part="section" aria-labelledby="badges">
          <h2 id="badges">${m.badges.heading}</h2>
          ${this.badges.value
            ? this.badges.value.length === 0
              ? html`<p>${m.badges.empty}</p>`
              : html`<ul class="badges">
                  ${this.badges.value.map((badge) => html`<li><badge-share .badge=${badge}></badge-share></li>`)}
                </ul>`
            : renderResourceState(this.badges, m)}
        </section>`;
      case 'transcript':
        return html`<section part="section" aria-labelledby="transcript">
          <h2 id="transcript">${m.transcript.heading}</h2>
          <transcript-viewer></transcript-viewer>
        </section>`;
      default:
        return nothing;
    }
  }

  private visibleSections(): DashboardSection[] {
    const asked = this.sections.split(/\s+/).filter((s): s is DashboardSection => (DASHBOARD_SECTIONS as readonly string[]).includes(s));
    return asked.length > 0 ? [...new Set(asked)] : [...DASHBOARD_SECTIONS];
  }

  private shows(section: DashboardSection): boolean {
    return this.visibleSections().includes(section);
  }
}
