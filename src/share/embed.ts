import type { Badge } from '../model.js';
import { safeImageUrl, safeLinkUrl } from '../rules/safe-url.js';

export interface EmbedInput {
  /** Badge name: the image's alt text, or the link text when there is no image. */
  name: string;
  imageUrl: string | null;
  publicUrl: string | null;
  /** Width and height of the image in CSS pixels. */
  size?: number;
}

/** Text made safe for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * An HTML snippet that shows the badge on another page: its image in a link to its public URL.
 * Only http(s) URLs are used (a `data:` image would bloat a page and cannot be shared), every value
 * is escaped; `null` when there is neither a usable image nor a public URL.
 */
export function embedSnippet({ name, imageUrl, publicUrl, size = 120 }: EmbedInput): string | null {
  const href = safeLinkUrl(publicUrl);
  const image = safeImageUrl(imageUrl);
  const src = image && safeLinkUrl(image);
  const alt = escapeHtml(name);
  const content = src
    ? `<img src="${escapeHtml(src)}" alt="${alt}" width="${size}" height="${size}" loading="lazy">`
    : href
      ? alt
      : null;
  if (content === null) return null;
  return href ? `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${content}</a>` : content;
}

/** The embed snippet for a badge; relative image and page URLs resolved against `base` (without it, only absolute ones count). */
export function badgeEmbedSnippet(badge: Badge, base?: string): string | null {
  return embedSnippet({
    name: badge.name,
    imageUrl: safeImageUrl(badge.imageUrl, { base }),
    publicUrl: safeLinkUrl(badge.publicUrl, { base }),
  });
}
