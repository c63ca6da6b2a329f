/** Registers `<badge-share>`. */
import { defineElement } from '../../internal/define-element.js';
import { BadgeShare } from './badge-share.js';

defineElement('badge-share', BadgeShare);

declare global {
  interface HTMLElementTagNameMap {
    'badge-share': BadgeShare;
  }
}
