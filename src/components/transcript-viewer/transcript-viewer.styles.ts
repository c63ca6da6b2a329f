import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  h2,
  h3 {
    margin: 0 0 0.5rem;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1.05rem;
    margin-block-start: calc(var(--_space) * 1.25);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  p {
    margin: 0 0 0.75rem;
  }
  .learner {
    margin: 0 0 0.5rem;
  }
  .learner div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .learner dt {
    color: var(--_muted);
    min-width: 8rem;
  }
  .learner dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  address {
    font-style: normal;
    white-space: pre-line;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.4rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
    overflow-wrap: break-word;
  }
  th {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 0.5rem;
  }
  .notice:empty {
    margin: 0;
  }
  .shared-notice {
    color: var(--_muted);
  }
  p {
    max-width: 70ch;
  }

  /* Shared mode: the partner's header. */
  .partner {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding-block-end: 0.75rem;
    margin-block-end: var(--_space);
    border-block-end: 1px solid var(--_border);
  }
  .partner img {
    height: 3rem;
    width: auto;
    max-width: 12rem;
    object-fit: contain;
  }
  .partner-name {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 600;
  }

  /* Forms: the shared-transcript form and the dialogs. */
  .access {
    max-width: 32rem;
  }
  .field {
    margin-block-end: var(--_space);
  }
  .field label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9rem;
    margin-block-end: 0.25rem;
  }
  input:not([type='checkbox']) {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: 2.5rem;
    padding: 0.4rem 0.6rem;
    width: 100%;
    min-width: 0;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    flex: none;
  }
  .secret,
  .copy-row {
    display: flex;
    gap: 0.5rem;
  }
  .secret button,
  .copy-row button {
    flex: none;
    white-space: nowrap;
  }
  .field-error {
    color: var(--_danger);
    margin: 0.25rem 0 0;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  button.link {
    background: none;
    border: none;
    color: var(--_accent);
    text-decoration: underline;
    padding-inline: 0;
    text-align: start;
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_surface);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .created dl {
    margin: 0 0 var(--_space);
  }
  .created dt {
    font-weight: 600;
  }
  .transcript-id,
  .share-id {
    font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
    font-size: 1.15rem;
    letter-spacing: 0.05em;
    margin: 0;
    text-align: start;
  }
  .reminder {
    border-inline-start: 4px solid var(--_warning);
    padding-inline-start: 0.75rem;
  }
  .shares {
    margin-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .shares ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .shares li {
    padding: 0.5rem 0;
    border-block-end: 1px solid var(--_border);
  }
  .shares li p {
    margin-block-end: 0.25rem;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .confirm p {
    flex-basis: 100%;
  }

  /* A phone: each row becomes a small card of label and value. */
  @container (max-width: 34rem) {
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    tr {
      padding: 0.5rem 0;
      border-block-end: 1px solid var(--_border);
    }
    td {
      display: grid;
      grid-template-columns: minmax(5rem, 30%) 1fr;
      gap: 0.75rem;
      padding: 0.1rem 0;
      border: none;
    }
    td::before {
      content: attr(data-label);
      color: var(--_muted);
    }
    .learner dt {
      min-width: 0;
    }
  }

  /* Paper: black on white, no buttons or forms, tables that fit an A4 page, links with their URL. */
  @media print {
    :host {
      color-scheme: light;
      --_text: #000;
      --_muted: #000;
      --_border: #000;
      --_surface: #fff;
    }
    .actions,
    .notice,
    .access,
    button,
    dialog {
      display: none;
    }
    .table-wrap {
      overflow: visible;
    }
    table {
      font-size: 10pt;
      page-break-inside: auto;
    }
    tr {
      break-inside: avoid;
    }
    th,
    td {
      padding: 0.2rem 0.35rem;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
