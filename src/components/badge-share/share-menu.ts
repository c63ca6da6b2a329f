import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * `<badge-share>`'s Share menu: a disclosure button (`aria-expanded`) and the list of share actions
 * it shows. Enter or Space opens it; arrow keys, Home and End move between the actions, as Tab
 * does; Escape closes it and puts focus back on the button; a click outside or focus leaving it
 * closes it; choosing an action closes it and focus returns to the button.
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
      <button type="button" id="share-toggle" class="menu-toggle" aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="share-menu" @click=${this.handleToggle}>
        ${label}<span class="chevron" aria-hidden="true"></span>
      </button>
      <ul id="share-menu" part="menu" class="menu-list" ?hidden=${!this.open}>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </div>`;
  }

  private get root(): ShadowRoot | null {
    return this.host.shadowRoot;
  }

  private items(): HTMLElement[] {
    return [...(this.root?.querySelectorAll<HTMLElement>('#share-menu > li > :is(button, a)') ?? [])];
  }

  private async setOpen(open: boolean, focus: 'toggle' | 'first' | 'last' | null = null): Promise<void> {
    this.open = open;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const items = this.items();
    const active = this.root?.activeElement;
    // Back to the button only if focus is still in the menu: an action may have moved it on (the embed snippet).
    const toToggle = focus === 'toggle' && (!active || !!active.closest('.menu'));
    const target = toToggle
      ? this.root?.getElementById('share-toggle')
      : focus === 'first'
        ? items[0]
        : focus === 'last'
          ? items.at(-1)
          : null;
    target?.focus();
  }

  private handleToggle = (): void => {
    void this.setOpen(!this.open);
  };

  private handleItemClick = (event: Event): void => {
    if ((event.target as Element).closest('#share-menu :is(button, a)')) void this.setOpen(false, 'toggle');
  };

  private handleKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      void this.setOpen(false, 'toggle');
      return;
    }
    const items = this.items();
    const index = items.indexOf(this.root?.activeElement as HTMLElement);
    const onToggle = this.root?.activeElement?.id === 'share-toggle';
    let next: 'first' | 'last' | HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = onToggle || index === items.length - 1 ? 'first' : items[index + 1];
    else if (event.key === 'ArrowUp') next = onToggle || index <= 0 ? 'last' : items[index - 1];
    else if (event.key === 'Home' && index >= 0) next = 'first';
    else if (event.key === 'End' && index >= 0) next = 'last';
    if (!next) return;
    event.preventDefault();
    if (typeof next === 'string') void this.setOpen(true, next);
    else next.focus();
  };

  private handleFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    // `null`: focus went nowhere (a click on text, another window); an outside click closes it.
    if (this.open && to && !(event.currentTarget as Element).contains(to)) void this.setOpen(false);
  };

  private handleDocumentClick = (event: Event): void => {
    const menu = this.root?.querySelector('.menu');
    if (this.open && menu && !event.composedPath().includes(menu)) void this.setOpen(false);
  };
}
