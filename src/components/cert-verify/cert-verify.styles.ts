import { css } from 'lit';

/* The verdict leads, in words and a sign, never in colour alone; printed, the page keeps the verdict and details only. */
export const styles = css`
  :host {
    display: block;
    max-inline-size: 40rem;
  }
  .verdict {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.5rem;
  }
  .verdict::before {
    display: inline-grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-size: 1rem;
    line-height: 1;
  }
  .valid {
    color: var(--_success);
  }
  .valid::before {
    content: '✓' / '';
  }
  .expired {
    color: var(--_warning);
  }
  .expired::before {
    content: '!' / '';
  }
  .revoked {
    color: var(--_danger);
  }
  .revoked::before {
    content: '✕' / '';
  }
  .not-found {
    color: var(--_text);
  }
  .not-found::before {
    content: '?' / '';
  }
  .verdict:focus {
    outline: none;
  }
  .verdict:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25rem var(--_space);
    margin: var(--_space) 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .checked {
    color: var(--_muted);
  }
  form {
    display: grid;
    gap: 0.5rem;
  }
  input {
    font: inherit;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    min-block-size: 2.75rem;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
  }
  form button {
    justify-self: start;
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
    dd {
      margin-block-end: 0.5rem;
    }
  }
  @media print {
    form,
    .actions,
    [role='status'] {
      display: none;
    }
    .verdict::before {
      border-color: currentColor;
    }
  }
`;
