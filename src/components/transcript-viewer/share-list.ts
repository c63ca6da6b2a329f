import { html, nothing } from 'lit';
import { isAdapterError } from '../../adapter/errors.js';
import { formatTranscriptId } from '../../rules/transcript-share.js';
import { errorMessage } from '../../internal/error-message.js';
import { formatDate } from '../../i18n/format.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { AdapterResource, type AdapterConsumer } from '../../internal/adapter-consumer.js';
import { renderResourceState } from '../../internal/resource-state.js';
import type { TranscriptShare } from '../../model.js';
import { dialogFailure } from './dialog-parts.js';
import { ViewerPart, type ViewerHost } from './viewer-part.js';

/**
 * The learner's existing shares, in the share dialog: date, address choice, revoke after a
 * confirmation; a share suspended after guessing says so and, where the adapter can, resumes.
 */
export class ShareList extends ViewerPart {
  private readonly shares: AdapterResource<TranscriptShare[]>;
  /** The share whose revocation awaits confirmation. */
  private confirming: string | null = null;
  private revoking = false;
  /** The share being resumed. */
  private resuming: string | null = null;
  private failure = '';

  constructor(
    host: ViewerHost,
    consumer: AdapterConsumer,
    locale: LocaleController,
    private readonly announce: (text: string) => void,
  ) {
    super(host, consumer, locale);
    // Loaded when the dialog opens, not with the element.
    this.shares = new AdapterResource(host, consumer, (adapter, signal) => adapter.listTranscriptShares({ signal }), {
      skip: () => true,
    });
  }

  reload(): Promise<void> {
    return this.shares.run();
  }

  reset(): void {
    this.confirming = null;
    this.failure = '';
  }

  render() {
    const m = this.m;
    const list = this.shares.value;
    return html`<section class="shares" aria-labelledby="shares-title">
      <h3 id="shares-title" tabindex="-1">${m.yourShares}</h3>
      ${
        !list || this.shares.status === 'error'
          ? renderResourceState(this.shares, this.locale.messages, this.locale.dir)
          : list.length === 0
            ? html`<p>${m.noShares}</p>`
            : html`<ul>
              ${list.map((share) => this.renderShare(share))}
            </ul>`
      }
      ${dialogFailure(this.failure)}
    </section>`;
  }

  private renderShare(share: TranscriptShare) {
    const m = this.m;
    const lang = this.locale.lang;
    const id = formatTranscriptId(share.transcriptId);
    const until = share.expiresAt ? `, ${m.sharedUntil(formatDate(share.expiresAt, lang))}` : '';
    return html`<li data-share=${share.transcriptId}>
      <p class="share-id"><span dir="ltr">${id}</span></p>
      <p class="muted">
        ${m.sharedOn(formatDate(share.createdAt, lang))}${until} ·
        ${share.includeAddress ? m.addressIncluded : m.addressNotIncluded}
      </p>
      ${share.suspendedAt ? this.renderSuspended(share, id) : nothing}
      ${
        this.confirming === share.transcriptId
          ? html`<div class="confirm" role="group" aria-labelledby="revoke-question">
            <p id="revoke-question">${m.confirmRevoke(id)}</p>
            <button type="button" class="danger" id="revoke-confirm" aria-disabled=${this.revoking ? 'true' : 'false'}
              @click=${() => this.handleConfirm(share.transcriptId)}>${m.confirmRevokeAction}</button>
            <button type="button" id="revoke-keep" @click=${() => this.handleKeep(share.transcriptId)}>${m.keepShare}</button>
          </div>`
          : html`<button type="button" data-revoke=${share.transcriptId} aria-label=${m.revokeShare(id)}
            @click=${() => this.handleAsk(share.transcriptId)}>${m.revoke}</button>`
      }
    </li>`;
  }

  /** Why nobody can open the share, and Resume when the adapter can lift the suspension. */
  private renderSuspended(share: TranscriptShare, id: string) {
    const m = this.m;
    const canResume = typeof this.consumer.adapter?.resumeTranscriptShare === 'function';
    const noteId = `suspended-${share.transcriptId}`;
    return html`<p class="reminder" id=${noteId}>
        ${m.shareSuspended(formatDate(share.suspendedAt, this.locale.lang))}
        ${canResume ? m.shareSuspendedResume : m.shareSuspendedRevoke}
      </p>
      ${
        canResume
          ? html`<button type="button" data-resume=${share.transcriptId} aria-label=${m.resumeShare(id)}
            aria-describedby=${noteId} aria-disabled=${this.resuming === share.transcriptId ? 'true' : 'false'}
            @click=${() => this.handleResume(share.transcriptId)}>${this.resuming === share.transcriptId ? m.resuming : m.resume}</button>`
          : nothing
      }`;
  }

  private async handleResume(id: string): Promise<void> {
    const adapter = this.consumer.adapter;
    if (this.resuming || !adapter?.resumeTranscriptShare) return;
    this.resuming = id;
    this.failure = '';
    this.host.requestUpdate();
    const signal = this.nextSignal();
    try {
      await adapter.resumeTranscriptShare(id, { signal });
    } catch (error) {
      if (!signal.aborted) {
        this.failure = this.m.resumeFailed(errorMessage(error, this.locale.messages));
        this.reportError(error);
        // Revoked or expired meanwhile: the list shows what is left.
        if (isAdapterError(error) && error.kind === 'not-found') void this.reload();
      }
      return;
    } finally {
      this.resuming = null;
      this.host.requestUpdate();
    }
    this.announce(this.m.shareResumed(formatTranscriptId(id)));
    await this.reload();
    // The share stays in the list: focus stays with it, on its remaining button.
    await this.focusAfterUpdate(`[data-revoke="${id}"]`);
  }

  private handleAsk(id: string): void {
    this.confirming = id;
    this.failure = '';
    this.host.requestUpdate();
    // The safe answer has focus: Enter by habit keeps the share.
    void this.focusAfterUpdate('#revoke-keep');
  }

  private handleKeep(id: string): void {
    this.confirming = null;
    this.failure = '';
    this.host.requestUpdate();
    void this.focusAfterUpdate(`[data-revoke="${id}"]`);
  }

  private async handleConfirm(id: string): Promise<void> {
    const adapter = this.consumer.adapter;
    if (this.revoking || !adapter) return;
    this.revoking = true;
    this.failure = '';
    this.host.requestUpdate();
    const signal = this.nextSignal();
    try {
      await adapter.revokeTranscriptShare(id, { signal });
    } catch (error) {
      // A share that is already gone (revoked elsewhere, expired) is as good as revoked.
      if (!(isAdapterError(error) && error.kind === 'not-found')) {
        if (!signal.aborted) {
          this.failure = this.m.revokeFailed(errorMessage(error, this.locale.messages));
          this.reportError(error);
        }
        return;
      }
    } finally {
      this.revoking = false;
      this.host.requestUpdate();
    }
    this.confirming = null;
    this.announce(this.m.shareRevoked(formatTranscriptId(id)));
    await this.reload();
    await this.focusAfterUpdate('#shares-title');
  }
}
