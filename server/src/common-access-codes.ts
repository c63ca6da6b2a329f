/**
 * Access codes a guesser tries first: the 10,000 most common passwords of the 10-million-password
 * list (OWASP SecLists, `common-passwords/top-10000.txt`, see the README beside it). A share's code
 * may not be one of them, compared without case after NFC, so `Password1` is refused with `password1`.
 */
import { readFileSync } from 'node:fs';
import type { MailLanguage } from './mail-messages.js';

/** The list, from this file's place once compiled: server/dist/server/src/common-access-codes.js. */
export const COMMON_PASSWORDS_FILE = new URL('../../../common-passwords/top-10000.txt', import.meta.url);

let common: ReadonlySet<string> | undefined;

function comparable(code: string): string {
  return code.normalize('NFC').toLowerCase();
}

/** The list as the server compares it; read once, on first use. */
export function commonAccessCodes(): ReadonlySet<string> {
  common ??= new Set(
    readFileSync(COMMON_PASSWORDS_FILE, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map(comparable),
  );
  return common;
}

/** Whether `code` is on the list of common passwords. */
export function isCommonAccessCode(code: string): boolean {
  return commonAccessCodes().has(comparable(code));
}

/** The refusal's wording, for the person who chose the code. */
export const COMMON_ACCESS_CODE_TEXT: Readonly<Record<MailLanguage, string>> = {
  en: 'This access code is one of the 10,000 most common passwords, the first ones anyone guesses. Choose a longer one, for example a few unrelated words.',
  es: 'Este código de acceso es una de las 10.000 contraseñas más comunes, las primeras que cualquiera prueba. Elige uno más largo, por ejemplo unas cuantas palabras sin relación entre sí.',
  fr: 'Ce code d’accès fait partie des 10\u202f000 mots de passe les plus courants, les premiers que l’on essaie. Choisissez-en un plus long, par exemple quelques mots sans rapport entre eux.',
  de: 'Dieser Zugangscode gehört zu den 10.000 häufigsten Passwörtern, die jeder als Erstes ausprobiert. Wählen Sie einen längeren, zum Beispiel ein paar Wörter ohne Zusammenhang.',
  pt: 'Este código de acesso está entre as 10.000 senhas mais comuns, as primeiras que qualquer pessoa tenta. Escolha um mais longo, por exemplo algumas palavras sem relação entre si.',
  it: 'Questo codice di accesso è tra le 10.000 password più comuni, le prime che chiunque prova. Scegline uno più lungo, ad esempio alcune parole senza relazione tra loro.',
  nl: 'Deze toegangscode is een van de 10.000 meest gebruikte wachtwoorden, de eerste die iemand probeert. Kies een langere, bijvoorbeeld een paar losse woorden die niets met elkaar te maken hebben.',
  pl: 'Ten kod dostępu należy do 10\u00a0000 najpopularniejszych haseł, które każdy sprawdza w pierwszej kolejności. Wybierz dłuższy, na przykład kilka niezwiązanych ze sobą słów.',
  ja: 'このアクセスコードは、最もよく使われているパスワード 10,000 件のうちの 1 つで、真っ先に推測されるものです。関連のない単語をいくつか組み合わせるなど、もっと長いコードを選んでください。',
  zh: '此访问码属于最常见的 10,000 个密码之一，是任何人都会最先尝试的。请选择更长的访问码，例如几个互不相关的词。',
  ko: '이 액세스 코드는 가장 흔한 비밀번호 10,000개 중 하나로, 누구나 가장 먼저 시도하는 비밀번호입니다. 서로 관련 없는 단어 몇 개를 조합하는 등 더 긴 코드를 선택하세요.',
  ar: 'رمز الوصول هذا من بين أكثر 10,000 كلمة مرور شيوعًا، وهي أول ما يجربه أي شخص عند التخمين. يُرجى اختيار رمز أطول، مثل بضع كلمات لا علاقة بينها.',
};

/** The `type` of the problem that refuses such a code, for a client to word it itself (shared with the widgets). */
export { COMMON_ACCESS_CODE_PROBLEM_TYPE } from '../../src/rules/share-problems.js';
