/**
 * The URL a learner passes on with a transcript share, and the transcript ID a shared-transcript
 * page reads back from its own URL. The access code never goes into a URL.
 */
import type { TranscriptShare } from '../model.js';
import { safeLinkUrl } from './safe-url.js';
import { normalizeTranscriptId } from './transcript-share.js';

/** The query parameter that carries the transcript ID. */
export const TRANSCRIPT_ID_PARAM = 'transcript';

/** The query parameter that carries the language a shared-transcript page opens in (`es`). */
export const PAGE_LANG_PARAM = 'lang';

/** Stands in for the origin while a relative page URL is given its query, and is taken off again. */
const RELATIVE_ORIGIN = 'http://relative.invalid';

/**
 * The page `page` opened on one transcript: its own query and fragment kept, `transcript=<id>` set
 * (the ID in its stored form), and `lang=<tag>` when `lang` is given, so the page opens in the
 * language the link was made in. Never the access code. `page` may be absolute or start with `/`.
 * Every backend that builds share URLs builds them here.
 */
export function transcriptPageUrl(page: string, transcriptId: string, lang?: string): string {
  const url = new URL(page, `${RELATIVE_ORIGIN}/`);
  url.searchParams.set(TRANSCRIPT_ID_PARAM, normalizeTranscriptId(transcriptId));
  if (lang) url.searchParams.set(PAGE_LANG_PARAM, lang);
  return url.origin === RELATIVE_ORIGIN && !page.startsWith(RELATIVE_ORIGIN)
    ? url.href.slice(RELATIVE_ORIGIN.length)
    : url.href;
}

/**
 * The share's URL: the backend's when it gives a safe one, else `shareBaseUrl` with
 * `?transcript=<id>` (relative to `base`); `null` when neither is an `http(s)` URL. With `lang`,
 * either carries `lang=<tag>` too (the learner's language, when it is not the default English).
 */
export function transcriptShareUrl(
  share: Pick<TranscriptShare, 'transcriptId' | 'url'>,
  shareBaseUrl: string | null | undefined,
  base?: string,
  lang?: string,
): string | null {
  const options = base ? { base } : {};
  const fromBackend = safeLinkUrl(share.url, options);
  if (fromBackend) return lang ? withPageLang(fromBackend, lang) : fromBackend;
  const page = safeLinkUrl(shareBaseUrl, options);
  if (!page) return null;
  return transcriptPageUrl(page, share.transcriptId, lang);
}

function withPageLang(href: string, lang: string): string {
  const url = new URL(href);
  url.searchParams.set(PAGE_LANG_PARAM, lang);
  return url.href;
}

/** The transcript ID in a page URL's `transcript` parameter, as typed there; `''` when it has none. */
export function transcriptIdFromUrl(href: string): string {
  try {
    return new URL(href).searchParams.get(TRANSCRIPT_ID_PARAM)?.trim() ?? '';
  } catch {
    return '';
  }
}
