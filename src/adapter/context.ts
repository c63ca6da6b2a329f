import { createContext } from '@lit/context';
import type { CertAdapter } from './adapter.js';

/**
 * The adapter an ancestor (such as `<cert-dashboard>`) provides to the elements inside it.
 * A registered-symbol key, so two copies of the library on one page still find each other.
 */
export const adapterContext = createContext<CertAdapter | undefined>(Symbol.for('cert-elements.adapter'));
