/**
 * The base that relative URLs in data resolve against: the page's base URL in a browser, the
 * script's own URL in a worker, and none on a server (Lit SSR), where only absolute URLs pass.
 */
export function pageBaseUrl(): string | undefined {
  return typeof document === 'undefined' ? globalThis.location?.href : document.baseURI;
}
