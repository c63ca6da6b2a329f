/**
 * `cert-elements/locales/nl`: the Dutch table, registered the moment this module is imported.
 * Elements load it by themselves when a page is in Dutch; import this where it must be ready
 * synchronously, such as a server that renders `<cert-dashboard lang="nl">` with Lit SSR (or
 * `await loadLocale('nl')` there instead).
 */
import { nl } from '../nl.js';
import { registerLocale } from '../messages.js';

registerLocale('nl', nl);

export { nl };
