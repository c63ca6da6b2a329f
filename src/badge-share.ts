/** `cert-elements/badge-share`: registers `<badge-share>` alone, and exports its class and event. */
import './components/badge-share/define.js';

export { BadgeShare } from './components/badge-share/badge-share.js';
export { BadgeShareEvent, type BadgeShareDetail } from './events/badge-share.js';
export { setAssetBase } from './rules/asset-base.js';
export type * from './model.js';
