/**
 * Registers `<cert-dashboard>` and `<cert-list>`, the section it opens on. The elements of its other
 * sections register when the dashboard first shows them, or when the browser is idle.
 */
import '../cert-list/define.js';
import { defineElement } from '../../internal/define-element.js';
import { CertDashboard } from './cert-dashboard.js';

defineElement('cert-dashboard', CertDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'cert-dashboard': CertDashboard;
  }
}
