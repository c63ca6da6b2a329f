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
};

/** The `type` of the problem that refuses such a code, for a client to word it itself (shared with the widgets). */
export { COMMON_ACCESS_CODE_PROBLEM_TYPE } from '../../src/rules/share-problems.js';
