import { html, nothing } from 'lit';
import { isAdapterError } from '../../adapter/errors.js';
import { formatTranscriptId } from '../../rules/transcript-share.js';
import { TranscriptShareCreatedEvent } from '../../events/transcript-events.js';
import { errorMessage } from '../../internal/error-message.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import type { AdapterConsumer } from '../../internal/adapter-consumer.js';
import { showDialog } from '../../internal/dialog.js';
import { selectText } from '../../internal/select-text.js';
import type { Learner } from '../../model.js';
import { ACCESS_CODE_MAX_LENGTH, ACCESS_CODE_MIN_LENGTH, codePointLength } from '../../rules/access-code.js';
import { transcriptShareUrl } from '../../rules/share-url.js';
import { tableTagFor } from '../../i18n/messages.js';
import { addressCheckbox, dialogFailure, dialogNotice } from './dialog-parts.js';
import { describedBy, fieldError, revealButton, secretInput } from './fields.js';
import { ShareList } from './share-list.js';
import { ViewerPart, type ViewerHost } from './viewer-part.js';
import { pageBaseUrl } from '../../rules/page-base.js';

/**
 * The Share dialog: an access code (typed twice, or shown), the address choice (off by default),
 * Create; then the transcript ID and the URL to pass on, and the learner's existing shares.
 */
export class ShareDialog extends ViewerPart {
  private code = '';
  private confirmation = '';
  private revealed = false;
  private includeAddress = false;
  private codeError = '';
  private confirmationError = '';
  private creating = false;
  private failure = '';
  private notice = '';
  private copyFailed = false;
  private created: { transcriptId: string; url: string | null } | null = null;
  private readonly list: ShareList;

  constructor(host: ViewerHost, consumer: AdapterConsumer, locale: LocaleController) {
    super(host, consumer, locale);
    this.list = new ShareList(host, consumer, locale, (text) => this.announce(text));
  }

  async open(trigger: HTMLElement): Promise<void> {
    await this.host.updateComplete;
    const dialog = this.query<HTMLDialogElement>('#share-dialog');
    if (!dialog) return;
    showDialog(dialog, trigger);
    await this.list.reload();
  }

  render(learner: Learner) {
    const m = this.m;
    return html`<dialog id="share-dialog" aria-labelledby="share-title" dir=${this.locale.dir} @close=${this.handleClose}>
      <h2 id="share-title">${m.shareDialogTitle}</h2>
      <p>${m.shareIntro}</p>
      ${this.created ? this.renderCreated(this.created) : this.renderForm(learner)} ${dialogNotice(this.notice)}
      ${this.list.render()}
      <div class="dialog-actions">
        <button type="button" @click=${this.handleCloseClick}>${this.locale.messages.common.close}</button>
      </div>
    </dialog>`;
  }

  private renderForm(learner: Learner) {
    const m = this.m;
    const codeDescription = describedBy('share-code-hint', this.codeError && 'share-code-error');
    return html`<form novalidate @submit=${this.handleSubmit}>
      <div class="field">
        <label for="share-code">${m.accessCode}</label>
        <p id="share-code-hint" class="hint">${m.accessCodeHint(ACCESS_CODE_MIN_LENGTH, ACCESS_CODE_MAX_LENGTH)}</p>
        <div class="secret">
          ${secretInput({
            id: 'share-code',
            value: this.code,
            revealed: this.revealed,
            autocomplete: 'new-password',
            invalid: Boolean(this.codeError),
            describedBy: codeDescription,
            onInput: (value) => this.handleInput('code', value),
          })}
          ${revealButton(m.showAccessCode, m.show, this.revealed, 'share-code share-code-again', this.handleReveal)}
        </div>
        ${fieldError('share-code-error', this.codeError)}
      </div>
      <div class="field">
        <label for="share-code-again">${m.confirmAccessCode}</label>
        ${secretInput({
          id: 'share-code-again',
          value: this.confirmation,
          revealed: this.revealed,
          autocomplete: 'new-password',
          invalid: Boolean(this.confirmationError),
          describedBy: describedBy(this.confirmationError && 'share-code-again-error'),
          onInput: (value) => this.handleInput('confirmation', value),
        })}
        ${fieldError('share-code-again-error', this.confirmationError)}
      </div>
      ${learner.address ? addressCheckbox('share-address', m.includeAddress, this.includeAddress, this.handleIncludeAddress) : nothing}
      ${dialogFailure(this.failure)}
      <button type="submit" class="primary" aria-disabled=${this.creating ? 'true' : 'false'}>${this.creating ? m.creating : m.createShare}</button>
    </form>`;
  }

  private renderCreated(created: { transcriptId: string; url: string | null }) {
    const m = this.m;
    return html`<div class="created">
      <dl>
        <dt>${m.transcriptId}</dt>
        <dd class="transcript-id" data-transcript-id=${created.transcriptId}><span dir="ltr">${formatTranscriptId(created.transcriptId)}</span></dd>
      </dl>
      ${
        created.url
          ? html`<div class="field">
            <label for="share-url">${m.shareUrl}</label>
            <div class="copy-row">
              <input id="share-url" type="url" readonly dir="ltr" .value=${created.url} @focus=${selectText} />
              <button type="button" id="share-copy" @click=${() => this.handleCopy(created.url!)}>${m.copyLink}</button>
            </div>
          </div>`
          : nothing
      }
      ${dialogFailure(this.copyFailed ? m.copyFailed : '')}
      <p class="reminder">${created.url ? m.codeNotInUrl : m.noShareUrl}</p>
      <button type="button" id="share-again" @click=${this.handleCreateAnother}>${m.createAnother}</button>
    </div>`;
  }

  private announce(text: string): void {
    this.notice = text;
    this.host.requestUpdate();
  }

  /** The first problem with the typed codes, by field; empty strings when both are fine. */
  private validate(): void {
    const m = this.m;
    const length = codePointLength(this.code);
    this.codeError = !this.code
      ? m.codeRequired
      : length < ACCESS_CODE_MIN_LENGTH
        ? m.codeTooShort(ACCESS_CODE_MIN_LENGTH)
        : length > ACCESS_CODE_MAX_LENGTH
          ? m.codeTooLong(ACCESS_CODE_MAX_LENGTH)
          : '';
    this.confirmationError = !this.codeError && this.confirmation !== this.code ? m.codeMismatch : '';
  }

  private handleInput(field: 'code' | 'confirmation', value: string): void {
    this[field] = value;
    // Errors clear as soon as the input is right; they appear only on submit.
    if (this.codeError || this.confirmationError) this.validate();
    this.host.requestUpdate();
  }

  private handleReveal = (): void => {
    this.revealed = !this.revealed;
    this.host.requestUpdate();
  };

  private handleIncludeAddress = (checked: boolean): void => {
    this.includeAddress = checked;
    this.host.requestUpdate();
  };

  private handleSubmit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (this.creating) return;
    this.validate();
    this.failure = '';
    this.notice = '';
    this.host.requestUpdate();
    if (this.codeError || this.confirmationError) {
      void this.focusAfterUpdate(this.codeError ? '#share-code' : '#share-code-again');
      return;
    }
    const adapter = this.consumer.adapter;
    if (!adapter) return;
    this.creating = true;
    const signal = this.nextSignal();
    try {
      const share = await adapter.createTranscriptShare(
        { accessCode: this.code, includeAddress: this.includeAddress },
        { signal },
      );
      // A link made on a Spanish screen opens the shared page in Spanish; English is every page's default.
      const table = tableTagFor(this.locale.lang);
      const url = transcriptShareUrl(share, this.host.shareBaseUrl, pageBaseUrl(), table === 'en' ? undefined : table);
      this.created = { transcriptId: share.transcriptId, url };
      // The code has done its job: it is not kept in the page any longer than needed.
      this.code = this.confirmation = '';
      this.notice = `${this.m.shareCreated} ${this.m.transcriptId}: ${formatTranscriptId(share.transcriptId)}`;
      this.host.dispatchEvent(new TranscriptShareCreatedEvent({ transcriptId: share.transcriptId, url }));
      void this.focusAfterUpdate(url ? '#share-copy' : '#share-again');
      void this.list.reload();
    } catch (error) {
      if (signal.aborted) return;
      if (isAdapterError(error) && error.kind === 'invalid-request' && error.field === 'accessCode') {
        this.codeError =
          error.reason === 'common-access-code' ? this.m.codeTooCommon : errorMessage(error, this.locale.messages);
        void this.focusAfterUpdate('#share-code');
      } else {
        this.failure = this.m.shareFailed(errorMessage(error, this.locale.messages));
      }
      this.reportError(error);
    } finally {
      this.creating = false;
      this.host.requestUpdate();
    }
  };

  private async handleCopy(url: string): Promise<void> {
    this.copyFailed = false;
    try {
      await navigator.clipboard.writeText(url);
      this.announce(this.m.linkCopied);
    } catch {
      this.copyFailed = true;
      this.host.requestUpdate();
      this.query<HTMLInputElement>('#share-url')?.select();
    }
  }

  private handleCreateAnother = (): void => {
    this.created = null;
    this.copyFailed = false;
    this.notice = '';
    this.host.requestUpdate();
    void this.focusAfterUpdate('#share-code');
  };

  private handleCloseClick = (): void => {
    this.query<HTMLDialogElement>('#share-dialog')?.close();
  };

  private handleClose = (): void => {
    this.nextSignal();
    this.creating = false;
    this.code = this.confirmation = '';
    this.codeError = this.confirmationError = this.failure = this.notice = '';
    this.revealed = false;
    this.created = null;
    this.copyFailed = false;
    this.list.reset();
    this.host.requestUpdate();
  };
}
