/**
 * Registers the four tags. Guarded: a second copy of the library on the page, or a tag a page
 * registered itself, is left as it is instead of throwing.
 */
import { BadgeShare } from './components/badge-share/badge-share.js';
import { CertDashboard } from './components/cert-dashboard/cert-dashboard.js';
import { CertList } from './components/cert-list/cert-list.js';
import { TranscriptViewer } from './components/transcript-viewer/transcript-viewer.js';

if (!customElements.get('cert-dashboard')) customElements.define('cert-dashboard', CertDashboard);
if (!customElements.get('cert-list')) customElements.define('cert-list', CertList);
if (!customElements.get('badge-share')) customElements.define('badge-share', BadgeShare);
if (!customElements.get('transcript-viewer')) customElements.define('transcript-viewer', TranscriptViewer);

declare global {
  interface HTMLElementTagNameMap {
    'cert-dashboard': CertDashboard;
    'cert-list': CertList;
    'badge-share': BadgeShare;
    'transcript-viewer': TranscriptViewer;
  }
}
