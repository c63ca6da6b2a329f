import { css } from 'lit';

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
