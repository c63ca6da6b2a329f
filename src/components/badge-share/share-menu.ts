import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * `<badge-share>`'s Share menu: a disclosure button (`aria-expanded`) and the list of share actions
 * it shows. Enter or Space opens it; the arrow keys move between the actions (opening it from the
 * button), as Tab does; Escape closes it onto the button. A click outside it or focus leaving it
 * closes it; so does choosing an action, and focus returns to the button unless the action moved it.
 */
export class ShareMenu implements ReactiveController {
  private open = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('click', this.handleDocumentClick, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('click', this.handleDocumentClick, true);
    this.open = false;
  }

  /** The button named `label` and, when open, the `items` (buttons or links) under it. */
  render(label: string, items: TemplateResult[]) {
    return html`<div class="menu" @keydown=${this.handleKeydown} @focusout=${this.handleFocusOut} @click=${this.handleItemClick}>
      <button type="button" id="share-toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="share-menu"
        @click=${() => this.setOpen(!this.open)}>
        ${label} <span aria-hidden="true">${this.open ? '▴' : '▾'}</span>
      </button>
      <ul id="share-menu" part="menu" class="menu-list" ?hidden=${!this.open}>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </div>`;
  }

  /** Opens or closes the menu; once rendered, focuses what `focus` picks from its items. */
  private async setOpen(open: boolean, focus?: (items: HTMLElement[]) => HTMLElement | null | undefined) {
    this.open = open;
    this.host.requestUpdate();
    await this.host.updateComplete;
    focus?.([...this.host.shadowRoot!.querySelectorAll<HTMLElement>('#share-menu :is(button, a)')])?.focus();
  }

  /** The menu's button, while focus is still in the menu or lost; `null` when an action moved it on (the embed snippet). */
  private backToButton = (): HTMLElement | null => {
    const root = this.host.shadowRoot!;
    return root.activeElement?.closest('.menu') !== null ? root.getElementById('share-toggle') : null;
  };

  private handleItemClick = (event: Event): void => {
    if ((event.target as Element).closest('#share-menu :is(button, a)')) void this.setOpen(false, this.backToButton);
  };

  private handleKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      void this.setOpen(false, this.backToButton);
    }
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const active = this.host.shadowRoot!.activeElement as HTMLElement;
    void this.setOpen(true, (items) => {
      const index = items.indexOf(active);
      return items[index < 0 ? (step > 0 ? 0 : items.length - 1) : (index + step + items.length) % items.length];
    });
  };

  private handleFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    // `null`: focus went nowhere (a click on text, another window); an outside click closes it then.
    if (this.open && to && !(event.currentTarget as Element).contains(to)) void this.setOpen(false);
  };

  private handleDocumentClick = (event: Event): void => {
    const menu = this.host.shadowRoot?.querySelector('.menu');
    if (this.open && menu && !event.composedPath().includes(menu)) void this.setOpen(false);
  };
}
