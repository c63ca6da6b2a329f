import { css } from 'lit';

/** The preview dialog's styles, added to `<cert-list>` with the preview code (see preview-dialog.ts). */
export const previewStyles = css`
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
