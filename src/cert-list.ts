/** `cert-elements/cert-list`: registers `<cert-list>` alone, and exports its class and events. */
import './components/cert-list/define.js';

export { CertList } from './components/cert-list/cert-list.js';
export * from './events/cert-events.js';
export { setAssetBase } from './rules/asset-base.js';
export type * from './model.js';
