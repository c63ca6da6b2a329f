/**
 * `cert-elements/vue`: Vue 3's types for the four tags as global components, for Volar and
 * `vue-tsc`. Properties by name (`:adapter`), attributes by their kebab-case names (`api-base`),
 * listeners as Vue names them (`@cert-download` is `onCertDownload`). Types only: load it with
 * `import type {} from 'cert-elements/vue'`; register the tags with `import 'cert-elements'` and
 * tell Vue's compiler they are custom elements (`isCustomElement`, docs/frameworks.md).
 */
import type { DefineComponent } from 'vue';
import type {
  CertElementTag,
  ElementAttributes,
  ElementListeners,
  ElementProperties,
} from './components/element-api.js';

/** What a Vue template accepts on the tag `T`. */
export type CertElementVueProps<T extends CertElementTag> = ElementProperties<T> &
  ElementAttributes<T> &
  ElementListeners<T, 'pascal'>;

/** The four tags as Vue components. */
export type CertElementsVue = { [T in CertElementTag]: DefineComponent<CertElementVueProps<T>> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an augmentation adds members by extending
  interface GlobalComponents extends CertElementsVue {}
}
