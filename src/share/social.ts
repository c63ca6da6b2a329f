import { encodeParams } from './linkedin.js';
import { safeLinkUrl } from '../rules/safe-url.js';

/** Every way `<badge-share>` offers to share, in the order it shows them; `networks` picks a subset. */
export const SHARE_NETWORKS = [
  'linkedin-profile',
  'linkedin',
  'x',
  'facebook',
  'email',
  'copy',
  'native',
  'embed',
  'download',
] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

/** The networks named in a space-separated list, in `SHARE_NETWORKS` order; unknown names ignored; all when empty. */
export function parseNetworks(value: string | null | undefined): ShareNetwork[] {
  const names = new Set((value ?? '').split(/\s+/).filter(Boolean));
  if (names.size === 0) return [...SHARE_NETWORKS];
  return SHARE_NETWORKS.filter((n) => names.has(n));
}

/** LinkedIn's share dialog for a URL (LinkedIn reads title and image from the page itself). */
export function linkedInShareUrl(url: string): string | null {
  const safe = safeLinkUrl(url);
  return safe && `https://www.linkedin.com/sharing/share-offsite/?${encodeParams([['url', safe]])}`;
}

/** Facebook's share dialog for a URL. */
export function facebookShareUrl(url: string): string | null {
  const safe = safeLinkUrl(url);
  return safe && `https://www.facebook.com/sharer/sharer.php?${encodeParams([['u', safe]])}`;
}

/** Characters X allows in a post. */
export const X_MAX_LENGTH = 280;
/** What X counts for any link, whatever its length (t.co). */
export const X_URL_LENGTH = 23;

/** X's post composer with `text` and `url`; the text is shortened (with `…`) so that text, a space and the link fit in 280. */
export function xShareUrl(text: string, url: string): string | null {
  const safe = safeLinkUrl(url);
  if (!safe) return null;
  const fitted = truncateForX(text.trim(), X_MAX_LENGTH - X_URL_LENGTH - 1);
  return `https://twitter.com/intent/tweet?${encodeParams([
    ['text', fitted],
    ['url', safe],
  ])}`;
}

/**
 * Length of text as X counts it (twitter-text v3): most Latin, Greek, Cyrillic, Hebrew, Arabic and
 * general punctuation count 1, other characters (CJK, most symbols) 2, an emoji sequence 2.
 */
export function xWeightedLength(text: string): number {
  let length = 0;
  for (const grapheme of graphemes(text)) length += graphemeWeight(grapheme);
  return length;
}

/** The text cut at a grapheme boundary so that it, plus `…` when cut, weighs at most `max`. */
export function truncateForX(text: string, max: number): string {
  if (xWeightedLength(text) <= max) return text;
  const ellipsis = '…';
  const budget = max - xWeightedLength(ellipsis);
  let out = '';
  let length = 0;
  for (const grapheme of graphemes(text)) {
    const weight = graphemeWeight(grapheme);
    if (length + weight > budget) break;
    out += grapheme;
    length += weight;
  }
  return out.trimEnd() + ellipsis;
}

/** `mailto:` with a subject and body, both percent-encoded (`%20`, never `+`). */
export function emailShareUrl(subject: string, body: string): string {
  return `mailto:?${encodeParams([
    ['subject', subject],
    ['body', body],
  ])}`;
}

const EMOJI = /\p{Extended_Pictographic}/u;

function graphemeWeight(grapheme: string): number {
  if (EMOJI.test(grapheme)) return 2;
  let weight = 0;
  for (const char of grapheme) weight += codePointWeight(char.codePointAt(0) ?? 0);
  return weight;
}

function codePointWeight(cp: number): number {
  const light =
    cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037);
  return light ? 1 : 2;
}

function graphemes(text: string): string[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  // X counts composed characters: `e` + U+0301 is one `é`.
  return Array.from(segmenter.segment(text.normalize('NFC')), (s) => s.segment);
}
