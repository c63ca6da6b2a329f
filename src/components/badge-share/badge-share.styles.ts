import { css } from 'lit';

export const styles = css`
  :host {
    --_image-size: var(--badge-share-image-size, 96px);
    max-inline-size: 40rem;
  }
  article {
    display: grid;
    grid-template-columns: var(--_image-size) minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  img {
    inline-size: var(--_image-size);
    block-size: var(--_image-size);
    object-fit: contain;
  }
  .body {
    min-inline-size: 0;
  }
  h3 {
    margin: 0 0 0.25rem;
    font-size: 1.05rem;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0 0 0.25rem;
    overflow-wrap: anywhere;
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    color: var(--_muted);
  }
  .expired {
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    color: var(--_danger);
    font-size: 0.875rem;
  }
  .actions,
  .embed,
  .messages {
    grid-column: 1 / -1;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions button,
  .actions a {
    min-block-size: 2.5rem;
    padding: 0.375rem 0.75rem;
    font-size: 0.875rem;
  }
  .actions a {
    display: inline-flex;
    align-items: center;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface-2);
    color: var(--_text);
    text-decoration: none;
  }
  .embed label {
    display: block;
    margin-block-end: 0.25rem;
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 5rem;
    margin-block-end: 0.5rem;
    font: 0.875rem/1.4 ui-monospace, monospace;
    color: var(--_text);
    background: var(--_surface-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
    direction: ltr;
  }
  .notice {
    color: var(--_success);
    min-block-size: 1.5em;
  }
  @media (max-width: 24rem) {
    article {
      grid-template-columns: 1fr;
    }
  }
`;
