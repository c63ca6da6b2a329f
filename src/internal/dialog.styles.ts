import { adoptStyles, css, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

/** The look every dialog shares; the element adds its own content styles. */
export const dialogStyles = css`
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: var(--_space);
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    overflow: auto;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog h2 {
    margin: 0 0 var(--_space);
    font-size: 1.25rem;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-top: var(--_space);
  }
`;

/**
 * Adds `styles` to a rendered shadow root, after the element's own: for styles that only code
 * loaded later (a dialog's) needs, so that they are not in the page's first load.
 */
export function addStyles(root: ShadowRoot, styles: readonly CSSResult[]): void {
  if (supportsAdoptingStyleSheets) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...styles.map((s) => s.styleSheet!)];
  } else {
    // Without adoptedStyleSheets, Lit appends a <style> for each.
    adoptStyles(root, [...styles]);
  }
}
