import { html, LitElement, nothing } from 'lit';
import type { CertAdapter } from '../../adapter/adapter.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { AdapterConsumer, AdapterResource } from '../../internal/adapter-consumer.js';
import { AdapterProvider } from '../../internal/adapter-provider.js';
import { renderResourceState } from '../../internal/resource-state.js';
import { cancelIdle, whenIdle } from '../../internal/idle.js';
import { tokens } from '../../internal/tokens.js';
import { styles } from './cert-dashboard.styles.js';

export const DASHBOARD_SECTIONS = ['certificates', 'badges', 'transcript'] as const;
export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number];

/** Registers the elements a section shows; each module is loaded once, when first needed. */
const SECTION_ELEMENTS: Record<DashboardSection, () => Promise<unknown>> = {
  certificates: () => import('./certificates-section.js'),
  badges: () => import('../badge-share/define.js'),
  transcript: () => import('../transcript-viewer/define.js'),
};

/** The sections named in a `sections` attribute, in its order, each once; all of them when none is valid. */
export function parseSections(value: string | null | undefined): DashboardSection[] {
  const asked = (value ?? '')
    .split(/\s+/)
    .filter((s): s is DashboardSection => (DASHBOARD_SECTIONS as readonly string[]).includes(s));
  return asked.length > 0 ? [...new Set(asked)] : [...DASHBOARD_SECTIONS];
}

/**
 * The learner's whole dashboard: one tag, one backend. It provides its adapter to the elements
 * inside it; each section loads, fails and retries on its own.
 *
 * @summary The learner's name, then Certificates, Badges and Transcript as tabs (the selected one in the URL hash).
 *
 * @csspart heading - The heading with the learner's name.
 * @csspart tabs - The tab list.
 * @csspart tab - One tab.
 * @csspart section - One section's panel.
 * @csspart badges - The grid of badges.
 * @csspart status - The loading line (the learner's name, the badges).
 * @csspart error - An error message, with its Retry button.
 *
 * @cssprop --cert-color-accent - Links, primary buttons, the selected tab.
 * @cssprop --cert-color-surface - Backgrounds.
 * @cssprop --cert-color-text - Text colour.
 * @cssprop --cert-color-border - Borders.
 * @cssprop --cert-radius - Corner radius.
 * @cssprop --cert-spacing - Base spacing.
 * @cssprop --cert-font-family - Font family.
 */
export class CertDashboard extends LitElement {
  static override styles = [tokens, styles];
  static override properties = {
    adapter: { attribute: false },
    apiBase: { attribute: 'api-base' },
    sections: {},
    helpUrl: { attribute: 'help-url' },
    selected: { state: true },
    failed: { state: true },
  };

  private readonly locale = new LocaleController(this);
  private readonly consumer = new AdapterConsumer(this);
  private readonly provider = new AdapterProvider(this);
  private readonly learner = new AdapterResource(
    this,
    this.consumer,
    (adapter, signal) => adapter.getLearner({ signal }),
    { required: true },
  );
  private readonly badges = new AdapterResource(
    this,
    this.consumer,
    (adapter, signal) => adapter.listBadges({ signal }),
    {
      skip: () => !this.visibleSections().includes('badges'),
    },
  );

  /** The adapter for every section; else `api-base`. */
  declare adapter: CertAdapter | undefined;

  /** Base URL of a REST backend (`openapi.yaml`); the dashboard then uses a `RestAdapter` on it. */
  apiBase: string | null = null;

  /**
   * Which sections to show, space-separated, in this order: `certificates badges transcript`.
   * @tokenList DashboardSection
   */
  sections = 'certificates badges transcript';

  /** Where "I don't see a certificate I earned" leads. */
  helpUrl: string | null = null;

  declare private selected: DashboardSection | undefined;
  /** Sections whose elements are loaded or loading. */
  private readonly requested = new Set<DashboardSection>();
  /** Sections whose elements did not load (offline, say): the panel says so and offers a retry. */
  private failed: ReadonlySet<DashboardSection> = new Set();
  private idlePreload: number | undefined;

  /** The first render waits for the language's message table: a Spanish page never shows English first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.locale.schedule(() => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.handleHashChange);
    this.handleHashChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
    if (this.idlePreload !== undefined) cancelIdle(this.idlePreload);
    this.idlePreload = undefined;
  }

  override willUpdate(): void {
    this.provider.set(this.consumer.adapter);
    this.loadSection(this.currentSection());
  }

  protected override firstUpdated(): void {
    // The other sections' code arrives while the learner reads the first one.
    this.idlePreload = whenIdle(() => {
      this.idlePreload = undefined;
      for (const section of this.visibleSections()) this.loadSection(section);
    });
  }

  override render() {
    const m = this.locale.messages;
    const learner = this.learner.value;
    return html`<div class="root" dir=${this.locale.dir}>
      <h1 part="heading">${learner ? m.dashboard.greeting(learner.name) : m.dashboard.untitled}</h1>
      ${learner ? nothing : renderResourceState(this.learner, m, this.locale.dir)}
      ${this.learner.status === 'unconfigured' ? nothing : this.renderSections()}
    </div>`;
  }

  /** The tabs and the sections; not shown while the dashboard has no adapter, which the line above says. */
  private renderSections() {
    const sections = this.visibleSections();
    const current = this.currentSection();
    const m = this.locale.messages;
    return html`${
      sections.length > 1
        ? html`<div part="tabs" role="tablist" aria-label=${m.dashboard.sections} @keydown=${this.handleTabKey}>
            ${sections.map(
              (s) => html`<button
                part="tab"
                role="tab"
                type="button"
                id="tab-${s}"
                aria-controls="panel-${s}"
                aria-selected=${s === current ? 'true' : 'false'}
                tabindex=${s === current ? '0' : '-1'}
                @click=${() => this.select(s)}
              >
                ${this.sectionTitle(s)}
              </button>`,
            )}
          </div>`
        : nothing
    }
      ${sections.map((s) => this.renderPanel(s, sections.length > 1, s === current))}`;
  }

  private renderPanel(section: DashboardSection, tabbed: boolean, shown: boolean) {
    return html`<section
      part="section"
      id="panel-${section}"
      role=${tabbed ? 'tabpanel' : nothing}
      aria-labelledby=${tabbed ? `tab-${section}` : `heading-${section}`}
      ?hidden=${!shown}
    >
      <h2 id="heading-${section}" class=${tabbed ? 'visually-hidden' : ''}>${this.sectionTitle(section)}</h2>
      ${this.failed.has(section) ? this.renderSectionFailure(section) : this.renderSection(section)}
    </section>`;
  }

  /** Each section's element gets the dashboard's language as its own `lang`: under Lit SSR it cannot see the dashboard's. */
  private renderSection(section: DashboardSection) {
    const m = this.locale.messages;
    const lang = this.locale.lang;
    switch (section) {
      case 'certificates':
        return html`<cert-list lang=${lang} help-url=${this.helpUrl ?? nothing}></cert-list>`;
      case 'badges': {
        const badges = this.badges.value;
        if (!badges) return renderResourceState(this.badges, m, this.locale.dir);
        if (badges.length === 0) return html`<p>${m.badges.empty}</p>`;
        return html`<ul part="badges" class="badges">
          ${badges.map((badge) => html`<li><badge-share lang=${lang} .badge=${badge}></badge-share></li>`)}
        </ul>`;
      }
      case 'transcript':
        return html`<transcript-viewer lang=${lang}></transcript-viewer>`;
    }
  }

  private renderSectionFailure(section: DashboardSection) {
    const m = this.locale.messages;
    return html`<p role="alert" part="error">${m.errors.network}</p>
      <button type="button" @click=${() => this.retrySection(section)}>${m.common.retry}</button>`;
  }

  private sectionTitle(section: DashboardSection): string {
    const m = this.locale.messages;
    return { certificates: m.certList.heading, badges: m.badges.heading, transcript: m.transcript.heading }[section];
  }

  private visibleSections(): DashboardSection[] {
    return parseSections(this.sections);
  }

  private currentSection(): DashboardSection {
    const sections = this.visibleSections();
    return this.selected && sections.includes(this.selected) ? this.selected : sections[0];
  }

  /** Loads the elements a section shows, once; a failure is shown in the section's panel. */
  private loadSection(section: DashboardSection): void {
    if (this.requested.has(section)) return;
    this.requested.add(section);
    SECTION_ELEMENTS[section]().catch((error: unknown) => {
      this.requested.delete(section);
      this.failed = new Set([...this.failed, section]);
      console.warn(`cert-elements: the ${section} section did not load.`, error);
    });
  }

  private retrySection(section: DashboardSection): void {
    this.failed = new Set([...this.failed].filter((s) => s !== section));
    this.loadSection(section);
  }

  /** Shows a section and puts it in the URL hash, so a link opens it. */
  private select(section: DashboardSection, focus = false): void {
    this.selected = section;
    if (location.hash !== `#${section}`) history.replaceState(history.state, '', `#${section}`);
    if (focus)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${section}`)?.focus());
  }

  private readonly handleHashChange = (): void => {
    const section = decodeURIComponent(location.hash.slice(1));
    if ((DASHBOARD_SECTIONS as readonly string[]).includes(section)) this.selected = section as DashboardSection;
  };

  private handleTabKey(e: KeyboardEvent): void {
    const sections = this.visibleSections();
    const at = sections.indexOf(this.currentSection());
    const forward = this.locale.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = this.locale.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const next =
      e.key === forward
        ? (at + 1) % sections.length
        : e.key === back
          ? (at - 1 + sections.length) % sections.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? sections.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    this.select(sections[next], true);
  }
}
