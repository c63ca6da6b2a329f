import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { AdapterError } from '../../adapter/errors.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { addEnglish } from '../../i18n/messages.js';
import { enVerify } from '../../i18n/en-verify.js';
import { AdapterConsumer, AdapterResource } from '../../internal/adapter-consumer.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { renderResourceState } from '../../internal/resource-state.js';
import type { CredentialVerification } from '../../model.js';
import { pageBaseUrl } from '../../rules/page-base.js';
import { safeLinkUrl } from '../../rules/safe-url.js';
import { CREDENTIAL_ID_MAX_LENGTH, CREDENTIAL_PARAM } from '../../rules/verification.js';
import { CertVerify, certVerifyView } from './cert-verify.js';
import { styles } from './cert-verify.styles.js';

addEnglish({ verify: enVerify });

/** The adapter cannot verify credentials (it has no `verifyCredential`). */
class VerificationUnsupported extends AdapterError {
  constructor() {
    super('invalid-request', 'This adapter has no verifyCredential().');
  }
}

/** What `<cert-verify>` draws and does (see `internal/lazy-view.ts`). */
export class CertVerifyView {
  private readonly consumer: AdapterConsumer;
  private readonly resource: AdapterResource<CredentialVerification>;
  /** The ID the last answer is for, so that focus moves to a new verdict once. */
  private announcedFor: string | undefined;
  /** Whether the person asked (the form): then the verdict takes focus when it comes. */
  private asked = false;

  constructor(
    private readonly host: CertVerify,
    private readonly locale: LocaleController,
  ) {
    this.consumer = new AdapterConsumer(host);
    this.resource = new AdapterResource(
      host,
      this.consumer,
      (adapter, signal) => {
        if (!adapter.verifyCredential) return Promise.reject(new VerificationUnsupported());
        return adapter.verifyCredential(this.credentialId(), { signal });
      },
      { skip: () => this.credentialId() === '', required: () => this.credentialId() !== '' },
    );
  }

  willUpdate(changed: PropertyValues): void {
    // A new ID after the first load: check it (the first one loads with the adapter).
    if (changed.has('credentialId') && changed.get('credentialId') !== undefined) void this.resource.run();
  }

  updated(): void {
    const answer = this.resource.value;
    if (!answer || this.resource.status !== 'ready' || answer.credentialId === this.announcedFor) return;
    this.announcedFor = answer.credentialId;
    if (this.asked) this.host.renderRoot.querySelector<HTMLElement>('#verdict')?.focus();
  }

  render(): TemplateResult {
    const m = this.locale.messages.verify;
    const id = this.credentialId();
    const answer = this.resource.status === 'ready' ? this.resource.value : undefined;
    // One live line, first in the element: "Checking…", then the verdict, is what a screen reader says first.
    const live = !id ? '' : answer ? m.verdicts[answer.verdict] : this.resource.status === 'loading' ? m.checking : '';
    return html`<div dir=${this.locale.dir}>
      <p role="status" part="status" class="visually-hidden">${live}</p>
      ${!id ? this.renderForm() : answer ? this.renderAnswer(answer) : this.renderPending()}
    </div>`;
  }

  private renderPending() {
    const m = this.locale.messages;
    if (this.resource.error instanceof VerificationUnsupported)
      return html`<p role="alert" part="error" class="error">${m.verify.unsupported}</p>`;
    const state = renderResourceState(this.resource, m, this.locale.dir);
    // The status line above says "Checking…"; the loading line would say it twice.
    return this.resource.status === 'loading'
      ? html`<p class="muted" aria-hidden="true">${m.verify.checking}</p>`
      : state;
  }

  private renderAnswer(a: CredentialVerification) {
    const m = this.locale.messages.verify;
    const lang = this.locale.lang;
    const c = a.certification;
    const explanation =
      a.verdict === 'expired' ? m.explain.expired(formatDate(c?.expiresOn, lang)) : m.explain[a.verdict];
    const issuerUrl = safeLinkUrl(c?.issuer.url, { base: pageBaseUrl() });
    return html`<section aria-labelledby="verdict">
      <h2 id="verdict" part="verdict" class="verdict ${a.verdict}" tabindex="-1">${m.verdicts[a.verdict]}</h2>
      <p>${explanation}</p>
      <dl part="details">
        ${a.holderName ? html`<dt>${m.holder}</dt><dd>${a.holderName}</dd>` : nothing}
        ${
          c
            ? html`<dt>${m.certification}</dt>
                <dd>${c.title}</dd>
                ${c.code ? html`<dt>${m.code}</dt><dd><span dir="ltr">${c.code}</span></dd>` : nothing}
                <dt>${m.issuer}</dt>
                <dd>
                  ${
                    issuerUrl
                      ? html`<a href=${issuerUrl} target="_blank" rel="noopener noreferrer">${c.issuer.name}</a>`
                      : c.issuer.name
                  }
                </dd>
                ${c.earnedOn ? html`<dt>${m.earnedOn}</dt><dd>${formatDate(c.earnedOn, lang)}</dd>` : nothing}
                <dt>${a.verdict === 'expired' ? m.expiredOn : m.expiresOn}</dt>
                <dd>${c.expiresOn ? formatDate(c.expiresOn, lang) : m.noExpiry}</dd>`
            : nothing
        }
        <dt>${m.credentialId}</dt>
        <dd><span dir="ltr">${a.credentialId}</span></dd>
      </dl>
      <p part="checked" class="checked">${m.checkedAt(formatDateTime(a.checkedAt, lang))}</p>
      <div part="actions" class="actions">
        <button type="button" @click=${() => window.print()}>${m.print}</button>
        <button type="button" @click=${this.handleAnother}>${m.verifyAnother}</button>
      </div>
    </section>`;
  }

  private renderForm() {
    const m = this.locale.messages.verify;
    return html`<section aria-labelledby="form-heading">
      <h2 id="form-heading">${m.heading}</h2>
      <form part="form" @submit=${this.handleSubmit} novalidate>
        <label for="credential-id">${m.formLabel}</label>
        <input
          id="credential-id"
          name=${CREDENTIAL_PARAM}
          required
          maxlength=${CREDENTIAL_ID_MAX_LENGTH}
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          dir="ltr"
          aria-describedby="credential-hint"
        />
        <p id="credential-hint" class="hint">${m.formHint}</p>
        <button type="submit" class="primary">${m.verify}</button>
      </form>
    </section>`;
  }

  /** The ID to verify: the element's, else the page URL's (in the browser); `''` when there is none. */
  private credentialId(): string {
    const own = this.host.credentialId;
    if (own !== null) return own.trim();
    if (isServer) return '';
    return new URL(location.href).searchParams.get(CREDENTIAL_PARAM)?.trim() ?? '';
  }

  private handleSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    const input = this.host.renderRoot.querySelector<HTMLInputElement>('#credential-id')!;
    const id = input.value.trim();
    if (!id) {
      input.focus();
      return;
    }
    this.asked = true;
    this.announcedFor = undefined;
    this.setPageParam(id);
    this.host.credentialId = id;
  };

  private handleAnother = async (): Promise<void> => {
    this.setPageParam(null);
    this.host.credentialId = '';
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLInputElement>('#credential-id')?.focus();
  };

  /** Keeps the page URL in step with what is shown, so it can be bookmarked or sent on. */
  private setPageParam(id: string | null): void {
    const url = new URL(location.href);
    if (id === null) url.searchParams.delete(CREDENTIAL_PARAM);
    else url.searchParams.set(CREDENTIAL_PARAM, id);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }
}

certVerifyView.provide(CertVerify, (host, locale) => new CertVerifyView(host, locale), [styles]);
