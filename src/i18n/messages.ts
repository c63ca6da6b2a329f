/**
 * The message tables and their lookup: pure, no DOM. Elements get theirs through
 * `internal/locale-controller.ts`; the PDF builders call `loadLocale` and `messagesFor` directly.
 *
 * English is always here. Every other table loads on first use, so a page pays only for the
 * languages it shows: an element waits for its table before its first render (no English flash).
 */

/**
 * The built-in English table: what every element shows at first paint, and the parts that the
 * modules showing more have added (`addEnglish`) when they loaded, before they render anything.
 */
const { dashboard, ...beforePdf } = enCore;
// In the reference order of sections (`pdf` before `dashboard`), which other tables follow.
const en = { ...beforePdf, pdf: {}, dashboard } as unknown as Messages;

/** The built-in English table, complete once `en.ts` is imported; `en.ts` exports it as `en`. */
export const builtInEnglish: Messages = en;

/** Adds strings to the built-in English table (an element's or the PDF code's part); a table registered for `en` is left as it is. */
export function addEnglish(part: EnglishPart): void {
  for (const [section, strings] of Object.entries(part)) {
    const key = section as keyof Messages;
    (en as Record<keyof Messages, object>)[key] = { ...en[key], ...strings };
  }
}
import { enCore } from './en-core.js';
import type { EnglishPart, Messages } from './messages-type.js';

/** A message table, or a function that loads one (say, `() => import('./fr.js').then((m) => m.fr)`). */
export type MessagesSource = Messages | (() => Promise<Messages>);

const tables = new Map<string, Messages>([['en', en]]);
/** The languages the package has a table for besides English: each loads on first use. */
const builtIn: Record<string, () => Promise<Messages>> = {
  es: () => import('./es.js').then((m) => m.es),
  fr: () => import('./fr.js').then((m) => m.fr),
  de: () => import('./de.js').then((m) => m.de),
  pt: () => import('./pt.js').then((m) => m.pt),
  it: () => import('./it.js').then((m) => m.it),
  nl: () => import('./nl.js').then((m) => m.nl),
  pl: () => import('./pl.js').then((m) => m.pl),
  ja: () => import('./ja.js').then((m) => m.ja),
  // Simplified; zh-TW and zh-Hant readers get it too until a Traditional table is registered for their tag.
  zh: () => import('./zh.js').then((m) => m.zh),
  ko: () => import('./ko.js').then((m) => m.ko),
  ar: () => import('./ar.js').then((m) => m.ar),
};
const loaders = new Map<string, () => Promise<Messages>>(Object.entries(builtIn));
const loading = new Map<string, Promise<Messages>>();

/**
 * Adds a language, or replaces one: a complete table (type it as `Messages`), or a function that
 * loads one on first use. Elements on the page re-render in it when their `lang` resolves to `tag`.
 *
 * ```ts
 * import { registerLocale, type Messages } from 'cert-elements';
 * const fr: Messages = { ... };
 * registerLocale('fr', fr);
 * registerLocale('de', () => import('./de.js').then((m) => m.de));
 * ```
 */
export function registerLocale(tag: string, messages: MessagesSource): void {
  const key = tag.toLowerCase();
  loading.delete(key);
  if (typeof messages === 'function') {
    tables.delete(key);
    loaders.set(key, messages);
  } else {
    loaders.delete(key);
    tables.set(key, messages);
  }
  for (const listener of listeners) listener();
}

/** The language tags that have a message table, loaded or not. */
export function registeredLocales(): string[] {
  return [...new Set([...tables.keys(), ...loaders.keys()])];
}

/** The registered tag whose table serves `tag`: exact match, then its language (`es-MX` -> `es`), then `en`. */
export function tableTagFor(tag: string): string {
  const known = (t: string) => tables.has(t) || loaders.has(t);
  const lower = tag.toLowerCase();
  const language = lower.split('-')[0] ?? '';
  return known(lower) ? lower : known(language) ? language : 'en';
}

/**
 * The table for a BCP 47 tag: exact match, then its language (`es-MX` -> `es`), then English.
 * A table that has not loaded yet reads as English: `await loadLocale(tag)` first (a server that
 * renders Spanish does so before rendering, or imports `cert-elements/locales/es`).
 */
export function messagesFor(tag: string): Messages {
  return tables.get(tableTagFor(tag)) ?? en;
}

/** Whether the table that serves `tag` is loaded, so that `messagesFor(tag)` returns it. */
export function isLocaleLoaded(tag: string): boolean {
  return tables.has(tableTagFor(tag));
}

/**
 * Loads the table that serves `tag` (once; later calls share the load) and resolves with it. A
 * table that fails to load is reported in the console and reads as English; the next call tries again.
 */
export function loadLocale(tag: string): Promise<Messages> {
  const key = tableTagFor(tag);
  const table = tables.get(key);
  if (table) return Promise.resolve(table);
  const load = loaders.get(key);
  if (!load) return Promise.resolve(en);
  let pending = loading.get(key);
  if (!pending) {
    pending = load().then(
      (messages) => {
        // A table registered meanwhile wins over this load.
        if (loading.get(key) !== pending) return messagesFor(key);
        loading.delete(key);
        tables.set(key, messages);
        for (const listener of listeners) listener();
        return messages;
      },
      (error: unknown) => {
        if (loading.get(key) === pending) loading.delete(key);
        console.warn(`cert-elements: the "${key}" messages did not load; showing English.`, error);
        return en;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/** Writing direction of a language tag, for `dir` on elements that render text. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const lang = tag.toLowerCase().split('-')[0] ?? '';
  return ['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb'].includes(lang) ? 'rtl' : 'ltr';
}

const listeners = new Set<() => void>();

/** Calls `listener` whenever a table is added, replaced or loaded; returns the function that stops it. */
export function onLocalesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
