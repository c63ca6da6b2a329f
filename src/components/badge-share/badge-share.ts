import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { CertAdapter } from '../../adapter/adapter.js';
import { isAdapterError } from '../../adapter/errors.js';
import { errorMessage } from '../../internal/error-message.js';
import { formatDate } from '../../i18n/format.js';
import { isExpired } from '../../rules/expiry.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { AdapterConsumer, AdapterResource } from '../../internal/adapter-consumer.js';
import { renderResourceState } from '../../internal/resource-state.js';
import { tokens } from '../../internal/tokens.js';
import type { Badge, OpenBadgeData } from '../../model.js';
import { isOpenBadgeError } from '../../share/open-badge-error.js';
import { safeImageUrl, safeLinkUrl } from '../../rules/safe-url.js';
import { styles } from './badge-share.styles.js';
import { BadgeSourceController } from './badge-source.js';
import { ShareActions } from './share-actions.js';
import { pageBaseUrl } from '../../rules/page-base.js';
import { addEnglish } from '../../i18n/messages.js';
import { enBadges } from '../../i18n/en-badges.js';

// The English this element shows beyond the dashboard's tab, in the table before any badge renders.
addEnglish({ badges: enBadges });

/**
 * One badge and the ways to share it. The badge comes from `badge`, `credential` (Open Badges
 * 2.0/3.0; a JWS is decoded, its signature not verified), `src` or `badge-id`, in that order.
 *
 * @summary A badge with image, issuer and dates; add to LinkedIn, share, copy, embed, download baked.
 *
 * @fires {BadgeShareEvent} badge-share - Before any share action, `{network, url}`; cancelable: prevented, nothing opens.
 *
 * @csspart card - The badge card.
 * @csspart image - The badge image.
 * @csspart name - The badge name.
 * @csspart actions - The Add to LinkedIn button and the Share menu.
 * @csspart menu - The list of share actions the Share menu opens.
 * @csspart embed - The embed snippet and its copy button.
 * @csspart notice - The live region that confirms a copy or download.
 * @csspart status - The loading line.
 * @csspart error - An error message.
 *
 * @cssprop --badge-share-image-size - Width and height of the badge image.
 * @cssprop --cert-color-accent - Links and focus.
 * @cssprop --cert-color-surface - Card background.
 * @cssprop --cert-color-text - Text colour.
 * @cssprop --cert-color-border - Borders.
 * @cssprop --cert-color-danger - Expired badge and errors.
 * @cssprop --cert-radius - Corner radius.
 * @cssprop --cert-spacing - Base spacing.
 * @cssprop --cert-font-family - Font family.
 */
export class BadgeShare extends LitElement {
  static override styles = [tokens, styles];

  private readonly locale = new LocaleController(this);
  private readonly consumer = new AdapterConsumer(this, {
    data: 'its `badge` or `credential` property or its `src` attribute (`badge-id` needs an adapter)',
  });
  private readonly resource = new AdapterResource(
    this,
    this.consumer,
    (adapter, signal) => adapter.listBadges({ signal }),
    {
      skip: () => !this.badgeId || this.badge !== undefined || this.hasSource(),
      // With no badge given, `badge-id` or not, there is nothing to show without an adapter.
      required: () => this.badge === undefined && !this.hasSource(),
    },
  );
  private readonly source = new BadgeSourceController(this, () => [this.credential, this.src]);
  private readonly actions = new ShareActions(this, this.locale);

  /** The adapter to load `badge-id` from; else `api-base`, else the one an ancestor provides. */
  @property({ attribute: false }) adapter: CertAdapter | undefined;

  /** Base URL of a REST backend (`openapi.yaml`); the element then uses a `RestAdapter` on it. */
  @property({ attribute: 'api-base' }) apiBase: string | null = null;

  /** The badge to show; takes precedence over `credential`, `src` and `badge-id`. */
  @property({ attribute: false }) badge: Badge | undefined;

  /** An Open Badges 2.0 Assertion or 3.0 credential: object, JSON text or compact JWS (signature not verified). */
  @property({ attribute: false }) credential: OpenBadgeData | undefined;

  /** URL of Open Badges JSON or of a baked PNG or SVG badge image. */
  @property() src: string | null = null;

  /** ID of the badge to load through the adapter's `listBadges()`. */
  @property({ attribute: 'badge-id' }) badgeId: string | null = null;

  /**
   * Space-separated actions to offer: `linkedin-profile linkedin x facebook email copy native embed download` (all when unset).
   * @tokenList ShareNetwork
   */
  @property() networks: string | null = null;

  /**
   * Downloads the badge image, with its Open Badges data baked in when it has some (PNG or SVG).
   * Resolves with the file, or `null` when there is no image or a `badge-share` listener vetoed it;
   * rejects (after showing the error) when the image cannot be fetched.
   */
  download(): Promise<{ blob: Blob; filename: string } | null> {
    return this.actions.download(this.currentBadge());
  }

  /** The first render waits for the language's message table: a Spanish page never shows English first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.locale.schedule(() => super.scheduleUpdate());
  }

  override render() {
    const badge = this.currentBadge();
    if (!badge) return this.renderPending();
    const m = this.locale.messages;
    const lang = this.locale.lang;
    const base = pageBaseUrl();
    const image = safeImageUrl(badge.imageUrl, { base });
    const issuerUrl = safeLinkUrl(badge.issuer.url, { base });
    const criteriaUrl = safeLinkUrl(badge.criteriaUrl, { base });
    const expired = isExpired(badge.expiresOn);
    return html`<article part="card" dir=${this.locale.dir}>
      ${image ? html`<img part="image" src=${image} alt=${m.badges.imageAlt(badge.name)} width="96" height="96" />` : html`<span></span>`}
      <div class="body">
        <h3 part="name" title=${badge.name}>${badge.name}</h3>
        <p>
          ${
            issuerUrl
              ? html`<a href=${issuerUrl} target="_blank" rel="noopener noreferrer">${m.badges.issuedBy(badge.issuer.name)}</a>`
              : m.badges.issuedBy(badge.issuer.name)
          }
        </p>
        <p class="dates">
          <span>${m.badges.issuedOn(formatDate(badge.issuedOn, lang))}</span>
          ${
            badge.expiresOn
              ? html`<span class=${expired ? 'expired' : ''}>${(expired ? m.badges.expiredOn : m.badges.expiresOn)(formatDate(badge.expiresOn, lang))}</span>`
              : nothing
          }
        </p>
        ${badge.description ? html`<p>${badge.description}</p>` : nothing}
        ${
          criteriaUrl
            ? html`<p><a href=${criteriaUrl} target="_blank" rel="noopener noreferrer">${m.badges.criteria}</a></p>`
            : badge.criteriaUrl
              ? html`<p>${m.badges.criteria}: ${badge.criteriaUrl}</p>`
              : nothing
        }
      </div>
      ${this.actions.render(badge, this.networks)}
    </article>`;
  }

  private renderPending() {
    const m = this.locale.messages;
    if (this.hasSource()) {
      if (this.source.status !== 'error')
        return html`<p role="status" part="status" class="muted">${m.common.loading}</p>`;
      const error = this.source.error;
      const retryable = isAdapterError(error)
        ? error.retryable
        : isOpenBadgeError(error) && error.kind === 'unresolved';
      return html`<div role="alert" part="error" class="error">
        <p>${this.parseErrorMessage(error)}</p>
        ${retryable ? html`<button type="button" @click=${() => this.source.run()}>${m.common.retry}</button>` : nothing}
      </div>`;
    }
    if (this.badgeId && this.resource.status === 'ready')
      return html`<p role="alert" part="error" class="error">${m.errors['not-found']}</p>`;
    return this.badgeId || this.resource.status === 'unconfigured' ? renderResourceState(this.resource, m) : nothing;
  }

  private currentBadge(): Badge | undefined {
    if (this.badge) return this.badge;
    if (this.hasSource()) return this.source.value;
    return this.badgeId ? this.resource.value?.find((b) => b.id === this.badgeId) : undefined;
  }

  private parseErrorMessage(error: unknown): string {
    const m = this.locale.messages;
    if (isOpenBadgeError(error)) return m.badges.openBadgeErrors[error.kind];
    if (isAdapterError(error)) return errorMessage(error, m);
    return m.badges.openBadgeErrors.malformed;
  }

  private hasSource(): boolean {
    return this.credential != null || !!this.src;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'badge-share': BadgeShare;
  }
}
