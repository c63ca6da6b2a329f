import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isAdapterError } from '../../adapter/errors.js';
import { TranscriptEmailSentEvent } from '../../events/transcript-events.js';
import { errorMessage } from '../../internal/error-message.js';
import { showDialog } from '../../internal/dialog.js';
import type { Learner } from '../../model.js';
import { isEmailAddress } from '../../rules/email-address.js';
import { canonicalLanguageTag } from '../../rules/transcript-email.js';
import { addressCheckbox, dialogFailure, dialogNotice } from './dialog-parts.js';
import { describedBy, fieldError } from './fields.js';
import { ViewerPart } from './viewer-part.js';

/**
 * The E-mail dialog: a recipient (checked), the address choice, sent through the adapter in the
 * element's language. After a send succeeds, Send stays disabled until the dialog opens again, so
 * a second click is not a second e-mail.
 */
export class EmailDialog extends ViewerPart {
  private recipient = '';
  private includeAddress = false;
  private recipientError = '';
  private sending = false;
  /** A send succeeded since the dialog opened. */
  private done = false;
  private sent = '';
  private failure = '';

  async open(trigger: HTMLElement): Promise<void> {
    this.done = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.query<HTMLDialogElement>('#email-dialog');
    if (dialog) showDialog(dialog, trigger);
  }

  render(learner: Learner) {
    const m = this.m;
    return html`<dialog id="email-dialog" aria-labelledby="email-title" dir=${this.locale.dir} @close=${this.handleClose}>
      <form novalidate @submit=${this.handleSubmit}>
        <h2 id="email-title">${m.emailDialogTitle}</h2>
        <p>${m.emailIntro}</p>
        <div class="field">
          <label for="email-to">${m.recipient}</label>
          <input
            id="email-to"
            type="email"
            autocomplete="email"
            spellcheck="false"
            aria-invalid=${this.recipientError ? 'true' : 'false'}
            aria-describedby=${ifDefined(describedBy(this.recipientError && 'email-to-error'))}
            .value=${this.recipient}
            @input=${this.handleRecipient}
          />
          ${fieldError('email-to-error', this.recipientError)}
        </div>
        ${
          learner.email
            ? html`<p><button type="button" class="link" @click=${() => this.handleUseMine(learner.email)}>${m.useMyAddress(learner.email)}</button></p>`
            : nothing
        }
        ${learner.address ? addressCheckbox('email-address', m.includeAddress, this.includeAddress, this.handleIncludeAddress) : nothing}
        ${dialogNotice(this.sent)} ${dialogFailure(this.failure)}
        <div class="dialog-actions">
          <button type="button" @click=${this.handleCloseClick}>${this.locale.messages.common.close}</button>
          <button type="submit" class="primary" aria-disabled=${this.sending || this.done ? 'true' : 'false'}>${this.sending ? m.sending : m.send}</button>
        </div>
      </form>
    </dialog>`;
  }

  private handleRecipient = (e: Event): void => {
    this.recipient = (e.target as HTMLInputElement).value;
    if (this.recipientError && isEmailAddress(this.recipient)) this.recipientError = '';
    this.host.requestUpdate();
  };

  private handleUseMine(email: string): void {
    this.recipient = email;
    this.recipientError = '';
    this.host.requestUpdate();
    void this.focusAfterUpdate('#email-to');
  }

  private handleIncludeAddress = (checked: boolean): void => {
    this.includeAddress = checked;
    this.host.requestUpdate();
  };

  private handleSubmit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (this.sending || this.done) return;
    const m = this.m;
    const to = this.recipient.trim();
    this.sent = '';
    this.failure = '';
    this.recipientError = !to ? m.emailRequired : isEmailAddress(to) ? '' : m.emailInvalid;
    this.host.requestUpdate();
    if (this.recipientError) {
      void this.focusAfterUpdate('#email-to');
      return;
    }
    const adapter = this.consumer.adapter;
    if (!adapter) return;
    this.sending = true;
    const signal = this.nextSignal();
    try {
      const lang = canonicalLanguageTag(this.locale.lang) ?? undefined;
      await adapter.emailTranscript({ to, includeAddress: this.includeAddress, lang }, { signal });
      this.done = true;
      this.sent = m.emailSent(to);
      this.host.dispatchEvent(new TranscriptEmailSentEvent({ to }));
    } catch (error) {
      if (signal.aborted) return;
      if (isAdapterError(error) && error.kind === 'invalid-request' && error.field === 'to') {
        this.recipientError = m.emailInvalid;
        void this.focusAfterUpdate('#email-to');
      } else {
        this.failure = m.emailFailed(errorMessage(error, this.locale.messages));
      }
      this.reportError(error);
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  };

  private handleCloseClick = (): void => {
    this.query<HTMLDialogElement>('#email-dialog')?.close();
  };

  /** A send in flight goes on: its outcome is shown when the dialog opens again, and its event fires. */
  private handleClose = (): void => {
    this.recipientError = '';
    if (!this.sending) {
      this.sent = '';
      this.failure = '';
    }
    this.host.requestUpdate();
  };
}
