// The demo pages' language, one of the twelve the elements speak: `?lang=` in the page URL (a shared link can carry it),
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
  fr: {
    'index.title': 'Démonstration de cert-elements',
    'memory.title': 'Démonstration de cert-elements (en mémoire)',
    'shared.title': 'Relevé de notes partagé',
    'verify.title': 'Vérification d’un titre',
    verifyHeading: 'Vérification d’un titre',
    verifyPrivacy: 'Cette page n’affiche que ce dont un vérificateur a besoin : ni e-mail ni adresse.',
    inMemory: '(en mémoire)',
    language: 'Langue',
    openShared: 'Ouvrir un relevé de notes partagé',
    sharedHeading: 'Relevé de notes partagé',
    issuedBy: 'Délivré par',
    privacy: 'Le code d’accès est vérifié par l’émetteur et n’apparaît jamais dans l’adresse de cette page.',
  },
  de: {
    'index.title': 'cert-elements-Demo',
    'memory.title': 'cert-elements-Demo (im Speicher)',
    'shared.title': 'Geteilter Leistungsnachweis',
    'verify.title': 'Nachweisprüfung',
    verifyHeading: 'Nachweisprüfung',
    verifyPrivacy: 'Diese Seite zeigt nur, was für die Prüfung nötig ist: keine E-Mail-Adresse, keine Anschrift.',
    inMemory: '(im Speicher)',
    language: 'Sprache',
    openShared: 'Geteilten Leistungsnachweis öffnen',
    sharedHeading: 'Geteilter Leistungsnachweis',
    issuedBy: 'Ausgestellt von',
    privacy: 'Der Zugangscode wird vom Aussteller geprüft und erscheint nie in der Adresse dieser Seite.',
  },
  pt: {
    'index.title': 'Demonstração do cert-elements',
    'memory.title': 'Demonstração do cert-elements (em memória)',
    'shared.title': 'Histórico compartilhado',
    'verify.title': 'Verificação de credencial',
    verifyHeading: 'Verificação de credencial',
    verifyPrivacy: 'Esta página mostra só o que quem verifica precisa: sem e-mail, sem endereço.',
    inMemory: '(em memória)',
    language: 'Idioma',
    openShared: 'Abrir um histórico compartilhado',
    sharedHeading: 'Histórico compartilhado',
    issuedBy: 'Emitido por',
    privacy: 'O código de acesso é conferido pelo emissor e nunca aparece no endereço desta página.',
  },
  it: {
    'index.title': 'Demo di cert-elements',
    'memory.title': 'Demo di cert-elements (in memoria)',
    'shared.title': 'Libretto condiviso',
    'verify.title': 'Verifica della credenziale',
    verifyHeading: 'Verifica della credenziale',
    verifyPrivacy: 'Questa pagina mostra solo ciò che serve a chi verifica: niente e-mail, niente indirizzo.',
    inMemory: '(in memoria)',
    language: 'Lingua',
    openShared: 'Apri un libretto condiviso',
    sharedHeading: 'Libretto condiviso',
    issuedBy: 'Rilasciato da',
    privacy:
      'Il codice di accesso è verificato dall’ente che lo rilascia e non compare mai nell’indirizzo di questa pagina.',
  },
  nl: {
    'index.title': 'Demo van cert-elements',
    'memory.title': 'Demo van cert-elements (in geheugen)',
    'shared.title': 'Gedeelde cijferlijst',
    'verify.title': 'Controle van een certificaat',
    verifyHeading: 'Controle van een certificaat',
    verifyPrivacy: 'Deze pagina toont alleen wat een controleur nodig heeft: geen e-mailadres, geen adres.',
    inMemory: '(in geheugen)',
    language: 'Taal',
    openShared: 'Een gedeelde cijferlijst openen',
    sharedHeading: 'Gedeelde cijferlijst',
    issuedBy: 'Uitgegeven door',
    privacy: 'De toegangscode wordt door de uitgever gecontroleerd en staat nooit in het adres van deze pagina.',
  },
  pl: {
    'index.title': 'Demo cert-elements',
    'memory.title': 'Demo cert-elements (w pamięci)',
    'shared.title': 'Udostępniony wykaz osiągnięć',
    'verify.title': 'Weryfikacja poświadczenia',
    verifyHeading: 'Weryfikacja poświadczenia',
    verifyPrivacy: 'Ta strona pokazuje tylko to, czego potrzebuje weryfikujący: bez adresu e-mail i adresu pocztowego.',
    inMemory: '(w pamięci)',
    language: 'Język',
    openShared: 'Otwórz udostępniony wykaz osiągnięć',
    sharedHeading: 'Udostępniony wykaz osiągnięć',
    issuedBy: 'Wystawca',
    privacy: 'Kod dostępu sprawdza wystawca; nigdy nie pojawia się w adresie tej strony.',
  },
  ja: {
    'index.title': 'cert-elements デモ',
    'memory.title': 'cert-elements デモ（メモリ内）',
    'shared.title': '共有された成績証明書',
    'verify.title': '資格情報の検証',
    verifyHeading: '資格情報の検証',
    verifyPrivacy: 'このページには検証に必要な情報だけを表示します。メールアドレスや住所は表示しません。',
    inMemory: '（メモリ内）',
    language: '言語',
    openShared: '共有された成績証明書を開く',
    sharedHeading: '共有された成績証明書',
    issuedBy: '発行元',
    privacy: 'アクセスコードは発行元が確認します。このページのアドレスに含まれることはありません。',
  },
  zh: {
    'index.title': 'cert-elements 演示',
    'memory.title': 'cert-elements 演示（内存中）',
    'shared.title': '共享的成绩单',
    'verify.title': '凭证验证',
    verifyHeading: '凭证验证',
    verifyPrivacy: '此页面只显示验证所需的信息：不含电子邮件，也不含地址。',
    inMemory: '（内存中）',
    language: '语言',
    openShared: '打开共享的成绩单',
    sharedHeading: '共享的成绩单',
    issuedBy: '颁发机构',
    privacy: '访问码由颁发机构核验，绝不会出现在此页面的网址中。',
  },
  ko: {
    'index.title': 'cert-elements 데모',
    'memory.title': 'cert-elements 데모(메모리)',
    'shared.title': '공유된 성적 증명서',
    'verify.title': '자격 증명 확인',
    verifyHeading: '자격 증명 확인',
    verifyPrivacy: '이 페이지에는 확인에 필요한 정보만 표시됩니다. 이메일과 주소는 표시되지 않습니다.',
    inMemory: '(메모리)',
    language: '언어',
    openShared: '공유된 성적 증명서 열기',
    sharedHeading: '공유된 성적 증명서',
    issuedBy: '발급 기관',
    privacy: '액세스 코드는 발급 기관이 확인하며 이 페이지의 주소에는 절대 나타나지 않습니다.',
  },
  ar: {
    'index.title': 'عرض توضيحي لـ cert-elements',
    'memory.title': 'عرض توضيحي لـ cert-elements (في الذاكرة)',
    'shared.title': 'سجل أكاديمي مشترك',
    'verify.title': 'التحقق من الاعتماد',
    verifyHeading: 'التحقق من الاعتماد',
    verifyPrivacy: 'لا تعرض هذه الصفحة إلا ما يحتاج إليه من يتحقق: لا بريد إلكتروني ولا عنوان.',
    inMemory: '(في الذاكرة)',
    language: 'اللغة',
    openShared: 'فتح سجل أكاديمي مشترك',
    sharedHeading: 'سجل أكاديمي مشترك',
    issuedBy: 'صادر عن',
    privacy: 'يتحقق المُصدِر من رمز الوصول، ولا يظهر أبدًا في عنوان هذه الصفحة.',
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

/** Each language's name in itself, for the menu (the pages list English alone, for a page without script). */
const NAMES = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  pt: 'Português (Brasil)',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
  ja: '日本語',
  zh: '中文（简体）',
  ko: '한국어',
  ar: 'العربية',
};

/** @param {HTMLSelectElement} select */
export function languageSwitch(select) {
  select.replaceChildren(...PAGE_LANGUAGES.map((lang) => Object.assign(new Option(NAMES[lang], lang), { lang })));
  const requested = new URLSearchParams(location.search).get(PARAM);
  const show = () => {
    document.documentElement.lang = select.value;
    // The page's own layout follows its language; the elements follow theirs by themselves.
    document.documentElement.dir = select.value === 'ar' ? 'rtl' : 'ltr';
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
