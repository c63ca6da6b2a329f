/** Registers `<cert-dashboard>` and the elements its sections show. */
// The sections it composes.
import '../cert-list/define.js';
import '../badge-share/define.js';
import '../transcript-viewer/define.js';
import { defineElement } from '../../internal/define-element.js';
import { CertDashboard } from './cert-dashboard.js';

defineElement('cert-dashboard', CertDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'cert-dashboard': CertDashboard;
  }
}
