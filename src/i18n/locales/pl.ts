/**
 * `cert-elements/locales/pl`: the Polish table, registered the moment this module is imported.
 * Elements load it by themselves when a page is in Polish; import this where it must be ready
 * synchronously, such as a server that renders `<cert-dashboard lang="pl">` with Lit SSR (or
 * `await loadLocale('pl')` there instead).
 */
import { pl } from '../pl.js';
import { registerLocale } from '../messages.js';

registerLocale('pl', pl);

export { pl };
