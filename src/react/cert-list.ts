/** The React component for `<cert-list>`; importing it registers the tag. */
import '../components/cert-list/define.js';
import { CERT_LIST_EVENTS } from '../components/element-api.js';
import { CertList as CertListElement } from '../components/cert-list/cert-list.js';
import { createWrapper } from './create-wrapper.js';

export const CertList = /* @__PURE__ */ createWrapper('cert-list', CertListElement, CERT_LIST_EVENTS, 'CertList');
