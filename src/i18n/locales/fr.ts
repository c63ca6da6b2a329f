/**
 * `cert-elements/locales/fr`: the French table, registered the moment this module is imported.
 * Elements load it by themselves when a page is in French; import this where it must be ready
 * synchronously, such as a server that renders `<cert-dashboard lang="fr">` with Lit SSR (or
 * `await loadLocale('fr')` there instead).
 */
import { fr } from '../fr.js';
import { registerLocale } from '../messages.js';

registerLocale('fr', fr);

export { fr };
