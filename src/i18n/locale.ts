import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
  notifyAll(true);
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

/** The `lang` that applies to a node: on itself or the nearest ancestor, across shadow roots; else `<html lang>`; else `en`. */
export function resolveLang(node: Node | null): string {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n instanceof Element) {
      const lang = n.getAttribute('lang');
      if (lang) return lang;
    }
  }
  return document.documentElement.getAttribute('lang') || 'en';
}

/** Writing direction of a language tag, for `dir` on elements that render text. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const lang = tag.toLowerCase().split('-')[0] ?? '';
  return ['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb'].includes(lang) ? 'rtl' : 'ltr';
}

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function notifyAll(force = false): void {
  for (const c of controllers) c.update(force);
}

/** One observer for the whole document: any `lang` change anywhere re-resolves every element's language. */
function observe(): void {
  if (observer) return;
  observer = new MutationObserver(() => notifyAll());
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function observeShadowRoot(root: ShadowRoot): void {
  observer?.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives an element its language: `lang` resolved from itself, its ancestors or `<html>`, the
 * message table for it, and date formatting; requests an update when the resolved language changes.
 */
export class LocaleController implements ReactiveController {
  private current = 'en';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The resolved BCP 47 tag, e.g. `es-MX`. */
  get lang(): string {
    return this.current;
  }

  get messages(): Messages {
    return messagesFor(this.current);
  }

  /** The direction of the messages shown: English on an Arabic page (no Arabic table) stays left to right. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(tableTagFor(this.current));
  }

  hostConnected(): void {
    observe();
    controllers.add(this);
    if (this.host.shadowRoot) observeShadowRoot(this.host.shadowRoot);
    this.current = resolveLang(this.host);
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-resolve the language; the host re-renders when it changed, or always when `force` (a table changed). */
  update(force = false): void {
    const next = resolveLang(this.host);
    if (force || next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
    }
  }
}
