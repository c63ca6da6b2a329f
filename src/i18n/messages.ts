/**
 * The message tables and their lookup: pure, no DOM. Elements get theirs through
 * `internal/locale-controller.ts`; the PDF builders call `messagesFor` directly.
 */
import { en, type Messages } from './en.js';
import { es } from './es.js';

const tables = new Map<string, Messages>([
  ['en', en],
  ['es', es],
]);

/**
 * Adds a language, or replaces one. `messages` must be complete (type it as `Messages`); elements
 * on the page re-render in it when their `lang` resolves to `tag`.
 *
 * ```ts
 * import { registerLocale, type Messages } from 'cert-elements';
 * const fr: Messages = { ... };
 * registerLocale('fr', fr);
 * ```
 */
export function registerLocale(tag: string, messages: Messages): void {
  tables.set(tag.toLowerCase(), messages);
  for (const listener of listeners) listener();
}

/** The language tags that have a message table. */
export function registeredLocales(): string[] {
  return [...tables.keys()];
}

/** The registered tag whose table serves `tag`: exact match, then its language (`es-MX` -> `es`), then `en`. */
export function tableTagFor(tag: string): string {
  const lower = tag.toLowerCase();
  const language = lower.split('-')[0] ?? '';
  return tables.has(lower) ? lower : tables.has(language) ? language : 'en';
}

/** The table for a BCP 47 tag: exact match, then its language (`es-MX` -> `es`), then English. */
export function messagesFor(tag: string): Messages {
  return tables.get(tableTagFor(tag)) ?? en;
}

/** Writing direction of a language tag, for `dir` on elements that render text. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const lang = tag.toLowerCase().split('-')[0] ?? '';
  return ['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb'].includes(lang) ? 'rtl' : 'ltr';
}

const listeners = new Set<() => void>();

/** Calls `listener` whenever a table is added or replaced; returns the function that stops it. */
export function onLocalesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
