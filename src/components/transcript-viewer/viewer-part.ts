import type { LitElement, ReactiveController } from 'lit';
import { TranscriptErrorEvent } from '../../events/transcript-events.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import type { AdapterConsumer, AdapterHost } from '../../internal/adapter-consumer.js';

/** What the parts of `<transcript-viewer>` (its dialogs, the shared-transcript form) see of it. */
export type ViewerHost = LitElement & AdapterHost & { shareBaseUrl: string | null };

/**
 * One part of `<transcript-viewer>` with its own state and adapter requests: it renders through
 * the element, and its request in flight is aborted when the element leaves the page.
 */
export abstract class ViewerPart implements ReactiveController {
  private abort: AbortController | undefined;

  constructor(
    protected readonly host: ViewerHost,
    protected readonly consumer: AdapterConsumer,
    protected readonly locale: LocaleController,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  protected get m() {
    return this.locale.messages.transcript;
  }

  /** A signal for the next request; aborts the one before it. */
  protected nextSignal(): AbortSignal {
    this.abort?.abort();
    this.abort = new AbortController();
    return this.abort.signal;
  }

  protected reportError(error: unknown): void {
    this.host.dispatchEvent(new TranscriptErrorEvent({ error }));
  }

  protected query<T extends HTMLElement>(selector: string): T | null {
    return this.host.renderRoot.querySelector<T>(selector);
  }

  /** Focuses what `selector` finds once the element has rendered. */
  protected async focusAfterUpdate(selector: string): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.query(selector)?.focus();
  }
}
