/**
 * `cert-elements/locales/pt`: the Portuguese table, registered the moment this module is imported.
 * Its wording is Brazilian; readers in Portugal (pt-PT) get it too. Elements load it by themselves
 * when a page is in Portuguese; import this where it must be ready
 * synchronously, such as a server that renders `<cert-dashboard lang="pt">` with Lit SSR (or
 * `await loadLocale('pt')` there instead).
 */
import { pt } from '../pt.js';
import { registerLocale } from '../messages.js';

registerLocale('pt', pt);

export { pt };
