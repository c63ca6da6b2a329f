import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import { pascalCase, type CertElementApis, type CertElementTag, type PascalCase } from '../components/element-api.js';

/** `@lit/react`'s event map for `names`: `onCertDownload` -> `cert-download`, typed with the event's class. */
export type ReactEventProps<N extends keyof HTMLElementEventMap> = {
  [K in N as `on${PascalCase<K>}`]: EventName<HTMLElementEventMap[K]>;
};

/** The React component for one of the four tags (registered by the caller's module). */
export type CertElementComponent<T extends CertElementTag> = ReactWebComponent<
  CertElementApis[T]['element'],
  ReactEventProps<CertElementApis[T]['events']>
>;

/** Wraps `tagName` with `@lit/react`, one `on<EventInPascalCase>` prop per event it fires. */
export function createWrapper<T extends CertElementTag>(
  tagName: T,
  elementClass: new () => CertElementApis[T]['element'],
  events: readonly CertElementApis[T]['events'][],
  displayName: string,
): CertElementComponent<T> {
  return createComponent({
    react: React,
    tagName,
    elementClass,
    events: Object.fromEntries(events.map((name) => [`on${pascalCase(name)}`, name])) as ReactEventProps<
      CertElementApis[T]['events']
    >,
    displayName,
  });
}
