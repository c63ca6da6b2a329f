import type { CSSResult, CSSResultOrNative, LitElement, PropertyValues } from 'lit';
import type { LocaleController } from './locale-controller.js';

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
export const views = new WeakMap<object, ElementView>();

/**
 * Where an element's view module (its controllers, templates and styles) puts itself.
 *
 * The element class (made with `lazyViewElement`) keeps what the public API needs before any
 * rendering: its properties, attributes and methods. The view module calls `provide()` when it is
 * evaluated. Every registering module (`components/<tag>/define.ts`) and `cert-elements/classes`
 * import it statically, so it is there before the first element is made (in Lit SSR too), and the
 * element makes its view in its constructor, as if it were one class. The script-tag build
 * (`src/script-tag.ts`) leaves it out of the first load and sets `load` and `adopt`
 * (`internal/lazy-view-load.ts`): the first element's first update waits for it, so nothing renders
 * half-drawn.
 *
 * This module imports nothing at run time (Lit and the locale controller come as arguments). A module
 * that an integrator's first chunk and lazy chunks share and that imports Lit makes Vite 8's bundler
 * (rolldown 1.2) cut Lit, or that module, out of the first chunk into chunks of their own, each with
 * its own imports and gzip window: test/build/budget.test.mjs measures what that costs.
 */
export class ViewSlot<Host extends LitElement = LitElement, View extends ElementView = ElementView> {
  make: ((host: Host, locale: LocaleController) => View) | undefined;
  styles: readonly CSSResult[] = [];
  /** Brings the view of a host made before the view module came; `undefined` outside the script-tag build. */
  load: ((host: Host, locale: LocaleController) => Promise<unknown>) | undefined;
  /** Gives a new shadow root the view's styles it lacks; `undefined` outside the script-tag build. */
  adopt: ((root: unknown) => void) | undefined;

  /** @param tag - The element's standard tag, for the error when its view is nowhere. */
  constructor(readonly tag: string) {}

  /** Called by the view module: the element class, how to make a host's view, and the styles it needs. */
  provide(element: typeof LitElement, make: (host: Host, locale: LocaleController) => View, styles: CSSResult[]): void {
    this.make = make;
    this.styles = styles;
    const styled = element as unknown as {
      styles?: unknown;
      finalize(): void;
      elementStyles: CSSResultOrNative[];
    };
    // The class's roots (and Lit SSR's output) carry the styles from the start (a CSSResult is as
    // Lit's getCompatibleStyle() leaves it), and so does a subclass that lists `super.styles`.
    styled.finalize();
    styled.elementStyles.push(...styles);
    if (Array.isArray(styled.styles)) styled.styles.push(...styles);
  }
}

/** The members `lazyViewElement` gives a class, for its subclasses (a mixin's own type says none of them). */
export declare class LazyViewMembers<View extends ElementView> {
  /** The element's language and message table. */
  protected readonly locale: LocaleController;
  /** This element's view, once it is here. */
  protected get view(): View | undefined;
  /** The view, for a method of the public API: rejects with what went wrong when its code did not load. */
  protected loadedView(): Promise<View>;
}

/** An element class made by `lazyViewElement`, to be extended. */
// A mixin's constructor type takes `any[]` (TypeScript's rule for mixins).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LazyViewElementClass<View extends ElementView> = (new (...args: any[]) => LazyViewMembers<View>) &
  typeof LitElement;

/**
 * An element class whose rendering is its `ViewSlot`'s (the subclass's `static viewSlot`). The first
 * render waits for the language's message table, so a Spanish page never shows English first, and
 * for the view. `Base` is Lit's `LitElement` and `Locale` the `LocaleController` class, given rather
 * than imported (see `ViewSlot`).
 */
export function lazyViewElement<View extends ElementView>(
  Base: typeof LitElement,
  Locale: new (host: LitElement) => LocaleController,
): LazyViewElementClass<View> {
  const slotOf = (host: LitElement) => (host.constructor as unknown as { viewSlot: ViewSlot }).viewSlot;

  abstract class LazyViewElement extends Base {
    protected readonly locale = new Locale(this);

    constructor() {
      super();
      const view = slotOf(this).make?.(this, this.locale);
      if (view) views.set(this, view);
    }

    protected get view(): View | undefined {
      return views.get(this) as View | undefined;
    }

    protected async loadedView(): Promise<View> {
      if (!this.view) await this.updateComplete;
      const view = this.view;
      if (!view || view.failed) throw view?.failed ?? new Error(`cert-elements: <${this.localName}> has no view.`);
      return view;
    }

    protected override scheduleUpdate(): void | Promise<unknown> {
      const slot = slotOf(this);
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
      slotOf(this).adopt?.(root);
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
  return LazyViewElement as unknown as LazyViewElementClass<View>;
}
