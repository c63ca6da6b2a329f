/**
 * `cert-elements/locales/ar`: the Arabic table, registered the moment this module is imported.
 * Elements load it by themselves when a page is in Arabic; import this where it must be ready
 * synchronously, such as a server that renders `<cert-dashboard lang="ar">` with Lit SSR (or
 * `await loadLocale('ar')` there instead).
 */
import { ar } from '../ar.js';
import { registerLocale } from '../messages.js';

registerLocale('ar', ar);

export { ar };
