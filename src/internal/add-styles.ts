import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

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
