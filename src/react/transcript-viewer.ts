/** The React component for `<transcript-viewer>`; importing it registers the tag. */
import '../components/transcript-viewer/define.js';
import { TRANSCRIPT_VIEWER_EVENTS } from '../components/element-api.js';
import { TranscriptViewer as TranscriptViewerElement } from '../components/transcript-viewer/transcript-viewer.js';
import { createWrapper } from './create-wrapper.js';

export const TranscriptViewer = /* @__PURE__ */ createWrapper(
  'transcript-viewer',
  TranscriptViewerElement,
  TRANSCRIPT_VIEWER_EVENTS,
  'TranscriptViewer',
);
