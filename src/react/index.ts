/**
 * `cert-elements/react`: `@lit/react` wrappers named after the element classes, with an
 * `on<EventInPascalCase>` prop per event (`onCertDownload` for `cert-download`). Each wrapper
 * registers its tag. Importing this module also brings React 19's JSX types for the plain tags.
 */
export { CertDashboard } from './cert-dashboard.js';
export { CertList } from './cert-list.js';
export { BadgeShare } from './badge-share.js';
export { TranscriptViewer } from './transcript-viewer.js';
export { CertVerify } from './cert-verify.js';
export type { CertElementComponent, ReactEventProps } from './create-wrapper.js';
export type { CertElementJsxProps, CertElementsJsx } from './jsx.js';
export type * from '../events/cert-events.js';
export type * from '../events/badge-share.js';
export type * from '../events/transcript-events.js';
