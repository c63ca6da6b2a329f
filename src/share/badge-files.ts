/**
 * Fetching what a badge is made of: Open Badges data from a URL (`src`), and the badge image as a
 * file to download, with its Open Badges data baked in when it carries any.
 */
import { AdapterError, kindForStatus } from '../adapter/errors.js';
import { safeFileName } from '../rules/file-names.js';
import type { Badge } from '../model.js';
import { bakeOpenBadge, fetchJsonResolver, parseOpenBadgeFile } from './open-badges.js';
import { isPng } from './png-bake.js';
import { safeImageUrl } from '../rules/safe-url.js';
import { isSvg } from './svg-bake.js';

export interface FetchOptions {
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** Base for relative URLs, e.g. `document.baseURI`. */
  base?: string;
}

/** A badge from the URL of Open Badges JSON, a JWS, or a baked PNG or SVG; linked documents fetched too. */
export async function fetchOpenBadge(src: string, options: FetchOptions = {}): Promise<Badge> {
  const url = safeImageUrl(src, options) ?? dataUrl(src);
  if (!url) throw new AdapterError('invalid-request', `Not a URL that can be fetched: ${src}`);
  const bytes = await fetchBytes(url, options);
  return parseOpenBadgeFile(bytes.data, url, { resolve: fetchJsonResolver(options.fetch, options.signal) });
}

/** The badge image as a file: baked with the badge's Open Badges data when it has some and the image is PNG or SVG. */
export async function badgeImageFile(
  badge: Badge,
  options: FetchOptions = {},
): Promise<{ blob: Blob; filename: string }> {
  const url = safeImageUrl(badge.imageUrl, options);
  if (!url) throw new AdapterError('invalid-response', 'The badge has no image that can be fetched.');
  const { data, type } = await fetchBytes(url, options);
  const png = isPng(data);
  const svg = !png && isSvg(new TextDecoder().decode(data.subarray(0, 64 * 1024)));
  const bytes = badge.openBadge && (png || svg) ? bakeOpenBadge(data, badge.openBadge) : data;
  const mime = png ? 'image/png' : svg ? 'image/svg+xml' : type || 'application/octet-stream';
  const extension = png ? 'png' : svg ? 'svg' : (EXTENSIONS[mime] ?? 'img');
  return {
    blob: new Blob([bytes.slice()], { type: mime }),
    filename: safeFileName(`${badge.name}.${extension}`, { fallback: 'badge', maxLength: 120 }),
  };
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

async function fetchBytes(url: string, options: FetchOptions): Promise<{ data: Uint8Array; type: string }> {
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { signal: options.signal ?? null });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new AdapterError('network', `${url} could not be fetched.`, { cause });
  }
  if (!response.ok)
    throw new AdapterError(kindForStatus(response.status), `${url} answered ${response.status}.`, {
      status: response.status,
    });
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return { data: new Uint8Array(await response.arrayBuffer()), type };
}

/** `data:` URLs of JSON or text (an inline credential); images pass `safeImageUrl` already. */
function dataUrl(src: string): string | null {
  return /^data:(application\/(ld\+)?json|text\/plain)[;,]/i.test(src.trim()) ? src.trim() : null;
}
