/** The React component for `<cert-verify>`; importing it registers the tag. */
import '../components/cert-verify/define.js';
import { CERT_VERIFY_EVENTS } from '../components/element-api.js';
import { CertVerify as CertVerifyElement } from '../components/cert-verify/cert-verify.js';
import { createWrapper } from './create-wrapper.js';

export const CertVerify = /* @__PURE__ */ createWrapper(
  'cert-verify',
  CertVerifyElement,
  CERT_VERIFY_EVENTS,
  'CertVerify',
);
