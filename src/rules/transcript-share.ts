/**
 * The rules of a transcript share that every backend keeps alike: transcript IDs a person can read
 * aloud and type, how long a share lives, how many failed views a transcript ID tolerates, and the
 * one answer a failed view gets. Pure: runs in browsers and in Node 20 through `globalThis.crypto`.
 */
/** 32 characters, no `0`/`O` or `1`/`I`, so an ID read from paper or over the phone is typed right. */
export const TRANSCRIPT_ID_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** 13 characters of 5 bits each: 65 random bits, far beyond guessing. */
export const TRANSCRIPT_ID_LENGTH = 13;

/** Characters per group in `formatTranscriptId`. */
const TRANSCRIPT_ID_GROUP = 4;

const TRANSCRIPT_ID_PATTERN = new RegExp(`^[${TRANSCRIPT_ID_ALPHABET}]{${TRANSCRIPT_ID_LENGTH}}$`);

/** Whitespace and the dashes a keyboard, a phone or a word processor may produce. */
const ID_SEPARATORS = /[\s\-\u2010-\u2015\u2212\uFE63\uFF0D]/gu;

/** A new random transcript ID, e.g. `K7QM2XWN4HD9R`. */
export function newTranscriptId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(TRANSCRIPT_ID_LENGTH));
  // 256 is a multiple of 32, so keeping the low five bits of each byte has no bias.
  return Array.from(bytes, (b) => TRANSCRIPT_ID_ALPHABET[b & 31]).join('');
}

/** A transcript ID as typed (`abcd-efgh-jklm-n`, ` ABCD EFGH JKLM N `) in its stored form. */
export function normalizeTranscriptId(input: string): string {
  return input.trim().toUpperCase().replace(ID_SEPARATORS, '');
}

/** Whether `id`, once normalised, could be a transcript ID (right length, only alphabet characters). */
export function isTranscriptId(id: string): boolean {
  return TRANSCRIPT_ID_PATTERN.test(normalizeTranscriptId(id));
}

/** A transcript ID in groups of four for display: `ABCD-EFGH-JKLM-N`. */
export function formatTranscriptId(id: string): string {
  const normalized = normalizeTranscriptId(id);
  const groups: string[] = [];
  for (let i = 0; i < normalized.length; i += TRANSCRIPT_ID_GROUP) {
    groups.push(normalized.slice(i, i + TRANSCRIPT_ID_GROUP));
  }
  return groups.join('-');
}

/** A share lasts this long after it is created (a backend may configure another lifetime). */
export const SHARE_LIFETIME_DAYS = 90;
/** Failed attempts to open one transcript ID allowed within `SHARE_ATTEMPT_WINDOW_MS`. */
export const SHARE_MAX_FAILED_ATTEMPTS = 10;
export const SHARE_ATTEMPT_WINDOW_MS = 15 * 60 * 1000;

/** The one answer for an unknown ID, a wrong code, a revoked or an expired share: none tells which. */
export const NO_MATCHING_SHARE = 'No shared transcript matches this transcript ID and access code.';
