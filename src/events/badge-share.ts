import type { ShareNetwork } from '../share/social.js';

export interface BadgeShareDetail {
  /** Which action: a network, `copy`, `native`, `embed` or `download`. */
  network: ShareNetwork;
  /** The URL about to be opened, copied or shared (for `download`, the image's URL). */
  url: string;
}

/**
 * Fired by `<badge-share>` before it opens a share window, copies, shows the share sheet or
 * downloads; `preventDefault()` vetoes the action (nothing opens).
 */
export class BadgeShareEvent extends CustomEvent<BadgeShareDetail> {
  constructor(detail: BadgeShareDetail) {
    super('badge-share', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'badge-share': BadgeShareEvent;
  }
}
