/**
 * `cert-elements/locales/ko`: the Korean table, registered the moment this module is imported.
 * Elements load it by themselves when a page is in Korean; import this where it must be ready
 * synchronously, such as a server that renders `<cert-dashboard lang="ko">` with Lit SSR (or
 * `await loadLocale('ko')` there instead).
 */
import { ko } from '../ko.js';
import { registerLocale } from '../messages.js';

registerLocale('ko', ko);

export { ko };
