import { css } from 'lit';

/**
 * The theme tokens every element reads, with their defaults. Integrators set them on the element
 * or any ancestor (`cert-dashboard { --cert-color-accent: #0a7; }`). Dark defaults follow
 * `prefers-color-scheme`; `color-scheme: light` or `dark` on the page overrides.
 */
export const tokens = css`
  :host {
    --_accent: var(--cert-color-accent, #1d4ed8);
    --_on-accent: var(--cert-color-on-accent, #ffffff);
    --_surface: var(--cert-color-surface, #ffffff);
    --_surface-2: var(--cert-color-surface-raised, #f3f4f6);
    --_text: var(--cert-color-text, #111827);
    --_muted: var(--cert-color-text-muted, #4b5563);
    --_border: var(--cert-color-border, #d1d5db);
    --_danger: var(--cert-color-danger, #b91c1c);
    --_success: var(--cert-color-success, #15803d);
    --_warning: var(--cert-color-warning, #92400e);
    --_radius: var(--cert-radius, 8px);
    --_space: var(--cert-spacing, 1rem);
    --_font: var(--cert-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_focus: var(--cert-color-focus, #2563eb);

    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--cert-color-accent, #93b4ff);
      --_on-accent: var(--cert-color-on-accent, #0b1020);
      --_surface: var(--cert-color-surface, #111827);
      --_surface-2: var(--cert-color-surface-raised, #1f2937);
      --_text: var(--cert-color-text, #f9fafb);
      --_muted: var(--cert-color-text-muted, #d1d5db);
      --_border: var(--cert-color-border, #4b5563);
      --_danger: var(--cert-color-danger, #fca5a5);
      --_success: var(--cert-color-success, #86efac);
      --_warning: var(--cert-color-warning, #fcd34d);
      --_focus: var(--cert-color-focus, #93c5fd);
    }
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
