/**
 * Registers a tag, guarded: a second copy of the library on the page, or a tag the page registered
 * itself (say, a subclass under the same name), is left as it is instead of throwing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
