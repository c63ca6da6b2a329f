/**
 * Gives each element its language: `lang` resolved from itself, its ancestors or `<html>`, followed
 * as it changes anywhere in the document, and the message table for it from `i18n/messages.ts`.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/en.js';
import { directionOf, messagesFor, onLocalesChange, tableTagFor } from '../i18n/messages.js';

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

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function notifyAll(force = false): void {
  for (const c of controllers) c.update(force);
}
onLocalesChange(() => notifyAll(true));

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
    // Lit SSR neither connects an element nor tells it its ancestors: only its own `lang` is known there.
    return isServer ? this.host.getAttribute('lang') || 'en' : this.current;
  }

  get messages(): Messages {
    return messagesFor(this.lang);
  }

  /** The direction of the messages shown: English on an Arabic page (no Arabic table) stays left to right. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(tableTagFor(this.lang));
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
