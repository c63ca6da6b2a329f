/**
 * Each element's public surface as framework bindings see it: the properties a template may set,
 * which of them are also attributes, and the events the element fires (the dashboard's bubble up
 * from its sections). The React wrappers, React's JSX types and Vue's global components read it.
 */
import type { BadgeShare } from './badge-share/badge-share.js';
import type { CertDashboard } from './cert-dashboard/cert-dashboard.js';
import type { CertList } from './cert-list/cert-list.js';
import type { CertVerify } from './cert-verify/cert-verify.js';
import type { TranscriptViewer } from './transcript-viewer/transcript-viewer.js';

export const CERT_LIST_EVENTS = ['cert-selection-change', 'cert-download', 'cert-error'] as const;
export const BADGE_SHARE_EVENTS = ['badge-share'] as const;
export const TRANSCRIPT_VIEWER_EVENTS = [
  'transcript-share-created',
  'transcript-email-sent',
  'transcript-download',
  'transcript-error',
] as const;
/** `<cert-verify>` fires none: what it finds is on screen. */
export const CERT_VERIFY_EVENTS = [] as const;
export const CERT_DASHBOARD_EVENTS = [...CERT_LIST_EVENTS, ...BADGE_SHARE_EVENTS, ...TRANSCRIPT_VIEWER_EVENTS] as const;

/** One element's surface; the constraints make a misspelt property or event a type error here. */
export interface ElementApi<
  E extends HTMLElement,
  P extends keyof E & string,
  A extends P,
  N extends keyof HTMLElementEventMap,
> {
  element: E;
  /** What a template may set as a property. */
  properties: P;
  /** The properties that are also attributes (Lit's kebab-case names). */
  attributes: A;
  events: N;
}

/** The five tags. */
export interface CertElementApis {
  'cert-dashboard': ElementApi<
    CertDashboard,
    'adapter' | 'apiBase' | 'sections' | 'helpUrl',
    'apiBase' | 'sections' | 'helpUrl',
    (typeof CERT_DASHBOARD_EVENTS)[number]
  >;
  'cert-list': ElementApi<
    CertList,
    'adapter' | 'apiBase' | 'certifications' | 'learner' | 'helpUrl',
    'apiBase' | 'helpUrl',
    (typeof CERT_LIST_EVENTS)[number]
  >;
  'badge-share': ElementApi<
    BadgeShare,
    'adapter' | 'apiBase' | 'badge' | 'credential' | 'src' | 'badgeId' | 'networks',
    'apiBase' | 'src' | 'badgeId' | 'networks',
    (typeof BADGE_SHARE_EVENTS)[number]
  >;
  'transcript-viewer': ElementApi<
    TranscriptViewer,
    'adapter' | 'apiBase' | 'mode' | 'transcriptId' | 'shareBaseUrl' | 'partnerName' | 'partnerLogo' | 'transcript',
    'apiBase' | 'mode' | 'transcriptId' | 'shareBaseUrl' | 'partnerName' | 'partnerLogo',
    (typeof TRANSCRIPT_VIEWER_EVENTS)[number]
  >;
  'cert-verify': ElementApi<CertVerify, 'adapter' | 'apiBase' | 'credentialId', 'apiBase' | 'credentialId', never>;
}

export type CertElementTag = keyof CertElementApis;

/** `apiBase` -> `api-base`: Lit's attribute name for a camel-case property. */
export type KebabCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${KebabCase<Tail>}`
  : S;

/** `cert-selection-change` -> `CertSelectionChange`. */
export type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

/** The runtime twin of `PascalCase`. */
export function pascalCase(name: string): string {
  return name.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The names listed under `List`, as keys of the class (which `ElementApi` already guarantees). */
type Member<T extends CertElementTag, List extends 'properties' | 'attributes'> = Extract<
  CertElementApis[T][List],
  keyof CertElementApis[T]['element']
>;

/** The element's properties, each optional, typed as the class types them. */
export type ElementProperties<T extends CertElementTag> = {
  [K in Member<T, 'properties'>]?: CertElementApis[T]['element'][K];
};

/** The element's attributes by their kebab-case names, typed as the property they set (`null` means absent). */
export type ElementAttributes<T extends CertElementTag> = {
  [K in Member<T, 'attributes'> & string as KebabCase<K>]?: NonNullable<CertElementApis[T]['element'][K]>;
};

/** A listener per event, named `on` + the event's name in `Naming` (`oncert-download` or `onCertDownload`). */
export type ElementListeners<T extends CertElementTag, Naming extends 'exact' | 'pascal'> = {
  [N in CertElementApis[T]['events'] as `on${Naming extends 'exact' ? N : PascalCase<N>}`]?: (
    event: HTMLElementEventMap[N],
  ) => void;
};
