// The public pages, shared.html (a shared transcript) and verify.html (a credential): their language
// first (?lang=, else the browser's), so the element renders in it from the start, then the library.
import { languageSwitch } from './language.js';

languageSwitch(document.querySelector('#lang'));
await import('/dist/cert-elements.js');
