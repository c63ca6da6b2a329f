import { expect } from '@open-wc/testing';
import { deepActiveElement } from '../../src/internal/dialog.js';

/** A short description of an element for a failure message: chai's deep printing of a live DOM node can stall the page. */
function describe(el: Element | null | undefined): string {
  if (!el) return String(el);
  const name = el.getAttribute('aria-label') ?? el.textContent?.replace(/\s+/g, ' ').trim().slice(0, 60) ?? '';
  return `<${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}> "${name}"`;
}

/** Asserts that keyboard focus, followed into shadow roots, is on `expected`. */
export function expectFocusOn(expected: Element | null | undefined): void {
  const active = deepActiveElement();
  expect(active !== null && active === expected, `focus is on ${describe(active)}, not ${describe(expected)}`).to.equal(
    true,
  );
}
