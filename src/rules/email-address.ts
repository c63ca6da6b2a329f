/**
 * Whether text is an e-mail address a person could mean: one `@`, a dotted domain with a top-level
 * label of two or more characters, no spaces, controls, invisible characters or characters that
 * would need quoting.
 * Unicode is allowed (`josé@correo.es`, internationalised domains). The backend has the last word.
 */
export const EMAIL_MAX_LENGTH = 254;

/**
 * Never in an address: spaces, controls, format characters (bidi controls, zero-width ones, the soft
 * hyphen), anything else invisible, lone surrogates and private-use characters. A bidi override or a
 * zero-width space makes the address read as another than the one mail goes to.
 */
const HIDDEN = String.raw`\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}\p{Co}`;
const ATOM = String.raw`[^${HIDDEN}@",;:<>()[\]\\]`;
const LABEL = String.raw`[^${HIDDEN}@",;:<>()[\]\\.]`;
const EMAIL_PATTERN = new RegExp(`^${ATOM}+@(?:${LABEL}+\\.)+${LABEL}{2,}$`, 'u');

export function isEmailAddress(value: string): boolean {
  const address = value.trim();
  return address.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(address);
}
