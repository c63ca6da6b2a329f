/** Registers `<transcript-viewer>`. */
import { defineElement } from '../../internal/define-element.js';
import { TranscriptViewer } from './transcript-viewer.js';

defineElement('transcript-viewer', TranscriptViewer);

declare global {
  interface HTMLElementTagNameMap {
    'transcript-viewer': TranscriptViewer;
  }
}
