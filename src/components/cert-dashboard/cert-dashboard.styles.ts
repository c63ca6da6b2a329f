import { css } from 'lit';

export const styles = css`
  h1 {
    font-size: 1.5rem;
    margin: 0 0 var(--_space);
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25rem;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.75);
  }
  .badges {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: var(--_space);
  }
`;
