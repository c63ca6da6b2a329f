/**
 * What the SSR tests render, for the server (`ssr.test.mjs`, the `ssr-render` test-runner command)
 * and for the browser (`hydrate.test.ts`) alike: hydration needs the very same templates on both sides.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CertAdapter } from '../../src/adapter/adapter.js';
import { demoData } from '../../src/demo/demo-data.js';
import type { Badge, Certification, Transcript } from '../../src/model.js';
import { transcriptOf } from '../../src/rules/transcript.js';

export const SSR_TAGS = ['cert-list', 'badge-share', 'transcript-viewer', 'cert-dashboard', 'cert-verify'] as const;
export type SsrTag = (typeof SSR_TAGS)[number];

/** The data an element can be given instead of loading it. */
export interface SsrData {
  certifications?: Certification[];
  badge?: Badge;
  transcript?: Transcript;
}

/** One render: a tag, its `lang` (none: the default), and its data (none: it loads through an adapter). */
export interface SsrCase {
  tag: SsrTag;
  lang?: string;
  data?: SsrData;
}

/** The demo learner's certifications, first badge and transcript, as of `today`. */
export function ssrData(today: Date): Required<SsrData> {
  const { learner, certifications, badges } = demoData(today);
  return { certifications, badge: badges[0], transcript: transcriptOf(learner, certifications, true, today) };
}

/** The page fragment for one case; `adapter` only in the browser, as a page would give it once loaded. */
export function ssrTemplate({ tag, lang, data = {} }: SsrCase, adapter?: CertAdapter): TemplateResult {
  switch (tag) {
    case 'cert-list':
      return html`<cert-list lang=${ifDefined(lang)} .certifications=${data.certifications} .adapter=${adapter}></cert-list>`;
    case 'badge-share':
      return html`<badge-share lang=${ifDefined(lang)} .badge=${data.badge} .adapter=${adapter}></badge-share>`;
    case 'transcript-viewer':
      return html`<transcript-viewer lang=${ifDefined(lang)} .transcript=${data.transcript} .adapter=${adapter}></transcript-viewer>`;
    case 'cert-dashboard':
      return html`<cert-dashboard lang=${ifDefined(lang)} .adapter=${adapter}></cert-dashboard>`;
    case 'cert-verify':
      // No ID: on the server as in the browser, the form that asks for one.
      return html`<cert-verify lang=${ifDefined(lang)} credential-id="" .adapter=${adapter}></cert-verify>`;
  }
}

export { en } from '../../src/i18n/en.js';
export { es } from '../../src/i18n/es.js';
