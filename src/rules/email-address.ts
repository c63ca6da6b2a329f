/**
 * Whether text is an e-mail address a person could mean: one `@`, a dotted domain with a top-level
 * label of two or more characters, no spaces, controls or characters that would need quoting.
 * Unicode is allowed (`josé@correo.es`, internationalised domains). The backend has the last word.
 */
export const EMAIL_MAX_LENGTH = 254;

const ATOM = String.raw`[^\s\p{Cc}@",;:<>()[\]\\]`;
const LABEL = String.raw`[^\s\p{Cc}@",;:<>()[\]\\.]`;
const EMAIL_PATTERN = new RegExp(`^${ATOM}+@(?:${LABEL}+\\.)+${LABEL}{2,}$`, 'u');

export function isEmailAddress(value: string): boolean {
  const address = value.trim();
  return address.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(address);
}
