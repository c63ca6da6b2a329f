/**
 * `cert-elements/locales/zh`: the Chinese (Simplified) table, registered the moment this module is imported.
 * Elements load it by themselves when a page is in Chinese (Simplified); import this where it must be ready
 * synchronously, such as a server that renders `<cert-dashboard lang="zh">` with Lit SSR (or
 * `await loadLocale('zh')` there instead). `zh-TW` and `zh-Hant` readers get this Simplified table
 * until a Traditional one is registered for their tag.
 */
import { zh } from '../zh.js';
import { registerLocale } from '../messages.js';

registerLocale('zh', zh);

export { zh };
