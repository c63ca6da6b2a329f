/**
 * React 19's JSX types for the plain tags, so `<cert-list help-url="/help" ref={ref} />` type-checks:
 * properties by name (`adapter`, `certifications`), attributes by their kebab-case names (`api-base`),
 * `class`, and listeners as React 19 attaches them to a custom element, under the event's exact name
 * (`oncert-download`). Loaded by any import of `cert-elements/react`, even `import type {} from 'cert-elements/react'`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  CertElementApis,
  CertElementTag,
  ElementAttributes,
  ElementListeners,
  ElementProperties,
} from '../components/element-api.js';

/** What JSX accepts on the plain tag `T`. */
export type CertElementJsxProps<T extends CertElementTag> = DetailedHTMLProps<
  HTMLAttributes<CertElementApis[T]['element']>,
  CertElementApis[T]['element']
> &
  ElementProperties<T> &
  ElementAttributes<T> &
  ElementListeners<T, 'exact'> & {
    /** React 19 passes `class` to a custom element as it is (as it does `className`). */
    class?: string;
  };

/** The four tags as JSX intrinsic elements. */
export type CertElementsJsx = { [T in CertElementTag]: CertElementJsxProps<T> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an augmentation adds members by extending
    interface IntrinsicElements extends CertElementsJsx {}
  }
}
