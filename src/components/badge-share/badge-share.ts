import type { CertAdapter } from '../../adapter/adapter.js';
import { LitElement } from 'lit';
import { lazyViewElement, ViewSlot, type ElementView } from '../../internal/lazy-view.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { tokens } from '../../internal/tokens.js';
import type { Badge, OpenBadgeData } from '../../model.js';

/** What the element asks of its view, `badge-share-view.ts`. */
interface BadgeShareView extends ElementView {
  download(): Promise<{ blob: Blob; filename: string } | null>;
}

/** Where `<badge-share>`'s view module puts itself (see `internal/lazy-view.ts`). */
export const badgeShareView: ViewSlot<BadgeShare, BadgeShareView> = new ViewSlot('badge-share');

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
export class BadgeShare extends lazyViewElement<BadgeShareView>(LitElement, LocaleController) {
  static override styles = [tokens];
  protected static viewSlot = badgeShareView as unknown as ViewSlot;
  static override properties = {
    adapter: { attribute: false },
    apiBase: { attribute: 'api-base' },
    badge: { attribute: false },
    credential: { attribute: false },
    src: {},
    badgeId: { attribute: 'badge-id' },
    networks: {},
  };

  /** The adapter to load `badge-id` from; else `api-base`, else the one an ancestor provides. */
  declare adapter: CertAdapter | undefined;

  /** Base URL of a REST backend (`openapi.yaml`); the element then uses a `RestAdapter` on it. */
  declare apiBase: string | null;

  /** The badge to show; takes precedence over `credential`, `src` and `badge-id`. */
  declare badge: Badge | undefined;

  /** An Open Badges 2.0 Assertion or 3.0 credential: object, JSON text or compact JWS (signature not verified). */
  declare credential: OpenBadgeData | undefined;

  /** URL of Open Badges JSON or of a baked PNG or SVG badge image. */
  declare src: string | null;

  /** ID of the badge to load through the adapter's `listBadges()`. */
  declare badgeId: string | null;

  /**
   * Space-separated actions to offer: `linkedin-profile linkedin x facebook email copy native embed download` (all when unset).
   * @tokenList ShareNetwork
   */
  declare networks: string | null;

  constructor() {
    super();
    this.apiBase = null;
    this.src = null;
    this.badgeId = null;
    this.networks = null;
  }

  /**
   * Downloads the badge image, with its Open Badges data baked in when it has some (PNG or SVG).
   * Resolves with the file, or `null` when there is no image or a `badge-share` listener vetoed it;
   * rejects (after showing the error) when the image cannot be fetched.
   */
  async download(): Promise<{ blob: Blob; filename: string } | null> {
    return (await this.loadedView()).download();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'badge-share': BadgeShare;
  }
}
