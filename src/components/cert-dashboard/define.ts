/**
 * Registers `<cert-dashboard>` and `<cert-list>`, the section it opens on. The elements of its other
 * sections register when the dashboard first shows them, or when the browser is idle.
 */
import '../cert-list/define.js';
import { CertDashboard } from './cert-dashboard.js';

// Guarded: a second copy of the library, or a tag the page registered itself, is left as it is.
if (!customElements.get('cert-dashboard')) customElements.define('cert-dashboard', CertDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'cert-dashboard': CertDashboard;
  }
}
