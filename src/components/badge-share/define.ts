/** Registers `<badge-share>`. */
import './badge-share-view.js';
import { BadgeShare } from './badge-share.js';

// Guarded: a second copy of the library, or a tag the page registered itself, is left as it is.
if (!customElements.get('badge-share')) customElements.define('badge-share', BadgeShare);

declare global {
  interface HTMLElementTagNameMap {
    'badge-share': BadgeShare;
  }
}
