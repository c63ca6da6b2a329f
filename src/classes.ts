/**
 * `cert-elements/classes`: the whole API (element classes, adapters, helpers, types) without
 * registering any tag, for pages that register the classes under names of their own. `<cert-dashboard>`
 * still registers the standard tags of the sections it shows.
 */
import './components/cert-list/cert-list-view.js';
import './components/badge-share/badge-share-view.js';
import './components/transcript-viewer/transcript-viewer-view.js';
import './components/cert-verify/cert-verify-view.js';

export * from './api.js';
