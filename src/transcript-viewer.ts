/** `cert-elements/transcript-viewer`: registers `<transcript-viewer>` alone, and exports its class and events. */
import './components/transcript-viewer/define.js';

export {
  TranscriptViewer,
  TRANSCRIPT_VIEWER_MODES,
  type TranscriptViewerMode,
  type TranscriptPdfFile,
} from './components/transcript-viewer/transcript-viewer.js';
export * from './events/transcript-events.js';
export { setAssetBase } from './rules/asset-base.js';
export type * from './model.js';
