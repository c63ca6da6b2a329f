// The demo pages' language, English or Spanish: `?lang=` in the page URL (a shared link can carry it),
// else the choice saved on this device, else the first of the browser's languages with a table here,
// else English. The switch sets <html lang>, which every element follows, translates the page's own
// text (elements marked data-i18n), and keeps the choice in the URL and on this device.
const KEY = 'cert-elements-demo-lang';
const PARAM = 'lang';

/** The pages' own text; the elements bring theirs. Option labels stay in their own language. */
const CHROME = {
  en: {
    'index.title': 'cert-elements demo',
    'memory.title': 'cert-elements demo (in memory)',
    'shared.title': 'Shared transcript',
    'verify.title': 'Credential verification',
    verifyHeading: 'Credential verification',
    verifyPrivacy: 'This page shows only what a verifier needs: no e-mail, no address.',
    inMemory: '(in memory)',
    language: 'Language',
    openShared: 'Open a shared transcript',
    sharedHeading: 'Shared transcript',
    issuedBy: 'Issued by',
    privacy: 'The access code is checked by the issuer and never appears in this page’s address.',
  },
  es: {
    'index.title': 'Demostración de cert-elements',
    'memory.title': 'Demostración de cert-elements (en memoria)',
    'shared.title': 'Expediente compartido',
    'verify.title': 'Verificación de credencial',
    verifyHeading: 'Verificación de credencial',
    verifyPrivacy: 'Esta página muestra solo lo que necesita quien verifica: ni correo electrónico ni dirección.',
    inMemory: '(en memoria)',
    language: 'Idioma',
    openShared: 'Abrir un expediente compartido',
    sharedHeading: 'Expediente compartido',
    issuedBy: 'Emitido por',
    privacy: 'El emisor comprueba el código de acceso, que nunca aparece en la dirección de esta página.',
  },
};

/** The languages the pages have text for. */
export const PAGE_LANGUAGES = Object.keys(CHROME);

/**
 * The first of `candidates` (BCP 47 tags, best first) that one of `available` serves, exactly or by its
 * language (`es-ES` -> `es`); else `en`. Empty and malformed entries are skipped.
 */
export function chooseLanguage(candidates, available = PAGE_LANGUAGES) {
  for (const tag of candidates) {
    if (typeof tag !== 'string') continue;
    const lower = tag.trim().toLowerCase();
    if (available.includes(lower)) return lower;
    const language = lower.split('-')[0];
    if (language && available.includes(language)) return language;
  }
  return 'en';
}

function savedLanguage() {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage off: the URL and the browser still decide
  }
}

/** Shows the page's own text in `lang`: every `[data-i18n]` element, and the title from `<html data-title>`. */
export function translatePage(lang) {
  const table = CHROME[lang] ?? CHROME.en;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const text = table[el.dataset.i18n];
    if (text) el.textContent = text;
  }
  const title = table[document.documentElement.dataset.title];
  if (title) document.title = title;
}

/** @param {HTMLSelectElement} select */
export function languageSwitch(select) {
  const requested = new URLSearchParams(location.search).get(PARAM);
  const show = () => {
    document.documentElement.lang = select.value;
    translatePage(select.value);
  };
  select.value = chooseLanguage([requested, savedLanguage(), ...navigator.languages]);
  show();
  select.addEventListener('change', () => {
    show();
    // A chosen language goes into the URL, everything else there stays (a shared page's transcript ID above all).
    const url = new URL(location.href);
    url.searchParams.set(PARAM, select.value);
    history.replaceState(history.state, '', url);
    try {
      localStorage.setItem(KEY, select.value);
    } catch {
      // not remembered on this device; the URL still carries it
    }
  });
}
