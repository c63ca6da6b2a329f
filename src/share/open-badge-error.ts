/** Kept apart from the Open Badges reader so that elements can tell its errors without loading it. */

export const OPEN_BADGE_ERROR_KINDS = [
  'malformed',
  'not-open-badge',
  'not-baked',
  'unresolved',
  'unsupported-image',
] as const;
export type OpenBadgeErrorKind = (typeof OPEN_BADGE_ERROR_KINDS)[number];

/**
 * Why data could not be read as an Open Badge. `kind` decides the message the person sees:
 * `malformed` (broken JSON, JWS, PNG or SVG, or a required field missing), `not-open-badge` (valid
 * data of another kind), `not-baked` (an image without Open Badges data), `unresolved` (a linked
 * BadgeClass, Issuer or assertion could not be fetched), `unsupported-image` (baking needs PNG or SVG).
 */
export class OpenBadgeError extends Error {
  override name = 'OpenBadgeError';
  constructor(
    readonly kind: OpenBadgeErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isOpenBadgeError(value: unknown): value is OpenBadgeError {
  return (
    value instanceof OpenBadgeError || (value instanceof Error && value.name === 'OpenBadgeError' && 'kind' in value)
  );
}
