import { html, nothing } from 'lit';
import { formatDate } from '../../i18n/format.js';
import type { Messages } from '../../i18n/en.js';
import { hasCertificate, remainingExams } from '../../rules/certificate.js';
import { certificationStatusOn, expiresSoon } from '../../rules/expiry.js';
import type { Certification, CertificationStatus } from '../../model.js';
import { linkedInAddToProfileUrl } from '../../share/linkedin.js';
import { safeImageUrl, safeLinkUrl } from '../../rules/safe-url.js';
import { pageBaseUrl } from '../../rules/page-base.js';

export interface CertItemContext {
  messages: Messages;
  lang: string;
  today: Date;
  selected: boolean;
  onToggle: (id: string, selected: boolean) => void;
}

/** An ID for an element of one certification's item, unique in the list and free of spaces (for ID references). */
const itemId = (part: string, cert: Certification) => `${part}-${encodeURIComponent(cert.id)}`;

/**
 * One certification in the list: what it is, where it stands, and what the learner can do with it.
 * Each thing is said once: the checkbox takes its name from the title, and a status that has a
 * date ("Earned 14 March 2025") carries it rather than being followed by the same word again.
 */
export function renderCertItem(cert: Certification, ctx: CertItemContext) {
  const m = ctx.messages.certList;
  const titleId = itemId('title', cert);
  const checkboxId = itemId('select', cert);
  const selectable = hasCertificate(cert);
  // The status a person reads: an earned certification past its last valid day reads expired.
  const current = certificationStatusOn(cert, ctx.today);
  const status = statusLine(cert, current, ctx);
  return html`<li part="item" data-status=${current} class=${ctx.selected ? 'selected' : ''}>
    <div class="head">
      ${
        selectable
          ? html`<input
              type="checkbox"
              part="checkbox"
              id=${checkboxId}
              aria-labelledby=${titleId}
              .checked=${ctx.selected}
              @change=${(e: Event) => ctx.onToggle(cert.id, (e.target as HTMLInputElement).checked)}
            />`
          : nothing
      }
      <h3 class="title" id=${titleId}>
        ${selectable ? html`<label for=${checkboxId}>${cert.title}</label>` : cert.title}
      </h3>
      ${renderImage(cert)}
    </div>
    <p class="meta">
      <bdi class="code">${cert.code}</bdi>
      <span class="status" data-status=${current}>${status.label}</span>
      ${cert.earnedOn && !status.saysEarned ? html`<span>${m.earnedOn(formatDate(cert.earnedOn, ctx.lang))}</span>` : nothing}
      ${status.saysExpiry ? nothing : renderExpiry(cert, ctx)}
      ${cert.credentialId ? html`<span>${m.credentialId}: <bdi class="credential">${cert.credentialId}</bdi></span>` : nothing}
    </p>
    ${cert.status === 'in-progress' ? renderExamProgress(cert, ctx) : nothing}
    ${cert.status === 'revoked' ? html`<p class="note">${m.revokedNote}</p>` : nothing}
    ${current === 'earned' ? renderLinkedIn(cert, ctx.messages) : nothing}
  </li>`;
}

/** The status as its badge says it: with the date the status is about when there is one. */
function statusLine(cert: Certification, current: CertificationStatus, ctx: CertItemContext) {
  const m = ctx.messages.certList;
  if (current === 'earned' && cert.earnedOn) {
    return { label: m.earnedOn(formatDate(cert.earnedOn, ctx.lang)), saysEarned: true, saysExpiry: false };
  }
  if (current === 'expired' && cert.expiresOn) {
    return { label: m.expiredOn(formatDate(cert.expiresOn, ctx.lang)), saysEarned: false, saysExpiry: true };
  }
  return { label: ctx.messages.status[current], saysEarned: false, saysExpiry: false };
}

/** The certification's or issuer's image, only from a safe image URL; the issuer's name is its text. */
function renderImage(cert: Certification) {
  const src = safeImageUrl(cert.imageUrl);
  if (!src) return nothing;
  return html`<img part="image" class="image" src=${src} alt=${cert.issuer.name} width="48" height="48" loading="lazy" referrerpolicy="no-referrer" @error=${hideImage} />`;
}

/** A broken image says nothing useful: hide it rather than show the browser's broken-image icon. */
function hideImage(e: Event): void {
  (e.target as HTMLImageElement).hidden = true;
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

/** A multi-exam certification on its way: a progress bar, the exams passed (with dates) and those to pass. */
function renderExamProgress(cert: Certification, ctx: CertItemContext) {
  const m = ctx.messages.certList;
  const remaining = remainingExams(cert);
  const passed = cert.exams.filter((exam) => exam.passedOn);
  const total = cert.exams.length;
  const passedId = itemId('passed', cert);
  const remainingId = itemId('remaining', cert);
  return html`<div part="exam-progress" class="exam-progress">
    <p><strong>${m.examsPassed(passed.length, total)}</strong>. ${m.certificateAfterFinalExam}</p>
    <progress
      max=${total}
      .value=${passed.length}
      aria-label=${m.examProgress(cert.title)}
    ></progress>
    ${
      passed.length > 0
        ? html`<p id=${passedId}>${m.passedExams}</p>
          <ul class="exams" aria-labelledby=${passedId}>
            ${passed.map(
              (exam) =>
                html`<li>
                  <bdi class="code">${exam.code}</bdi> ${exam.title}
                  <span class="muted"
                    >(<time datetime=${exam.passedOn!}>${m.examPassedOn(formatDate(exam.passedOn, ctx.lang))}</time>)</span
                  >
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      remaining.length > 0
        ? html`<p id=${remainingId}>${m.remainingExams}</p>
          <ul class="exams" aria-labelledby=${remainingId}>
            ${remaining.map((exam) => html`<li><bdi class="code">${exam.code}</bdi> ${exam.title}</li>`)}
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
  const url = safeLinkUrl(helpUrl, { base: pageBaseUrl() });
  return html`<p part="help" class="help muted">
    ${m.helpText} ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${m.helpLink}</a>` : nothing}
  </p>`;
}
