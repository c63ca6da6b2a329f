/**
 * The URL a learner passes on with a transcript share, and the transcript ID a shared-transcript
 * page reads back from its own URL. The access code never goes into a URL.
 */
import { normalizeTranscriptId } from '../adapter/share-rules.js';
import type { TranscriptShare } from '../model.js';
import { safeLinkUrl } from './safe-url.js';

/** The query parameter that carries the transcript ID. */
export const TRANSCRIPT_ID_PARAM = 'transcript';

/**
 * The share's URL: the backend's when it gives a safe one, else `shareBaseUrl` with
 * `?transcript=<id>` (relative to `base`); `null` when neither is an `http(s)` URL.
 */
export function transcriptShareUrl(
  share: Pick<TranscriptShare, 'transcriptId' | 'url'>,
  shareBaseUrl: string | null | undefined,
  base?: string,
): string | null {
  const options = base ? { base } : {};
  const fromBackend = safeLinkUrl(share.url, options);
  if (fromBackend) return fromBackend;
  const page = safeLinkUrl(shareBaseUrl, options);
  if (!page) return null;
  const url = new URL(page);
  url.searchParams.set(TRANSCRIPT_ID_PARAM, normalizeTranscriptId(share.transcriptId));
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
