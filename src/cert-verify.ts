/** `cert-elements/cert-verify`: registers `<cert-verify>` alone, and exports its class. */
import './components/cert-verify/define.js';

export { CertVerify } from './components/cert-verify/cert-verify.js';
export { CREDENTIAL_PARAM, verificationPageUrl } from './rules/verification.js';
export { setAssetBase } from './rules/asset-base.js';
export type * from './model.js';
