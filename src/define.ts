/** Registers the four tags (each guarded: see `internal/define-element.ts`). */
import './components/cert-dashboard/define.js';
import './components/cert-list/define.js';
import './components/badge-share/define.js';
import './components/transcript-viewer/define.js';
import './components/cert-verify/define.js';
