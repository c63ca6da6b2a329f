import { html, nothing } from 'lit';
import { transcriptSections } from '../../rules/transcript.js';
import type { Messages } from '../../i18n/en.js';
import { formatDate } from '../../i18n/format.js';
import { addressLines } from '../../rules/address.js';
import { safeLinkUrl } from '../../rules/safe-url.js';
import type { Certification, Transcript } from '../../model.js';

interface ViewOptions {
  messages: Messages;
  lang: string;
}

/**
 * The transcript itself, read-only: the learner, active and expired certifications, passed exams.
 * Each cell carries its column's name (`data-label`) for the narrow layout, where rows stack.
 */
export function renderTranscript(t: Transcript, { messages, lang }: ViewOptions) {
  const m = messages.transcript;
  const { active, expired } = transcriptSections(t);
  const date = (value: string | null) => formatDate(value, lang, 'medium') || messages.common.notAvailable;
  // The same link as the PDF's, only through the one URL helper.
  const verifyLink = (c: Certification) => {
    const href = safeLinkUrl(c.verificationUrl);
    return href
      ? html`<a class="verify" href=${href} target="_blank" rel="noopener noreferrer" aria-label=${m.verifyLink(c.title)}
          >${m.verify}</a
        >`
      : nothing;
  };
  const certifications = (list: Certification[], expiryHeader: string) =>
    html`<div class="table-wrap">
      <table>
        <thead>
          <tr><th scope="col">${m.title}</th><th scope="col">${m.code}</th><th scope="col">${m.earned}</th><th scope="col">${expiryHeader}</th></tr>
        </thead>
        <tbody>
          ${list.map(
            (c) => html`<tr>
              <td data-label=${m.title}><span class="title">${c.title}</span> ${verifyLink(c)}</td>
              <td data-label=${m.code}><span dir="ltr">${c.code}</span></td>
              <td data-label=${m.earned}>${date(c.earnedOn)}</td>
              <td data-label=${expiryHeader}>${date(c.expiresOn)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  return html`<h2 id="learner" tabindex="-1">${t.learner.name}</h2>
    <dl class="learner">
      <div><dt>${m.emailLabel}</dt><dd><span dir="ltr">${t.learner.email}</span></dd></div>
      ${
        t.learner.address
          ? html`<div><dt>${m.addressLabel}</dt><dd><address>${addressLines(t.learner.address).join('\n')}</address></dd></div>`
          : nothing
      }
    </dl>
    <p class="muted">${m.generatedOn(formatDate(t.generatedAt, lang))}</p>

    <h3>${m.certifications}</h3>
    ${active.length ? certifications(active, m.expires) : html`<p>${m.noCertifications}</p>`}
    ${expired.length ? html`<h3>${m.expiredCertifications}</h3>${certifications(expired, m.expiredOn)}` : nothing}

    <h3>${m.exams}</h3>
    ${
      t.exams.length === 0
        ? html`<p>${m.noExams}</p>`
        : html`<div class="table-wrap">
          <table>
            <thead>
              <tr><th scope="col">${m.code}</th><th scope="col">${m.exam}</th><th scope="col">${m.passedOn}</th></tr>
            </thead>
            <tbody>
              ${t.exams.map(
                (e) => html`<tr>
                  <td data-label=${m.code}><span dir="ltr">${e.code}</span></td>
                  <td data-label=${m.exam}>${e.title}</td>
                  <td data-label=${m.passedOn}>${date(e.passedOn)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`
    }`;
}
