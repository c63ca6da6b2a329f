import {
  getCompatibleStyle,
  isServer,
  LitElement,
  type CSSResult,
  type CSSResultOrNative,
  type PropertyValues,
} from 'lit';
import { addStyles } from './add-styles.js';
import { LocaleController } from './locale-controller.js';

/** What an element's view module gives the element. */
export interface ElementView {
  render(): unknown;
  willUpdate?(changed: PropertyValues): void;
  firstUpdated?(): void;
  updated?(): void;
  /** Set on the stand-in for a view whose code did not load: what went wrong. */
  failed?: Error;
}

/** Each element's view, once made (a map, so that it is no member of the element's public API). */
export const views = new WeakMap<LitElement, ElementView>();

/**
 * Where an element's view module (its controllers, templates and styles) puts itself.
 *
 * The element class (a `LazyViewElement`) keeps what the public API needs before any rendering: its
 * properties and attributes. The view module calls `provide()` when it is evaluated. Every registering
 * module (`components/<tag>/define.ts`) and `cert-elements/classes` import it statically, so it is
 * there before the first element is made (in Lit SSR too), and the element makes its view in its
 * constructor, as if it were one class. The script-tag build (`src/script-tag.ts`) leaves it out of
 * the first load and sets `load` (`internal/lazy-view-load.ts`): the first element's first update waits
 * for it, so nothing renders half-drawn.
 */
export class ViewSlot<Host extends LitElement = LitElement, View extends ElementView = ElementView> {
  make: ((host: Host, locale: LocaleController) => View) | undefined;
  styles: readonly CSSResult[] = [];
  /** Brings the view of a host made before the view module came; `undefined` outside the script-tag build. */
  load: ((host: Host, locale: LocaleController) => Promise<unknown>) | undefined;

  /** @param tag - The element's standard tag, for the error when its view is nowhere. */
  constructor(readonly tag: string) {}

  /** Called by the view module: the element class, how to make a host's view, and the styles it needs. */
  provide(element: typeof LitElement, make: (host: Host, locale: LocaleController) => View, styles: CSSResult[]): void {
    this.make = make;
    this.styles = styles;
    // The class's roots (and Lit SSR's output) carry the styles from the start; `adopt()` covers the rest.
    const styled = element as unknown as { finalize(): void; elementStyles: CSSResultOrNative[] };
    styled.finalize();
    styled.elementStyles.push(...styles.map(getCompatibleStyle));
  }

  /**
   * Gives a shadow root the view's styles it lacks: a root made before the view module came, or a
   * subclass's (whose class styles are its own, without the view's).
   */
  adopt(root: unknown): void {
    if (isServer || !(root instanceof ShadowRoot)) return;
    const missing = this.styles.filter((s) => !root.adoptedStyleSheets.includes(s.styleSheet!));
    if (missing.length > 0) addStyles(root, missing);
  }
}

/**
 * An element class whose rendering is its `ViewSlot`'s (`static viewSlot`). The first render waits
 * for the language's message table, so a Spanish page never shows English first, and for the view.
 */
export abstract class LazyViewElement<View extends ElementView> extends LitElement {
  /** Where this element's view module puts itself. */
  protected static viewSlot: ViewSlot;

  protected readonly locale = new LocaleController(this);

  constructor() {
    super();
    const view = (this.constructor as typeof LazyViewElement).viewSlot.make?.(this, this.locale);
    if (view) views.set(this, view);
  }

  /** This element's view, once it is here. */
  protected get view(): View | undefined {
    return views.get(this) as View | undefined;
  }

  /** The view, for a method of the public API: rejects with what went wrong when its code did not load. */
  protected async loadedView(): Promise<View> {
    if (!this.view) await this.updateComplete;
    const view = this.view;
    if (!view || view.failed) throw view?.failed ?? new Error(`cert-elements: <${this.localName}> has no view.`);
    return view;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const slot = (this.constructor as typeof LazyViewElement).viewSlot;
    return this.locale.schedule(() => {
      if (this.view) return super.scheduleUpdate();
      if (!slot.load)
        throw new Error(
          `cert-elements: <${slot.tag}> has no view; import 'cert-elements/${slot.tag}' or 'cert-elements/classes'.`,
        );
      return slot.load(this, this.locale).then(() => super.scheduleUpdate());
    });
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    (this.constructor as typeof LazyViewElement).viewSlot.adopt(root);
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.view?.willUpdate?.(changed);
  }

  protected override firstUpdated(): void {
    this.view?.firstUpdated?.();
  }

  protected override updated(): void {
    this.view?.updated?.();
  }

  override render(): unknown {
    return this.view?.render();
  }
}
