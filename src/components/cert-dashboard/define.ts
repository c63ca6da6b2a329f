/** Registers `<cert-dashboard>` and the elements its sections show. */
// The sections it composes.
import '../cert-list/define.js';
import '../badge-share/define.js';
import '../transcript-viewer/define.js';
import { CertDashboard } from './cert-dashboard.js';

// Guarded: a second copy of the library, or a tag the page registered itself, is left as it is.
if (!customElements.get('cert-dashboard')) customElements.define('cert-dashboard', CertDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'cert-dashboard': CertDashboard;
  }
}
