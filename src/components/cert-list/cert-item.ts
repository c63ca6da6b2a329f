import { html, nothing } from 'lit';
import { formatDate } from '../../i18n/format.js';
import type { Messages } from '../../i18n/en.js';
import { hasCertificate, remainingExams } from '../../rules/certificate.js';
import { certificationStatusOn, expiresSoon } from '../../rules/expiry.js';
import type { Certification } from '../../model.js';
import { linkedInAddToProfileUrl } from '../../share/linkedin.js';
import { safeLinkUrl } from '../../rules/safe-url.js';

export interface CertItemContext {
  messages: Messages;
  lang: string;
  today: Date;
  selected: boolean;
  onToggle: (id: string, selected: boolean) => void;
}

/** One certification in the list: what it is, where it stands, and what the learner can do with it. */
export function renderCertItem(cert: Certification, ctx: CertItemContext) {
  const m = ctx.messages.certList;
  const title = hasCertificate(cert)
    ? html`<label
        ><input
          type="checkbox"
          part="checkbox"
          aria-label=${m.selectCertificate(cert.title)}
          .checked=${ctx.selected}
          @change=${(e: Event) => ctx.onToggle(cert.id, (e.target as HTMLInputElement).checked)}
        />${cert.title}</label
      >`
    : html`<span>${cert.title}</span>`;
  return html`<li part="item" data-status=${cert.status} class=${ctx.selected ? 'selected' : ''}>
    <h3 class="title">${title}</h3>
    <p class="meta">
      <span class="code">${cert.code}</span>
      <span class="status" data-status=${cert.status}>${ctx.messages.status[cert.status]}</span>
      ${cert.earnedOn ? html`<span>${m.earnedOn(formatDate(cert.earnedOn, ctx.lang))}</span>` : nothing}
      ${renderExpiry(cert, ctx)}
      ${cert.credentialId ? html`<span>${m.credentialId}: <span class="credential">${cert.credentialId}</span></span>` : nothing}
    </p>
    ${cert.status === 'in-progress' ? renderProgress(cert, ctx.messages) : nothing}
    ${cert.status === 'revoked' ? html`<p class="note">${m.revokedNote}</p>` : nothing}
    ${cert.status === 'earned' ? renderLinkedIn(cert, ctx.messages) : nothing}
  </li>`;
}

function renderExpiry(cert: Certification, ctx: CertItemContext) {
  const m = ctx.messages.certList;
  if (!cert.expiresOn) return nothing;
  const soon = expiresSoon(cert, ctx.today);
  if (soon === null) {
    const phrase = certificationStatusOn(cert, ctx.today) === 'expired' ? m.expiredOn : m.expiresOn;
    return html`<span>${phrase(formatDate(cert.expiresOn, ctx.lang))}</span>`;
  }
  const renewal = safeLinkUrl(cert.renewalUrl);
  return html`<span class="expiring">
    <time datetime=${cert.expiresOn} title=${formatDate(cert.expiresOn, ctx.lang)}>${m.expiresInDays(soon)}</time>
    ${renewal ? html`<a href=${renewal} target="_blank" rel="noopener noreferrer">${m.renew}</a>` : nothing}
  </span>`;
}

function renderProgress(cert: Certification, messages: Messages) {
  const m = messages.certList;
  const remaining = remainingExams(cert);
  const passed = cert.exams.length - remaining.length;
  return html`<div class="progress">
    <p><strong>${m.examsPassed(passed, cert.exams.length)}</strong>. ${m.certificateAfterFinalExam}</p>
    ${
      remaining.length > 0
        ? html`<p>${m.remainingExams}</p>
          <ul class="exams">
            ${remaining.map((exam) => html`<li><span class="code">${exam.code}</span> ${exam.title}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}

function renderLinkedIn(cert: Certification, messages: Messages) {
  const m = messages.certList;
  const url = linkedInAddToProfileUrl({
    name: cert.title,
    organizationName: cert.issuer.name,
    organizationId: cert.issuer.linkedInOrganizationId ?? null,
    issuedOn: cert.earnedOn,
    expiresOn: cert.expiresOn,
    certUrl: cert.verificationUrl,
    certId: cert.credentialId,
  });
  return html`<p class="actions">
    <a part="linkedin" href=${url} target="_blank" rel="noopener noreferrer" aria-label=${m.addToLinkedInFor(cert.title)}
      >${m.addToLinkedIn}</a
    >
  </p>`;
}

/** The help text for a missing certificate, with `helpUrl` as its link when that is a safe one. */
export function renderHelp(helpUrl: string | null, messages: Messages) {
  const m = messages.certList;
  const url = safeLinkUrl(helpUrl, { base: document.baseURI });
  return html`<p part="help" class="help muted">
    ${m.helpText} ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${m.helpLink}</a>` : nothing}
  </p>`;
}
