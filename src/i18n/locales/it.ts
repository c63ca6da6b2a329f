/**
 * `cert-elements/locales/it`: the Italian table, registered the moment this module is imported.
 * Elements load it by themselves when a page is in Italian; import this where it must be ready
 * synchronously, such as a server that renders `<cert-dashboard lang="it">` with Lit SSR (or
 * `await loadLocale('it')` there instead).
 */
import { it } from '../it.js';
import { registerLocale } from '../messages.js';

registerLocale('it', it);

export { it };
