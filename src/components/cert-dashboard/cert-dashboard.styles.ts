import { css } from 'lit';

export const styles = css`
  .root {
    color: var(--_text);
  }
  h1 {
    font-size: 1.5rem;
    margin: 0 0 var(--_space);
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  h2 {
    font-size: 1.25rem;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.75);
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_border);
    margin-block-end: var(--_space);
  }
  [role='tab'] {
    border: none;
    border-block-end: 3px solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: none;
    color: var(--_muted);
    font-weight: 600;
    margin-block-end: -1px;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--_text);
    border-block-end-color: var(--_accent);
  }
  [role='tab']:hover {
    color: var(--_text);
    background: var(--_surface-2);
  }
  section[hidden] {
    display: none;
  }
  .badges {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr));
    gap: var(--_space);
  }
  /* Each card fills its grid cell, so the cards in a row are one height. */
  .badges > li {
    display: grid;
  }
`;
