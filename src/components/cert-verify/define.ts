/** Registers `<cert-verify>`. */
import './cert-verify-view.js';
import { CertVerify } from './cert-verify.js';

// Guarded: a second copy of the library, or a tag the page registered itself, is left as it is.
if (!customElements.get('cert-verify')) customElements.define('cert-verify', CertVerify);
