/**
 * The one gate between a URL that came from data and a link: an `href`, `window.open`, a share
 * URL, an embed snippet. Everything else is shown as text.
 */

export interface SafeUrlOptions {
  /** Accept `mailto:` as well (an e-mail link the person means to follow). */
  allowMailto?: boolean;
  /** Base for relative URLs (an element passes `document.baseURI`); without it only absolute URLs pass. */
  base?: string;
}

/**
 * The normalised URL when it may become a link: `http:` or `https:` (and `mailto:` when allowed),
 * parsed with `new URL()`, without embedded credentials; `null` for anything else, including
 * `javascript:`, `data:`, `blob:` and text that is no URL.
 */
export function safeLinkUrl(value: unknown, options: SafeUrlOptions = {}): string | null {
  const url = parseUrl(value, options.base);
  if (!url) return null;
  if (url.protocol === 'mailto:') return options.allowMailto ? url.href : null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // `https://bank.example@evil.example/` reads as one host and goes to another.
  if (url.username || url.password) return null;
  return url.href;
}

const IMAGE_DATA_URL = /^data:image\/(png|jpeg|gif|webp|avif|svg\+xml)[;,]/i;

/**
 * The URL when it may be an `<img src>` or be fetched as badge image bytes: `http:`, `https:`,
 * `blob:` or a `data:image/...` URL; `null` for anything else. Never use it for a link.
 */
export function safeImageUrl(value: unknown, options: Pick<SafeUrlOptions, 'base'> = {}): string | null {
  const url = parseUrl(value, options.base);
  if (!url) return null;
  if (url.protocol === 'data:') return IMAGE_DATA_URL.test(url.href) ? url.href : null;
  if (url.protocol === 'blob:') return url.href;
  return safeLinkUrl(url.href);
}

function parseUrl(value: unknown, base: string | undefined): URL | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text) return null;
  try {
    return base ? new URL(text, base) : new URL(text);
  } catch {
    return null;
  }
}
