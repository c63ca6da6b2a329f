/**
 * `cert-elements/locales/es`: the Spanish table, registered the moment this module is imported.
 * Elements load it by themselves when a page is in Spanish; import this where it must be ready
 * synchronously, such as a server that renders `<cert-dashboard lang="es">` with Lit SSR (or
 * `await loadLocale('es')` there instead).
 */
import { es } from '../es.js';
import { registerLocale } from '../messages.js';

registerLocale('es', es);

export { es };
