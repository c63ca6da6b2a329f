import { html, nothing } from 'lit';

/** "Include my address": the choice the E-mail, Share and PDF dialogs offer, off until the learner ticks it. */
export function addressCheckbox(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void) {
  return html`<p class="check">
    <input id=${id} type="checkbox" .checked=${checked} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
    <label for=${id}>${label}</label>
  </p>`;
}

/** A dialog's live status line: what went well; on the page (empty) before there is anything to say, so it is read out. */
export function dialogNotice(notice: string) {
  return html`<p role="status" class="notice">${notice}</p>`;
}

/** What failed in a dialog, as an alert; nothing when nothing did. */
export function dialogFailure(failure: string) {
  return failure ? html`<p role="alert" class="error">${failure}</p>` : nothing;
}
