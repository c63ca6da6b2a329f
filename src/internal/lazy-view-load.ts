import { html, isServer, type CSSResult, type LitElement } from 'lit';
import { toAdapterError } from '../adapter/errors.js';
import { addStyles } from './add-styles.js';
import { errorMessage } from './error-message.js';
import { views, type ElementView, type ViewSlot } from './lazy-view.js';
import type { LocaleController } from './locale-controller.js';

/**
 * The script-tag build's half of `internal/lazy-view.ts`: `slot.load` imports the view module (once;
 * again after a failure) when the first element needs it. When it does not load (offline), the element
 * shows what a request that did not arrive shows, with a Retry, and its methods reject with that error.
 */
export function loadViewsWith<Host extends LitElement, View extends ElementView>(
  slot: ViewSlot<Host, View>,
  importView: () => Promise<unknown>,
): void {
  let loading: Promise<unknown> | undefined;
  slot.adopt = (root) => adoptViewStyles(slot, root);
  slot.load = (host: Host, locale: LocaleController) => {
    loading ??= importView().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading.then(
      () => {
        // A root made before the view module came gets its styles now.
        adoptViewStyles(slot, host.renderRoot);
        views.set(host, slot.make!(host, locale));
      },
      (error: unknown) => views.set(host, failedView(host, locale, toAdapterError(error))),
    );
  };
}

/**
 * Gives a shadow root the view's styles it lacks: a root made before the view module came, or one of
 * a subclass defined before it came (whose class styles were settled without the view's).
 */
function adoptViewStyles(slot: { readonly styles: readonly CSSResult[] }, root: unknown): void {
  if (isServer || !(root instanceof ShadowRoot)) return;
  const missing = slot.styles.filter((s) => !root.adoptedStyleSheets.includes(s.styleSheet!));
  if (missing.length > 0) addStyles(root, missing);
}

function failedView(host: LitElement, locale: LocaleController, error: Error): ElementView {
  const retry = () => {
    views.delete(host);
    host.requestUpdate();
  };
  return {
    failed: error,
    render() {
      const m = locale.messages;
      return html`<div role="alert" part="error" class="error">
        <p>${errorMessage(error, m)}</p>
        <button type="button" @click=${retry}>${m.common.retry}</button>
      </div>`;
    },
  };
}
