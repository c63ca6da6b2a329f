import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CertAdapter } from '../../adapter/adapter.js';
import { isAdapterError } from '../../adapter/errors.js';
import { BadgeShareEvent } from '../../events/badge-share.js';
import { errorMessage } from '../../internal/error-message.js';
import { formatDate } from '../../i18n/format.js';
import { isExpired } from '../../rules/expiry.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { AdapterConsumer, AdapterResource } from '../../internal/adapter-consumer.js';
import { BlobUrls } from '../../internal/blob-urls.js';
import { renderResourceState } from '../../internal/resource-state.js';
import { tokens } from '../../internal/tokens.js';
import type { Badge, OpenBadgeData } from '../../model.js';
import { badgeEmbedSnippet } from '../../share/embed.js';
import { badgeForLinkedIn, linkedInAddToProfileUrl } from '../../share/linkedin.js';
import { isOpenBadgeError } from '../../share/open-badge-error.js';
import { safeImageUrl, safeLinkUrl } from '../../rules/safe-url.js';
import { emailShareUrl, facebookShareUrl, linkedInShareUrl, parseNetworks, xShareUrl, type ShareNetwork } from '../../share/social.js';
import { styles } from './badge-share.styles.js';
import { BadgeSourceController, type BadgeSourceArgs } from './badge-source.js';

/** How long a notice such as "Copied" stays on screen. */
const NOTICE_MS = 5_000;

/**
 * One badge and the ways to share it. The badge comes from `badge`, `credential` (Open Badges
 * 2.0/3.0; a JWS is decoded, its signature not verified), `src` or `badge-id`, in that order.
 *
 * @summary A badge with image, issuer and dates; add to LinkedIn, share, copy, embed, download baked.
 *
 * @fires badge-share - Before any share action, `{network, url}`; cancelable: prevented, nothing opens.
 *
 * @csspart card - The badge card.
 * @csspart image - The badge image.
 * @csspart name - The badge name.
 * @csspart actions - The group of share buttons.
 * @csspart embed - The embed snippet and its copy button.
 * @csspart notice - The live region that confirms a copy or download.
 * @csspart status - The loading line.
 * @csspart error - An error message.
 *
 * @cssprop --badge-share-image-size - Width and height of the badge image (96px).
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
  private readonly consumer = new AdapterConsumer(this);
  private readonly resource = new AdapterResource(this, this.consumer, (adapter, signal) => adapter.listBadges({ signal }), {
    skip: () => !this.badgeId || this.badge !== undefined || this.hasSource(),
  });
  private readonly source = new BadgeSourceController(this, () => [this.credential, this.src], readBadgeSource);

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

  /** Space-separated actions to offer: `linkedin-profile linkedin x facebook email copy native embed download` (all when unset). */
  @property() networks: string | null = null;

  @state() private embedOpen = false;
  @state() private notice = '';
  @state() private actionError = '';

  private actionAbort = new AbortController();
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly blobUrls = new BlobUrls(this);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.actionAbort.signal.aborted) this.actionAbort = new AbortController();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.actionAbort.abort();
    clearTimeout(this.noticeTimer);
  }

  /**
   * Downloads the badge image, with its Open Badges data baked in when it has some (PNG or SVG).
   * Resolves with the file, or `null` when there is no image or a `badge-share` listener vetoed it;
   * rejects (after showing the error) when the image cannot be fetched.
   */
  async download(): Promise<{ blob: Blob; filename: string } | null> {
    const badge = this.currentBadge();
    const url = badge && safeImageUrl(badge.imageUrl, { base: document.baseURI });
    if (!badge || !url || !this.announce('download', url)) return null;
    try {
      // Reading and baking Open Badges files loads on first use, not with the page.
      const { badgeImageFile } = await import('../../share/badge-files.js');
      const file = await badgeImageFile(badge, { signal: this.actionAbort.signal, base: document.baseURI });
      this.blobUrls.save(file.blob, file.filename);
      this.showNotice(this.locale.messages.badges.downloaded);
      return file;
    } catch (error) {
      if (!this.actionAbort.signal.aborted) this.actionError = this.locale.messages.badges.downloadFailed;
      throw error;
    }
  }

  override render() {
    const badge = this.currentBadge();
    if (!badge) return this.renderPending();
    const m = this.locale.messages;
    const lang = this.locale.lang;
    const image = safeImageUrl(badge.imageUrl, { base: document.baseURI });
    const issuerUrl = safeLinkUrl(badge.issuer.url, { base: document.baseURI });
    const criteriaUrl = safeLinkUrl(badge.criteriaUrl, { base: document.baseURI });
    const expired = isExpired(badge.expiresOn);
    return html`<article part="card" dir=${this.locale.dir}>
      ${image ? html`<img part="image" src=${image} alt=${m.badges.imageAlt(badge.name)} width="96" height="96" />` : html`<span></span>`}
      <div class="body">
        <h3 part="name">${badge.name}</h3>
        <p>
          ${issuerUrl
            ? html`<a href=${issuerUrl} target="_blank" rel="noopener noreferrer">${m.badges.issuedBy(badge.issuer.name)}</a>`
            : m.badges.issuedBy(badge.issuer.name)}
        </p>
        <p class="dates">
          <span>${m.badges.issuedOn(formatDate(badge.issuedOn, lang))}</span>
          ${badge.expiresOn
            ? html`<span class=${expired ? 'expired' : ''}>${(expired ? m.badges.expiredOn : m.badges.expiresOn)(formatDate(badge.expiresOn, lang))}</span>`
            : nothing}
        </p>
        ${badge.description ? html`<p>${badge.description}</p>` : nothing}
        ${criteriaUrl
          ? html`<p><a href=${criteriaUrl} target="_blank" rel="noopener noreferrer">${m.badges.criteria}</a></p>`
          : badge.criteriaUrl
            ? html`<p>${m.badges.criteria}: ${badge.criteriaUrl}</p>`
            : nothing}
      </div>
      ${this.renderActions(badge)} ${this.renderEmbed(badge)}
      <div class="messages">
        <p role="status" part="notice" class="notice">${this.notice}</p>
        ${this.actionError ? html`<p role="alert" part="error" class="error">${this.actionError}</p>` : nothing}
      </div>
    </article>`;
  }

  private renderPending() {
    const m = this.locale.messages;
    if (this.hasSource()) {
      if (this.source.status !== 'error') return html`<p role="status" part="status" class="muted">${m.common.loading}</p>`;
      const error = this.source.error;
      const retryable = isAdapterError(error) ? error.retryable : isOpenBadgeError(error) && error.kind === 'unresolved';
      return html`<div role="alert" part="error" class="error">
        <p>${this.parseErrorMessage(error)}</p>
        ${retryable ? html`<button type="button" @click=${() => this.source.run()}>${m.common.retry}</button>` : nothing}
      </div>`;
    }
    if (this.badgeId && this.resource.status === 'ready') return html`<p role="alert" part="error" class="error">${m.errors['not-found']}</p>`;
    return this.badgeId ? renderResourceState(this.resource, m) : nothing;
  }

  private renderActions(badge: Badge) {
    const actions = parseNetworks(this.networks)
      .map((network) => this.renderAction(network, badge))
      .filter((a) => a !== nothing);
    if (!actions.length) return nothing;
    return html`<div part="actions" class="actions" role="group" aria-label=${this.locale.messages.badges.actions(badge.name)}>${actions}</div>`;
  }

  private renderAction(network: ShareNetwork, badge: Badge) {
    const m = this.locale.messages.badges;
    const url = safeLinkUrl(badge.publicUrl, { base: document.baseURI });
    const text = m.shareText(badge.name, badge.issuer.name);
    const open = (label: string, target: string | null) =>
      target ? html`<button type="button" data-network=${network} @click=${() => this.handleOpen(network, target)}>${label}</button>` : nothing;
    if (network === 'linkedin-profile') return open(m.addToProfile, linkedInAddToProfileUrl(badgeForLinkedIn(badge, url)));
    if (network === 'download') {
      if (!safeImageUrl(badge.imageUrl, { base: document.baseURI })) return nothing;
      return html`<button type="button" data-network="download" @click=${this.handleDownload}>${m.download}</button>`;
    }
    if (network === 'embed') {
      if (!badgeEmbedSnippet(badge, document.baseURI)) return nothing;
      return html`<button type="button" data-network="embed" aria-expanded=${this.embedOpen ? 'true' : 'false'}
        aria-controls=${this.embedOpen ? 'embed' : nothing} @click=${this.handleToggleEmbed}>
        ${m.embed}
      </button>`;
    }
    if (!url) return nothing;
    switch (network) {
      case 'linkedin':
        return open(m.shareOn('LinkedIn'), linkedInShareUrl(url));
      case 'x':
        return open(m.shareOn('X'), xShareUrl(text, url));
      case 'facebook':
        return open(m.shareOn('Facebook'), facebookShareUrl(url));
      case 'email': {
        const href = emailShareUrl(m.emailSubject(badge.name), m.emailBody(badge.name, badge.issuer.name, url));
        return html`<a href=${href} data-network="email" @click=${(e: Event) => this.handleEmail(e, href)}>${m.email}</a>`;
      }
      case 'copy':
        return html`<button type="button" data-network="copy" @click=${() => this.handleCopy('copy', url, url, m.linkCopied)}>${m.copyLink}</button>`;
      case 'native': {
        const data: ShareData = { title: badge.name, text, url };
        if (!canShare(data)) return nothing;
        return html`<button type="button" data-network="native" @click=${() => this.handleNativeShare(data)}>${m.shareNative}</button>`;
      }
    }
  }

  private renderEmbed(badge: Badge) {
    const snippet = this.embedOpen ? badgeEmbedSnippet(badge, document.baseURI) : null;
    if (!snippet) return nothing;
    const m = this.locale.messages.badges;
    const url = safeLinkUrl(badge.publicUrl, { base: document.baseURI }) ?? '';
    return html`<div part="embed" class="embed" id="embed">
      <label for="embed-code">${m.embedLabel}</label>
      <textarea id="embed-code" readonly dir="ltr" .value=${snippet} @focus=${selectAll}></textarea>
      <button type="button" data-network="embed-copy" @click=${() => this.handleCopy('embed', snippet, url, m.embedCopied)}>${m.copyEmbed}</button>
    </div>`;
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

  /** Fires `badge-share`; false when a listener vetoed the action. */
  private announce(network: ShareNetwork, url: string): boolean {
    this.actionError = '';
    const event = new BadgeShareEvent({ network, url });
    return this.dispatchEvent(event);
  }

  private showNotice(text: string): void {
    this.notice = text;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => (this.notice = ''), NOTICE_MS);
  }

  private handleOpen(network: ShareNetwork, url: string): void {
    if (this.announce(network, url)) window.open(url, '_blank', 'noopener,noreferrer');
  }

  private handleEmail(event: Event, href: string): void {
    if (!this.announce('email', href)) event.preventDefault();
  }

  private async handleCopy(network: 'copy' | 'embed', text: string, url: string, done: string): Promise<void> {
    if (!this.announce(network, url)) return;
    try {
      await navigator.clipboard.writeText(text);
      this.showNotice(done);
    } catch {
      // The snippet stays selectable in its textarea; a link has nowhere else to be selected from.
      const copyFailed = this.locale.messages.badges.copyFailed;
      this.actionError = network === 'copy' ? `${copyFailed} ${text}` : copyFailed;
    }
  }

  private async handleNativeShare(data: ShareData): Promise<void> {
    if (!this.announce('native', data.url ?? '')) return;
    try {
      await navigator.share(data);
    } catch (error) {
      // The person closed the share sheet: not an error.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      this.actionError = this.locale.messages.badges.shareFailed;
    }
  }

  private handleDownload(): void {
    this.download().catch(() => undefined);
  }

  private handleToggleEmbed(): void {
    this.embedOpen = !this.embedOpen;
  }
}

/** Reads `credential`, else `src`; `null` when neither is set. The readers load on first use. */
function readBadgeSource([credential, src]: BadgeSourceArgs, signal: AbortSignal): Promise<Badge> | null {
  if (credential != null) {
    return import('../../share/open-badges.js').then(({ parseOpenBadge, fetchJsonResolver }) =>
      parseOpenBadge(credential, { resolve: fetchJsonResolver(fetch, signal) }),
    );
  }
  return src ? import('../../share/badge-files.js').then(({ fetchOpenBadge }) => fetchOpenBadge(src, { signal, base: document.baseURI })) : null;
}

function canShare(data: ShareData): boolean {
  try {
    return typeof navigator.canShare === 'function' && typeof navigator.share === 'function' && navigator.canShare(data);
  } catch {
    return false;
  }
}

function selectAll(event: Event): void {
  (event.target as HTMLTextAreaElement).select();
}

declare global {
  interface HTMLElementTagNameMap {
    'badge-share': BadgeShare;
  }
}
