/**
 * `cert-elements/locales/de`: the German table, registered the moment this module is imported.
 * Elements load it by themselves when a page is in German; import this where it must be ready
 * synchronously, such as a server that renders `<cert-dashboard lang="de">` with Lit SSR (or
 * `await loadLocale('de')` there instead).
 */
import { de } from '../de.js';
import { registerLocale } from '../messages.js';

registerLocale('de', de);

export { de };
