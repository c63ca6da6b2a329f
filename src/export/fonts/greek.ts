// Regular and bold of one Noto Sans script subset, in a module of their own so that a build loads only the subsets a PDF needs.
export const regular = new URL('../../assets/noto-sans-greek-400-normal.woff', import.meta.url).href;
export const bold = new URL('../../assets/noto-sans-greek-700-normal.woff', import.meta.url).href;
