import { css } from 'lit';

/**
 * The theme tokens every element reads, with their defaults. Integrators set them on the element
 * or any ancestor (`cert-dashboard { --cert-color-accent: #0a7; }`). Light and dark defaults follow
 * the visitor's `prefers-color-scheme`; `--cert-color-scheme: light` or `dark` fixes one.
 * The analyzer gives each element that uses this sheet these tokens, with the defaults written below.
 *
 * @cssprop --cert-color-scheme - `light` or `dark` fixes the colour scheme; by default it follows the visitor's preference.
 * @cssprop --cert-color-accent - Links, primary buttons, selection.
 * @cssprop --cert-color-on-accent - Text on primary buttons.
 * @cssprop --cert-color-surface - Background of the element.
 * @cssprop --cert-color-surface-raised - Background of buttons, tabs and cards.
 * @cssprop --cert-color-text - Text colour.
 * @cssprop --cert-color-text-muted - Secondary text: dates, hints, the loading line.
 * @cssprop --cert-color-border - Borders and rules.
 * @cssprop --cert-color-danger - Errors, expired and revoked states, destructive buttons.
 * @cssprop --cert-color-success - Earned states and confirmations.
 * @cssprop --cert-color-warning - Warnings, such as a certificate that expires soon.
 * @cssprop --cert-color-focus - The focus ring.
 * @cssprop --cert-radius - Corner radius.
 * @cssprop --cert-spacing - Base spacing.
 * @cssprop --cert-font-family - Font family.
 */
export const tokens = css`
  :host {
    /* First: everything the page would pass down is reset, then set here. */
    all: initial;
    /* light-dark() follows color-scheme: the visitor's preference unless --cert-color-scheme says otherwise. */
    color-scheme: var(--cert-color-scheme, light dark);
    --_accent: var(--cert-color-accent, light-dark(#1d4ed8, #93b4ff));
    --_on-accent: var(--cert-color-on-accent, light-dark(#ffffff, #0b1020));
    --_surface: var(--cert-color-surface, light-dark(#ffffff, #111827));
    --_surface-2: var(--cert-color-surface-raised, light-dark(#f3f4f6, #1f2937));
    --_text: var(--cert-color-text, light-dark(#111827, #f9fafb));
    --_muted: var(--cert-color-text-muted, light-dark(#4b5563, #d1d5db));
    --_border: var(--cert-color-border, light-dark(#6b7280, #9ca3af));
    --_danger: var(--cert-color-danger, light-dark(#b91c1c, #fca5a5));
    --_success: var(--cert-color-success, light-dark(#15803d, #86efac));
    --_warning: var(--cert-color-warning, light-dark(#92400e, #fcd34d));
    --_focus: var(--cert-color-focus, light-dark(#2563eb, #93c5fd));
    --_radius: var(--cert-radius, 8px);
    --_space: var(--cert-spacing, 1rem);
    --_font: var(--cert-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.5;
    color: var(--_text);
    /* Its own surface: dark text or light text is readable whatever the page's background. */
    background: var(--_surface);
    text-align: start;
  }
  /* Page CSS reaches the host (even '* { color: red !important }'), so the text inside is set again here. */
  :host > * {
    color: var(--_text);
    font-family: var(--_font);
    font-size: 1rem;
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-transform: none;
    visibility: visible;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-height: 2.5rem;
    min-width: 2.5rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface-2);
    color: var(--_text);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  a {
    color: var(--_accent);
    /* A target of at least 24 by 24 px (WCAG 2.5.8), even for a short link on its own line. */
    display: inline-block;
    min-height: 1.5rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .error {
    color: var(--_danger);
  }
  .muted {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
