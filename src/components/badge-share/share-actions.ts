import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { BadgeShareEvent } from '../../events/badge-share.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { BlobUrls } from '../../internal/blob-urls.js';
import { selectText } from '../../internal/select-text.js';
import { ShareMenu } from './share-menu.js';
import type { Badge } from '../../model.js';
import { pageBaseUrl } from '../../rules/page-base.js';
import { safeImageUrl, safeLinkUrl } from '../../rules/safe-url.js';
import { badgeEmbedSnippet } from '../../share/embed.js';
import { badgeForLinkedIn } from '../../share/badge-linkedin.js';
import { linkedInAddToProfileUrl } from '../../share/linkedin.js';
import {
  emailShareUrl,
  facebookShareUrl,
  linkedInShareUrl,
  parseNetworks,
  xShareUrl,
  type ShareNetwork,
} from '../../share/social.js';

/** How long a notice such as "Copied" stays on screen. */
const NOTICE_MS = 5_000;

/**
 * `<badge-share>`'s share actions: add to LinkedIn, share on a network or by e-mail, copy the link,
 * the native share sheet, the embed snippet, the baked download; and the notice and error lines
 * they report on. Each fires `badge-share` first; a listener that prevents it stops the action.
 */
export class ShareActions implements ReactiveController {
  private embedOpen = false;
  private notice = '';
  private error = '';
  private abort = new AbortController();
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly blobUrls: BlobUrls;
  private readonly menu: ShareMenu;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly locale: LocaleController,
  ) {
    host.addController(this);
    this.blobUrls = new BlobUrls(host);
    this.menu = new ShareMenu(host);
  }

  hostConnected(): void {
    if (this.abort.signal.aborted) this.abort = new AbortController();
  }

  hostDisconnected(): void {
    this.abort.abort();
    clearTimeout(this.noticeTimer);
  }

  /** See `BadgeShare.download()`. */
  async download(badge: Badge | undefined): Promise<{ blob: Blob; filename: string } | null> {
    const url = badge && safeImageUrl(badge.imageUrl, { base: pageBaseUrl() });
    if (!badge || !url || !this.announce('download', url)) return null;
    try {
      // Reading and baking Open Badges files loads on first use, not with the page.
      const { badgeImageFile } = await import('../../share/badge-files.js');
      const file = await badgeImageFile(badge, { signal: this.abort.signal, base: pageBaseUrl() });
      this.blobUrls.save(file.blob, file.filename);
      this.showNotice(this.locale.messages.badges.downloaded);
      return file;
    } catch (error) {
      if (!this.abort.signal.aborted) this.setError(this.locale.messages.badges.downloadFailed);
      throw error;
    }
  }

  /**
   * For `networks` (the attribute): Add to LinkedIn as the one primary button, every other action in
   * the Share menu; then the embed snippet when open, and the notice and error lines.
   */
  render(badge: Badge, networks: string | null) {
    const m = this.locale.messages.badges;
    const chosen = parseNetworks(networks);
    const primary = chosen.includes('linkedin-profile') ? this.renderAction('linkedin-profile', badge) : nothing;
    const items = chosen
      .filter((network) => network !== 'linkedin-profile')
      .map((network) => this.renderAction(network, badge))
      .filter((item) => item !== nothing);
    return html`${
      primary !== nothing || items.length
        ? html`<div part="actions" class="actions" role="group" aria-label=${m.actions(badge.name)}>
          ${primary} ${items.length ? this.menu.render(m.share, items) : nothing}
        </div>`
        : nothing
    }
      ${this.renderEmbed(badge)}
      <div class="messages">
        <p role="status" part="notice" class="notice">${this.notice}</p>
        ${this.error ? html`<p role="alert" part="error" class="error">${this.error}</p>` : nothing}
      </div>`;
  }

  private renderAction(network: ShareNetwork, badge: Badge) {
    const m = this.locale.messages.badges;
    const url = safeLinkUrl(badge.publicUrl, { base: pageBaseUrl() });
    const text = m.shareText(badge.name, badge.issuer.name);
    const open = (label: string, target: string | null, primary = false) =>
      target
        ? html`<button type="button" class=${primary ? 'primary' : ''} data-network=${network}
            @click=${() => this.handleOpen(network, target)}>${label}</button>`
        : nothing;
    if (network === 'linkedin-profile')
      return open(m.addToProfile, linkedInAddToProfileUrl(badgeForLinkedIn(badge, url)), true);
    if (network === 'download') {
      if (!safeImageUrl(badge.imageUrl, { base: pageBaseUrl() })) return nothing;
      return html`<button type="button" data-network="download" @click=${() => this.handleDownload(badge)}>${m.download}</button>`;
    }
    if (network === 'embed') {
      if (!badgeEmbedSnippet(badge, pageBaseUrl())) return nothing;
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
    const snippet = this.embedOpen ? badgeEmbedSnippet(badge, pageBaseUrl()) : null;
    if (!snippet) return nothing;
    const m = this.locale.messages.badges;
    const url = safeLinkUrl(badge.publicUrl, { base: pageBaseUrl() }) ?? '';
    return html`<div part="embed" class="embed" id="embed">
      <label for="embed-code">${m.embedLabel}</label>
      <textarea id="embed-code" readonly dir="ltr" .value=${snippet} @focus=${selectText}></textarea>
      <button type="button" data-network="embed-copy" @click=${() => this.handleCopy('embed', snippet, url, m.embedCopied)}>${m.copyEmbed}</button>
    </div>`;
  }

  /** Fires `badge-share`; false when a listener vetoed the action. */
  private announce(network: ShareNetwork, url: string): boolean {
    this.setError('');
    return this.host.dispatchEvent(new BadgeShareEvent({ network, url }));
  }

  private setError(text: string): void {
    this.error = text;
    this.host.requestUpdate();
  }

  private showNotice(text: string): void {
    this.notice = text;
    this.host.requestUpdate();
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => {
      this.notice = '';
      this.host.requestUpdate();
    }, NOTICE_MS);
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
      this.setError(network === 'copy' ? `${copyFailed} ${text}` : copyFailed);
    }
  }

  private async handleNativeShare(data: ShareData): Promise<void> {
    if (!this.announce('native', data.url ?? '')) return;
    try {
      await navigator.share(data);
    } catch (error) {
      // The person closed the share sheet: not an error.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      this.setError(this.locale.messages.badges.shareFailed);
    }
  }

  private handleDownload(badge: Badge): void {
    this.download(badge).catch(() => undefined);
  }

  private handleToggleEmbed = async (): Promise<void> => {
    this.embedOpen = !this.embedOpen;
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The menu closes behind the choice: the snippet is where the person goes next.
    this.host.shadowRoot?.querySelector('textarea')?.focus();
  };
}

function canShare(data: ShareData): boolean {
  try {
    return (
      typeof navigator.canShare === 'function' && typeof navigator.share === 'function' && navigator.canShare(data)
    );
  } catch {
    return false;
  }
}
