/** What a Vue 3 app's type checker (Volar, vue-tsc) sees for the four tags once `cert-elements/vue` is loaded. */
import type { GlobalComponents } from 'vue';
import { MemoryAdapter, type BadgeShareEvent } from 'cert-elements';
import type {} from 'cert-elements/vue';

/** The props a template may pass to a global component. */
type PropsOf<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

export const tags: (keyof GlobalComponents)[] = [
  'cert-dashboard',
  'cert-list',
  'badge-share',
  'transcript-viewer',
  'cert-verify',
];

export const dashboard: PropsOf<'cert-dashboard'> = {
  adapter: new MemoryAdapter(),
  'api-base': '/api',
  sections: 'certificates transcript',
  onCertDownload: (e) => e.detail.blob,
  onTranscriptShareCreated: (e) => e.detail.transcriptId,
};
export const list: PropsOf<'cert-list'> = {
  certifications: [],
  'help-url': '/help',
  onCertSelectionChange: (e) => e.detail.ids,
};
export const badge: PropsOf<'badge-share'> = { 'badge-id': 'b1', onBadgeShare: (e) => e.detail.network };
export const viewer: PropsOf<'transcript-viewer'> = { mode: 'shared', 'transcript-id': 'K7QM2XWN4HD9R' };

// @ts-expect-error `mode` is `owner` or `shared`
export const wrongMode: PropsOf<'transcript-viewer'> = { mode: 'editor' };
// @ts-expect-error `cert-download` carries no `network`
export const wrongDetail: PropsOf<'cert-list'> = { onCertDownload: (e: BadgeShareEvent) => e.detail.network };
// @ts-expect-error no such event: Vue's name for `@cert-selection-change` is `onCertSelectionChange`
export const wrongEvent: PropsOf<'cert-list'> = { onCertSelectionChanged: () => undefined };
// @ts-expect-error `adapter` takes a CertAdapter
export const wrongAdapter: PropsOf<'cert-list'> = { adapter: '/api' };
