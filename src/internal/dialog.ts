/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): HTMLElement | null {
  const active = root.activeElement;
  if (active?.shadowRoot?.activeElement) return deepActiveElement(active.shadowRoot);
  return active instanceof HTMLElement ? active : null;
}

/**
 * Opens a modal `<dialog>` (the browser keeps focus inside and closes it on Esc) and gives focus
 * back to what had it, or to `returnFocusTo`, when it closes.
 */
export function showDialog(dialog: HTMLDialogElement, returnFocusTo: HTMLElement | null = deepActiveElement()): void {
  if (dialog.open) return;
  dialog.showModal();
  dialog.addEventListener('close', () => returnFocusTo?.focus(), { once: true });
}
