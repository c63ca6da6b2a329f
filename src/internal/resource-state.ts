import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/en.js';
import { errorMessage } from './error-message.js';
import type { AdapterResource } from './adapter-consumer.js';

/**
 * What an element shows while its data loads, when it has nothing to load from, or after loading
 * failed: a status line, or the error in the person's language with a retry where trying again can
 * help; in the direction of that language (`dir`), as it may stand outside the element's content.
 * `nothing` once ready.
 */
export function renderResourceState(
  resource: AdapterResource<unknown>,
  messages: Messages,
  dir: 'ltr' | 'rtl',
): TemplateResult | typeof nothing {
  const status = resource.status;
  if (status === 'loading' || status === 'idle' || status === 'unconfigured') {
    // One status line whose text changes, so that a screen reader announces "not configured" after "Loading".
    const text = status === 'unconfigured' ? messages.common.notConfigured : messages.common.loading;
    return html`<p role="status" part="status" class="muted" dir=${dir}>${text}</p>`;
  }
  if (status === 'error') {
    return html`<div role="alert" part="error" class="error" dir=${dir}>
      <p>${errorMessage(resource.error, messages)}</p>
      ${
        resource.error?.retryable
          ? html`<button type="button" @click=${() => resource.run()}>${messages.common.retry}</button>`
          : nothing
      }
    </div>`;
  }
  return nothing;
}
