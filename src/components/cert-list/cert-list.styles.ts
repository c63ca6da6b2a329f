import { css } from 'lit';

// No comments inside css``: they ship in the page's initial load. The toolbar is sticky so the
// selection and its downloads stay in view while a long list scrolls under them; disabled buttons
// are dashed, unfilled and muted (their text keeps a contrast above 3:1), not only faded.
export const styles = css`
  .toolbar {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding-block: 0.5rem;
    background: var(--_surface);
    border-block-end: 1px solid var(--_border);
  }
  .filters,
  .selection,
  .downloads {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .filters {
    margin-block-end: 0.5rem;
  }
  button:disabled,
  button.primary:disabled {
    opacity: 1;
    color: var(--_muted);
    background: var(--_surface);
    border: 1px dashed var(--_muted);
    cursor: not-allowed;
  }
  .filters label {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  input[type='search'],
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: 2.5rem;
    padding: 0.25rem 0.5rem;
  }
  .count {
    color: var(--_muted);
  }
  .job {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .job p {
    margin: 0;
  }
  .job:not(:has(progress, p:not(:empty))) {
    display: none;
  }
  .job-status:empty {
    display: none;
  }
  progress {
    flex: 1 1 12rem;
    accent-color: var(--_accent);
  }
  .list {
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .list > li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_space);
    /* A long list renders only what is on screen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 7rem;
  }
  .list > li.selected {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: 1.05rem;
    overflow-wrap: anywhere;
  }
  .list:focus-visible {
    outline-offset: 4px;
  }
  .head {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
  }
  .head .title {
    flex: 1;
  }
  .title label {
    cursor: pointer;
  }
  .image {
    flex: none;
    width: 3rem;
    height: 3rem;
    object-fit: contain;
    border-radius: calc(var(--_radius) / 2);
  }
  input[type='checkbox'] {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    color: var(--_muted);
  }
  .credential {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  .status {
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.875rem;
  }
  .status[data-status='earned'] {
    color: var(--_success);
  }
  .status[data-status='expired'],
  .status[data-status='revoked'] {
    color: var(--_danger);
  }
  .status[data-status='in-progress'] {
    color: var(--_warning);
  }
  .expiring {
    color: var(--_warning);
    font-weight: 600;
  }
  .exam-progress p,
  .note,
  .actions {
    margin: 0.5rem 0 0;
  }
  .exam-progress progress {
    display: block;
    width: min(100%, 20rem);
    margin-block-start: 0.5rem;
  }
  .exams {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .help {
    margin-block-start: calc(var(--_space) * 1.5);
  }
`;
