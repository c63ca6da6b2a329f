import { html, nothing, type TemplateResult } from 'lit';
import { isAdapterError } from '../../adapter/errors.js';
import { errorMessage } from '../../internal/error-message.js';
import { formatDate } from '../../i18n/format.js';
import { isExpired } from '../../rules/expiry.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { AdapterConsumer, AdapterResource } from '../../internal/adapter-consumer.js';
import { renderResourceState } from '../../internal/resource-state.js';
import type { Badge } from '../../model.js';
import { isOpenBadgeError } from '../../share/open-badge-error.js';
import { safeImageUrl, safeLinkUrl } from '../../rules/safe-url.js';
import { pageBaseUrl } from '../../rules/page-base.js';
import { addEnglish } from '../../i18n/messages.js';
import { enBadges } from '../../i18n/en-badges.js';
import { styles } from './badge-share.styles.js';
import { BadgeSourceController } from './badge-source.js';
import { ShareActions } from './share-actions.js';
import { BadgeShare, badgeShareView } from './badge-share.js';

// The English this element shows beyond the dashboard's tab, in the table before any badge renders.
addEnglish({ badges: enBadges });

/** What `<badge-share>` draws and does: its controllers, templates and styles (see `internal/lazy-view.ts`). */
export class BadgeShareView {
  private readonly consumer: AdapterConsumer;
  private readonly resource: AdapterResource<Badge[]>;
  private readonly source: BadgeSourceController;
  private readonly actions: ShareActions;

  constructor(
    private readonly host: BadgeShare,
    private readonly locale: LocaleController,
  ) {
    this.consumer = new AdapterConsumer(host, {
      data: 'its `badge` or `credential` property or its `src` attribute (`badge-id` needs an adapter)',
    });
    this.resource = new AdapterResource(host, this.consumer, (adapter, signal) => adapter.listBadges({ signal }), {
      skip: () => !host.badgeId || host.badge !== undefined || this.hasSource(),
      // With no badge given, `badge-id` or not, there is nothing to show without an adapter.
      required: () => host.badge === undefined && !this.hasSource(),
    });
    this.source = new BadgeSourceController(host, () => [host.credential, host.src]);
    this.actions = new ShareActions(host, locale);
  }

  download(): Promise<{ blob: Blob; filename: string } | null> {
    return this.actions.download(this.currentBadge());
  }

  render(): TemplateResult | typeof nothing {
    const badge = this.currentBadge();
    if (!badge) return this.renderPending();
    const m = this.locale.messages;
    const lang = this.locale.lang;
    const base = pageBaseUrl();
    const image = safeImageUrl(badge.imageUrl, { base });
    const issuerUrl = safeLinkUrl(badge.issuer.url, { base });
    const criteriaUrl = safeLinkUrl(badge.criteriaUrl, { base });
    // Its public page, or a credential ID that is a URL: its Open Badges data's own (an OB 2.0 hosted
    // assertion, an OB 3.0 credential ID) or the backend's. An ID that is no URL leads nowhere to check it.
    const openBadgeId = typeof badge.openBadge === 'object' ? badge.openBadge?.id : undefined;
    const verifyUrl =
      safeLinkUrl(badge.publicUrl, { base }) ??
      (typeof openBadgeId === 'string' ? safeLinkUrl(openBadgeId) : null) ??
      safeLinkUrl(badge.credentialId);
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
          verifyUrl
            ? html`<p class="verify">
                <a href=${verifyUrl} target="_blank" rel="noopener noreferrer" aria-label=${m.badges.verifyLink(badge.name)}
                  >${m.badges.verify}</a
                >
              </p>`
            : nothing
        }
        ${
          criteriaUrl
            ? html`<p><a href=${criteriaUrl} target="_blank" rel="noopener noreferrer">${m.badges.criteria}</a></p>`
            : badge.criteriaUrl
              ? html`<p>${m.badges.criteria}: <span dir="ltr">${badge.criteriaUrl}</span></p>`
              : nothing
        }
      </div>
      ${this.actions.render(badge, this.host.networks)}
    </article>`;
  }

  private renderPending() {
    const m = this.locale.messages;
    if (this.hasSource()) {
      if (this.source.status !== 'error')
        return html`<p role="status" part="status" class="muted" dir=${this.locale.dir}>${m.common.loading}</p>`;
      const error = this.source.error;
      const retryable = isAdapterError(error)
        ? error.retryable
        : isOpenBadgeError(error) && error.kind === 'unresolved';
      return html`<div role="alert" part="error" class="error" dir=${this.locale.dir}>
        <p>${this.parseErrorMessage(error)}</p>
        ${retryable ? html`<button type="button" @click=${() => this.source.run()}>${m.common.retry}</button>` : nothing}
      </div>`;
    }
    if (this.host.badgeId && this.resource.status === 'ready')
      return html`<p role="alert" part="error" class="error" dir=${this.locale.dir}>${m.errors['not-found']}</p>`;
    return this.host.badgeId || this.resource.status === 'unconfigured'
      ? renderResourceState(this.resource, m, this.locale.dir)
      : nothing;
  }

  private currentBadge(): Badge | undefined {
    if (this.host.badge) return this.host.badge;
    if (this.hasSource()) return this.source.value;
    return this.host.badgeId ? this.resource.value?.find((b) => b.id === this.host.badgeId) : undefined;
  }

  private parseErrorMessage(error: unknown): string {
    const m = this.locale.messages;
    if (isOpenBadgeError(error)) return m.badges.openBadgeErrors[error.kind];
    if (isAdapterError(error)) return errorMessage(error, m);
    return m.badges.openBadgeErrors.malformed;
  }

  private hasSource(): boolean {
    return this.host.credential != null || !!this.host.src;
  }
}

badgeShareView.provide(BadgeShare, (host, locale) => new BadgeShareView(host, locale), [styles]);
