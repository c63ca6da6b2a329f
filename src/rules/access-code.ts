/**
 * How long a transcript share's access code may be, counted as a person counts characters (code
 * points: an emoji is one). Browsers, adapters and the server check the same numbers; `openapi.yaml`
 * states them too.
 */

/** PBKDF2-SHA-256 iterations for new access-code hashes (OWASP 2023 advice). A stored hash carries its own count. */
export const ACCESS_CODE_HASH_ITERATIONS = 600_000;

/** Inclusive limits on a transcript share's access code, in characters. */
export const ACCESS_CODE_MIN_LENGTH = 8;
export const ACCESS_CODE_MAX_LENGTH = 64;

/** Length of a string in characters as a person counts them (code points, so an emoji is one). */
export function codePointLength(value: string): number {
  return Array.from(value).length;
}

export type AccessCodeProblem = 'not-text' | 'not-well-formed' | 'too-short' | 'too-long';

/** Half of a UTF-16 surrogate pair on its own: no character, and UTF-8 would turn every one into U+FFFD. */
const LONE_SURROGATE = /\p{Cs}/u;

/** What is wrong with an access code, or `null` when it may be used. */
export function accessCodeProblem(code: unknown): AccessCodeProblem | null {
  if (typeof code !== 'string') return 'not-text';
  if (LONE_SURROGATE.test(code)) return 'not-well-formed';
  const length = codePointLength(code);
  if (length < ACCESS_CODE_MIN_LENGTH) return 'too-short';
  return length > ACCESS_CODE_MAX_LENGTH ? 'too-long' : null;
}

/** The sentence for developers and logs (in English) that says what is wrong with `code`; `null` when nothing is. */
export function accessCodeProblemText(code: unknown): string | null {
  const problem = accessCodeProblem(code);
  if (problem === null) return null;
  if (problem === 'not-text') return 'The access code must be text.';
  if (problem === 'not-well-formed')
    return 'The access code holds half of a UTF-16 surrogate pair, which is no character; send well-formed Unicode.';
  const length = codePointLength(code as string);
  return problem === 'too-short'
    ? `The access code must be at least ${ACCESS_CODE_MIN_LENGTH} characters long; it has ${length}.`
    : `The access code must be at most ${ACCESS_CODE_MAX_LENGTH} characters long; it has ${length}.`;
}
