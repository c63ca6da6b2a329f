/**
 * File names for downloads and ZIP entries: safe on Windows, macOS and Linux, and in any unzip tool.
 * Names come from data (certification titles, learner names), so treat them as hostile.
 */
import type { Certification, Learner } from '../model.js';

/** Default cap, in UTF-8 bytes: filesystems allow 255, and a ` (12)` suffix must still fit. */
export const DEFAULT_FILE_NAME_MAX_BYTES = 200;

export interface SafeFileNameOptions {
  /** Longest result in UTF-8 bytes; at least 16. */
  maxLength?: number;
  /** Used when nothing of the name survives (before any extension). */
  fallback?: string;
}

// C0/C1 controls, bidi embeddings/overrides/isolates and marks (LRM, RLM, ALM), BOM, lone surrogates.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Path separators and the characters Windows refuses in a file name.
const FORBIDDEN = /[/\\<>:"|?*]/g;
const RESERVED_WINDOWS = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;
const EXTENSION = /\.[\p{L}\p{N}]{1,10}$/u;

const encoder = new TextEncoder();
const byteLength = (s: string): number => encoder.encode(s).length;

/** Cuts `text` to at most `maxBytes` UTF-8 bytes at a grapheme boundary (so never inside a code point). */
function truncateToBytes(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes(text)) {
    const size = byteLength(segment);
    if (used + size > maxBytes) break;
    out += segment;
    used += size;
  }
  return out;
}

function graphemes(text: string): Iterable<{ segment: string }> {
  if (typeof Intl.Segmenter === 'function')
    return new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text);
  return Array.from(text, (segment) => ({ segment }));
}

/** Trailing dots and spaces are dropped by Windows, which makes two names collide or a name vanish. */
const trimEnds = (s: string): string => s.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');

function splitExtension(name: string): [stem: string, ext: string] {
  const match = EXTENSION.exec(name);
  if (!match || match.index === 0) return [name, ''];
  return [name.slice(0, match.index), match[0]];
}

function cleanStem(stem: string, fallback: string): string {
  let s = trimEnds(stem);
  if (!s) s = fallback;
  // `CON.pdf`, `aux.tar.gz`, `Nul .txt`: Windows reserves the device name whatever follows it.
  const device = s.split('.')[0]?.trimEnd() ?? '';
  if (RESERVED_WINDOWS.test(device)) s = `_${s}`;
  return s;
}

/**
 * A file name that is safe everywhere: NFC; no path separators, `..`, control, bidi or
 * Windows-forbidden characters; no reserved Windows device name; no leading or trailing dots or
 * spaces; at most `maxLength` UTF-8 bytes (the extension is kept, the stem is cut at a character
 * boundary). Never empty.
 */
export function safeFileName(name: string, options: SafeFileNameOptions = {}): string {
  const maxLength = Math.max(16, options.maxLength ?? DEFAULT_FILE_NAME_MAX_BYTES);
  const fallback = options.fallback ?? 'file';
  const cleaned = name
    .normalize('NFC')
    .replace(/[\t\n\v\f\r\u2028\u2029]+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s*:\s*/g, ' - ')
    .replace(FORBIDDEN, '_')
    .replace(/\s+/gu, ' ')
    .replace(/\.{2,}/g, '.');
  const [rawStem, rawExt] = splitExtension(trimEnds(cleaned));
  const ext = rawExt.slice(0, 11);
  const stem = cleanStem(rawStem, fallback);
  const room = maxLength - byteLength(ext);
  return cleanStem(truncateToBytes(stem, room), fallback) + ext;
}

/**
 * Safe names for the entries of one ZIP, unique without regard to case (Windows and macOS
 * filesystems fold case): `Intro.pdf`, `Intro (2).pdf`, `intro (3).pdf`. Same order as `names`.
 */
export function uniqueZipEntryNames(names: readonly string[], options: SafeFileNameOptions = {}): string[] {
  const maxLength = Math.max(16, options.maxLength ?? DEFAULT_FILE_NAME_MAX_BYTES);
  const taken = new Set<string>();
  const key = (s: string): string => s.toLowerCase();
  return names.map((name) => {
    const safe = safeFileName(name, options);
    let candidate = safe;
    if (taken.has(key(candidate))) {
      const [stem, ext] = splitExtension(safe);
      for (let n = 2; taken.has(key(candidate)); n++) {
        const suffix = ` (${n})${ext}`;
        candidate = trimEnds(truncateToBytes(stem, maxLength - byteLength(suffix))) + suffix;
      }
    }
    taken.add(key(candidate));
    return candidate;
  });
}

/** `AZ-104 Azure Administrator - María Núñez.pdf`, made safe; a long title is cut before the name is. */
export function certificateFileName(
  cert: Pick<Certification, 'code' | 'title'>,
  learner: Pick<Learner, 'name'>,
): string {
  const title = cert.title.trim();
  const code = cert.code.trim();
  const heading = code && !title.toLowerCase().startsWith(code.toLowerCase()) ? `${code} ${title}` : title || code;
  const person = truncateToBytes(safeFileName(learner.name, { maxLength: 80, fallback: '' }), 80);
  const suffix = person ? ` - ${person}.pdf` : '.pdf';
  const room = DEFAULT_FILE_NAME_MAX_BYTES - byteLength(suffix);
  const safeHeading = cleanStem(
    truncateToBytes(safeFileName(heading, { fallback: 'certificate' }), room),
    'certificate',
  );
  return safeFileName(safeHeading + suffix);
}

export interface ZipFileNameOptions {
  /** The word before the name, in the person's language (`Certificates`, `Certificados`). */
  label?: string;
}

/** `Certificates - María Núñez - 2025-03-14.zip`; `date` is a `Date` (its local calendar day) or an ISO date. */
export function zipFileName(
  learnerName: string,
  date: Date | string = new Date(),
  options: ZipFileNameOptions = {},
): string {
  const day =
    typeof date === 'string'
      ? (/^\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? '')
      : `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const parts = [options.label ?? 'Certificates', learnerName.trim(), day].filter((p) => p);
  return safeFileName(`${parts.join(' - ')}.zip`, { fallback: 'certificates' });
}
