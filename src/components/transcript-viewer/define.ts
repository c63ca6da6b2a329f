/** Registers `<transcript-viewer>`. */
import './transcript-viewer-view.js';
import { TranscriptViewer } from './transcript-viewer.js';

// Guarded: a second copy of the library, or a tag the page registered itself, is left as it is.
if (!customElements.get('transcript-viewer')) customElements.define('transcript-viewer', TranscriptViewer);

declare global {
  interface HTMLElementTagNameMap {
    'transcript-viewer': TranscriptViewer;
  }
}
