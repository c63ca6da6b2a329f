/** The languages the demo pages have their own text for. */
export const PAGE_LANGUAGES: string[];

/** The first of `candidates` that one of `available` serves, exactly or by its language (`es-ES` -> `es`); else `en`. */
export function chooseLanguage(
  candidates: readonly (string | null | undefined)[],
  available?: readonly string[],
): string;

/** Shows the page's own text (`[data-i18n]` elements, the title) in `lang`. */
export function translatePage(lang: string): void;

/** The demo's English/Spanish switch: from `?lang`, the saved choice or the browser; sets `<html lang>`, the page's text and the URL. */
export function languageSwitch(select: HTMLSelectElement): void;
