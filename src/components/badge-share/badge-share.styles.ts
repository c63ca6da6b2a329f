import { css } from 'lit';

/*
 * The card fills its height (a dashboard grid cell): the badge row takes what is left, so the actions
 * sit at the bottom, in line with the neighbours'. The name clamps to two lines so cards side by side
 * keep one height; the whole name is in its title attribute, and shows in full while a keyboard user
 * works in the card (they cannot hover). The Share menu opens under the whole row of actions, as wide
 * as the card, so it never runs off a narrow screen.
 */
export const styles = css`
  :host {
    --_image-size: var(--badge-share-image-size, 96px);
    max-inline-size: 40rem;
  }
  article {
    display: grid;
    grid-template-columns: var(--_image-size) minmax(0, 1fr);
    grid-template-rows: 1fr;
    block-size: 100%;
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
    line-height: 1.3;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  article:has(:focus-visible) h3 {
    -webkit-line-clamp: none;
    line-clamp: none;
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
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .actions button,
  .actions a {
    min-block-size: 2.5rem;
    padding: 0.375rem 0.75rem;
    font-size: 0.875rem;
  }
  .menu-list {
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline: 0;
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.25);
  }
  .menu-list button,
  .menu-list a {
    display: flex;
    align-items: center;
    inline-size: 100%;
    min-block-size: 2.5rem;
    border: none;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    color: var(--_text);
    text-align: start;
    text-decoration: none;
  }
  .menu-list button:hover,
  .menu-list a:hover {
    background: var(--_surface-2);
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
      grid-template-rows: auto 1fr;
    }
  }
`;
