/**
 * The script-tag build's entry (`dist/cert-elements.js`): registers the five tags and exports the
 * same API as `cert-elements`. The views of `<cert-list>`, `<badge-share>`, `<transcript-viewer>` and
 * `<cert-verify>` (their templates, styles and controllers) are not in it: each loads when the first
 * such element is on the page (or the dashboard opens its section), and that element's first render
 * waits for it (see `internal/lazy-view.ts`). `<cert-dashboard>` renders at once.
 */
import { CertDashboard } from './components/cert-dashboard/cert-dashboard.js';
import { CertList, certListView } from './components/cert-list/cert-list.js';
import { loadViewsWith } from './internal/lazy-view-load.js';
import { BadgeShare, badgeShareView } from './components/badge-share/badge-share.js';
import { TranscriptViewer, transcriptViewerView } from './components/transcript-viewer/transcript-viewer.js';
import { CertVerify, certVerifyView } from './components/cert-verify/cert-verify.js';

loadViewsWith(certListView, () => import('./components/cert-list/cert-list-view.js'));
loadViewsWith(badgeShareView, () => import('./components/badge-share/badge-share-view.js'));
loadViewsWith(transcriptViewerView, () => import('./components/transcript-viewer/transcript-viewer-view.js'));
loadViewsWith(certVerifyView, () => import('./components/cert-verify/cert-verify-view.js'));

// Guarded as in components/<tag>/define.ts: a tag the page registered already is left as it is.
for (const [tag, element] of [
  ['cert-dashboard', CertDashboard],
  ['cert-list', CertList],
  ['badge-share', BadgeShare],
  ['transcript-viewer', TranscriptViewer],
  ['cert-verify', CertVerify],
] as const)
  if (!customElements.get(tag)) customElements.define(tag, element);

export * from './api.js';
