/**
 * `cert-elements/locales/ja`: the Japanese table, registered the moment this module is imported.
 * Elements load it by themselves when a page is in Japanese; import this where it must be ready
 * synchronously, such as a server that renders `<cert-dashboard lang="ja">` with Lit SSR (or
 * `await loadLocale('ja')` there instead).
 */
import { ja } from '../ja.js';
import { registerLocale } from '../messages.js';

registerLocale('ja', ja);

export { ja };
