/** Registers `<cert-list>`. */
import './cert-list-view.js';
import { CertList } from './cert-list.js';

// Guarded: a second copy of the library, or a tag the page registered itself, is left as it is.
if (!customElements.get('cert-list')) customElements.define('cert-list', CertList);

declare global {
  interface HTMLElementTagNameMap {
    'cert-list': CertList;
  }
}
