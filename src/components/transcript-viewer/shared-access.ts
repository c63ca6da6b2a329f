import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isAdapterError } from '../../adapter/errors.js';
import { formatTranscriptId, isTranscriptId, normalizeTranscriptId } from '../../rules/transcript-share.js';
import { errorMessage } from '../../internal/error-message.js';
import type { Transcript } from '../../model.js';
import { describedBy, fieldError, revealButton, secretInput } from './fields.js';
import { ViewerPart } from './viewer-part.js';

/**
 * The shared mode's form: transcript ID and access code, then the transcript. Every way of not
 * matching (unknown ID, wrong code, revoked, expired) gets the one message that does not say which;
 * a share suspended after guessing gets its own, since the backend tells it whatever the code.
 */
export class SharedAccess extends ViewerPart {
  /** The transcript once opened. */
  value: Transcript | undefined;
  private id = '';
  private code = '';
  private revealed = false;
  private idError = '';
  private codeError = '';
  private failure = '';
  private opening = false;
  private typedId = false;

  /** Fills the ID field from an attribute or the page URL, unless the person has typed in it. */
  prefill(id: string | null | undefined): void {
    if (this.typedId || !id) return;
    this.id = isTranscriptId(id) ? formatTranscriptId(id) : id;
    this.host.requestUpdate();
  }

  /** Back to the form for another transcript. */
  reset(): void {
    this.value = undefined;
    this.code = '';
    this.failure = '';
    this.host.requestUpdate();
    void this.focusAfterUpdate('#access-id');
  }

  render() {
    const m = this.m;
    return html`<form part="access-form" class="access" novalidate aria-labelledby="access-title" @submit=${this.handleSubmit}>
      <h2 id="access-title">${m.sharedFormTitle}</h2>
      <p>${m.sharedFormIntro}</p>
      <div class="field">
        <label for="access-id">${m.transcriptId}</label>
        <input
          id="access-id"
          autocomplete="username"
          spellcheck="false"
          autocapitalize="characters"
          dir="ltr"
          aria-invalid=${this.idError ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy(this.idError && 'access-id-error', this.failure && 'access-error'))}
          .value=${this.id}
          @input=${this.handleId}
        />
        ${fieldError('access-id-error', this.idError)}
      </div>
      <div class="field">
        <label for="access-code">${m.accessCode}</label>
        <div class="secret">
          ${secretInput({
            id: 'access-code',
            value: this.code,
            revealed: this.revealed,
            autocomplete: 'current-password',
            invalid: Boolean(this.codeError),
            describedBy: describedBy(this.codeError && 'access-code-error', this.failure && 'access-error'),
            onInput: (value) => this.handleCode(value),
          })}
          ${revealButton(m.showAccessCode, m.show, this.revealed, 'access-code', this.handleReveal)}
        </div>
        ${fieldError('access-code-error', this.codeError)}
      </div>
      ${this.failure ? html`<p id="access-error" role="alert" part="error" class="error">${this.failure}</p>` : nothing}
      <button type="submit" class="primary" aria-disabled=${this.opening ? 'true' : 'false'}>${this.opening ? m.opening : m.viewTranscript}</button>
    </form>`;
  }

  private handleId = (e: Event): void => {
    this.id = (e.target as HTMLInputElement).value;
    this.typedId = true;
    if (this.idError && this.id.trim()) this.idError = '';
    this.host.requestUpdate();
  };

  private handleCode(value: string): void {
    this.code = value;
    if (this.codeError && value) this.codeError = '';
    this.host.requestUpdate();
  }

  private handleReveal = (): void => {
    this.revealed = !this.revealed;
    this.host.requestUpdate();
  };

  private handleSubmit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (this.opening) return;
    const m = this.m;
    const transcriptId = normalizeTranscriptId(this.id);
    this.idError = transcriptId ? '' : m.idRequired;
    this.codeError = this.code ? '' : m.codeRequired;
    this.failure = '';
    this.host.requestUpdate();
    if (this.idError || this.codeError) {
      void this.focusAfterUpdate(this.idError ? '#access-id' : '#access-code');
      return;
    }
    const adapter = this.consumer.adapter;
    if (!adapter) return;
    this.opening = true;
    const signal = this.nextSignal();
    try {
      this.value = await adapter.viewSharedTranscript({ transcriptId, accessCode: this.code }, { signal });
      this.code = '';
      void this.focusAfterUpdate('#learner');
    } catch (error) {
      if (signal.aborted) return;
      this.failure = this.failureMessage(error);
      this.reportError(error);
      // The person fixes the code where they typed it: it keeps its text and gets the focus.
      void this.focusAfterUpdate('#access-code');
    } finally {
      this.opening = false;
      this.host.requestUpdate();
    }
  };

  private failureMessage(error: unknown): string {
    // Suspended is no secret: the 403 already tells that the ID exists, and the viewer needs the way out.
    if (isAdapterError(error) && error.reason === 'share-suspended') return this.m.sharedSuspended;
    const noMatch =
      isAdapterError(error) && ['not-found', 'forbidden', 'unauthorized', 'invalid-request'].includes(error.kind);
    return noMatch ? this.m.noMatch : errorMessage(error, this.locale.messages);
  }
}
