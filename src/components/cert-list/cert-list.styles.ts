import { css } from 'lit';

export const styles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-bottom: var(--_space);
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
    flex-basis: 100%;
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
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .job p {
    margin: 0;
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
  .title label {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    cursor: pointer;
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
  .progress p,
  .note,
  .actions {
    margin: 0.5rem 0 0;
  }
  .exams {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .help {
    margin-top: calc(var(--_space) * 1.5);
  }
  /* The page is paper in light and dark alike; its text uses Noto Sans when the page has it. */
  svg.certificate {
    display: block;
    width: 100%;
    height: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-family: 'Noto Sans', var(--_font);
  }
  .verify {
    margin: var(--_space) 0 0;
    overflow-wrap: anywhere;
  }
  dialog {
    width: min(60rem, calc(100vw - 2rem));
  }
`;
