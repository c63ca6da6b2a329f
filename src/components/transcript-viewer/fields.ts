import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The ids an input is described by: its hint and its error, those that are shown. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const shown = ids.filter(Boolean).join(' ');
  return shown || undefined;
}

/** A field's error under it, referenced by the input's `aria-describedby`. */
export function fieldError(id: string, message: string) {
  return message ? html`<p id=${id} class="field-error">${message}</p>` : nothing;
}

export interface SecretInputOptions {
  id: string;
  value: string;
  revealed: boolean;
  autocomplete: 'new-password' | 'current-password';
  invalid: boolean;
  describedBy: string | undefined;
  onInput: (value: string) => void;
}

/** A secret typed, pasted or filled by a password manager: never cut short, no spell check. */
export function secretInput(o: SecretInputOptions) {
  return html`<input
    id=${o.id}
    type=${o.revealed ? 'text' : 'password'}
    autocomplete=${o.autocomplete}
    spellcheck="false"
    autocapitalize="off"
    dir="ltr"
    aria-invalid=${o.invalid ? 'true' : 'false'}
    aria-describedby=${ifDefined(o.describedBy)}
    .value=${o.value}
    @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
  />`;
}

/** A toggle that shows or hides the secrets of `controls` (ids); its name stays, `aria-pressed` says the state. */
export function revealButton(
  label: string,
  shortLabel: string,
  revealed: boolean,
  controls: string,
  onToggle: () => void,
) {
  return html`<button type="button" class="reveal" aria-label=${label} aria-pressed=${revealed ? 'true' : 'false'} aria-controls=${controls} @click=${onToggle}>
    ${shortLabel}
  </button>`;
}
