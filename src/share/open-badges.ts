/**
 * Open Badges in and out. Reads an Open Badges 2.0 Assertion (BadgeClass and Issuer embedded or
 * linked; 1.0-style hosted assertions too), an Open Badges 3.0 OpenBadgeCredential (JSON, or a
 * VC-JWT), a compact JWS of either, or a baked PNG or SVG, into a `Badge`; bakes a badge's data
 * into its PNG or SVG image.
 *
 * A JWS is only decoded: its signature is NOT verified, so a parsed badge is what the data claims,
 * not proof. Verification belongs to the issuer's or a verifier's service.
 */
import { parseIsoDate } from '../rules/calendar.js';
import { decodeCompactJws, isCompactJws, isJsonObject as isObject } from './open-badge-data.js';
import { OpenBadgeError } from './open-badge-error.js';
import type { Badge, Issuer, OpenBadgeData } from '../model.js';
import { bakePng, isPng, PngFormatError, readPngOpenBadge } from './png-bake.js';
import { safeImageUrl, safeLinkUrl } from '../rules/safe-url.js';
import { bakeSvg, isSvg, readSvgOpenBadge, SvgFormatError } from './svg-bake.js';

export { decodeCompactJws, isCompactJws, openBadgeCredentialId } from './open-badge-data.js';
export {
  OPEN_BADGE_ERROR_KINDS,
  OpenBadgeError,
  isOpenBadgeError,
  type OpenBadgeErrorKind,
} from './open-badge-error.js';

export type OpenBadgeVersion = '2.0' | '3.0';

/** Fetches a linked document (a BadgeClass, an Issuer, a hosted assertion) as JSON; only ever given http(s) URLs. */
export type LinkedDocumentResolver = (url: string) => Promise<unknown>;

export interface ParseOptions {
  /** How linked documents are fetched; without it, linked BadgeClasses and Issuers are an `unresolved` error. */
  resolve?: LinkedDocumentResolver;
}

type Json = Record<string, unknown>;

/** A resolver that fetches linked JSON with `fetch`, aborted by `signal`. */
export function fetchJsonResolver(fetchImpl: typeof fetch = fetch, signal?: AbortSignal): LinkedDocumentResolver {
  return async (url) => {
    const response = await fetchImpl(url, {
      headers: { accept: 'application/ld+json, application/json' },
      signal: signal ?? null,
    });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return (await response.json()) as unknown;
  };
}

/** Which Open Badges version a (decoded) document is; `null` when it is neither an assertion nor a credential. */
export function openBadgeVersion(data: Json): OpenBadgeVersion | null {
  const types = asArray(data.type);
  const context = asArray(data['@context']).filter((c): c is string => typeof c === 'string');
  if (types.includes('OpenBadgeCredential') || types.includes('AchievementCredential')) return '3.0';
  if (context.some((c) => c.includes('purl.imsglobal.org/spec/ob/v3p0')) && isObject(data.credentialSubject))
    return '3.0';
  if (types.includes('Assertion')) return '2.0';
  // Open Badges 1.x assertions have no type: a badge, and a recipient (`identity` in 0.5/1.0 drafts) or `uid`.
  if (!types.length && data.badge !== undefined && (data.recipient ?? data.identity ?? data.uid) !== undefined)
    return '2.0';
  return null;
}

/** The assertion or credential object behind any input: an object, JSON text, a compact JWS (or VC-JWT), or an assertion URL. */
export async function openBadgeDocument(input: OpenBadgeData, options: ParseOptions = {}): Promise<Json> {
  if (isObject(input)) return input;
  if (typeof input !== 'string')
    throw new OpenBadgeError('malformed', 'Open Badges data must be an object or a string.');
  const text = input.trim();
  if (text.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (cause) {
      throw new OpenBadgeError('malformed', 'The Open Badges JSON is not valid JSON.', { cause });
    }
    if (!isObject(parsed)) throw new OpenBadgeError('not-open-badge', 'The JSON is not an object.');
    return parsed;
  }
  if (isCompactJws(text)) {
    const { payload } = decodeCompactJws(text);
    // VC-JWT (VCDM 1.1): the credential sits in `vc`; registered claims fill what it leaves out.
    if (isObject(payload.vc)) {
      const vc: Json = { ...payload.vc };
      vc.id ??= payload.jti;
      vc.issuer ??= payload.iss;
      if (vc.validFrom === undefined && vc.issuanceDate === undefined) vc.validFrom = secondsToIso(payload.nbf);
      if (vc.validUntil === undefined && vc.expirationDate === undefined) vc.validUntil = secondsToIso(payload.exp);
      return vc;
    }
    return payload;
  }
  const url = safeLinkUrl(text);
  if (url) return resolveObject(url, options, 'assertion');
  throw new OpenBadgeError('malformed', 'The text is neither Open Badges JSON nor a compact JWS.');
}

/** A `Badge` from Open Badges data: an OB 2.0 assertion or OB 3.0 credential as an object, JSON, JWS or URL. */
export async function parseOpenBadge(input: OpenBadgeData, options: ParseOptions = {}): Promise<Badge> {
  const document = await openBadgeDocument(input, options);
  const version = openBadgeVersion(document);
  if (!version)
    throw new OpenBadgeError(
      'not-open-badge',
      'Neither an Open Badges 2.0 Assertion nor an Open Badges 3.0 credential.',
    );
  const badge = version === '3.0' ? await fromCredential(document, options) : await fromAssertion(document, options);
  // Keep the data as received: a JWS stays a JWS, so that baking writes the signed form.
  return { ...badge, openBadge: typeof input === 'string' && isCompactJws(input) ? input.trim() : document };
}

/** Open Badges data baked into a PNG or SVG file; `null` when the file has none. */
export async function readBakedOpenBadge(bytes: Uint8Array): Promise<OpenBadgeData | null> {
  try {
    if (isPng(bytes)) {
      const baked = await readPngOpenBadge(bytes);
      return baked ? baked.text.trim() : null;
    }
    const text = new TextDecoder().decode(bytes);
    if (isSvg(text)) {
      const baked = readSvgOpenBadge(text);
      if (!baked) return null;
      // Hosted: the JSON is in the body. Signed: the JWS is in `verify`. Legacy: only a URL in `verify`.
      return baked.body ?? baked.verify;
    }
  } catch (cause) {
    if (cause instanceof PngFormatError || cause instanceof SvgFormatError || cause instanceof TypeError) {
      throw new OpenBadgeError('malformed', 'The image file is broken.', { cause });
    }
    throw cause;
  }
  throw new OpenBadgeError('unsupported-image', 'Not a PNG or SVG file.');
}

/**
 * A `Badge` from the bytes of a file: Open Badges JSON or JWS text, or a baked PNG or SVG. For an
 * image, `imageUrl` (the file's own URL) becomes the badge's image.
 */
export async function parseOpenBadgeFile(
  bytes: Uint8Array,
  imageUrl: string | null,
  options: ParseOptions = {},
): Promise<Badge> {
  const text = isPng(bytes) ? '' : new TextDecoder().decode(bytes).trim();
  if (text.startsWith('{') || isCompactJws(text)) return parseOpenBadge(text, options);
  const data = await readBakedOpenBadge(bytes);
  if (data === null) throw new OpenBadgeError('not-baked', 'The image has no Open Badges data baked in.');
  const badge = await parseOpenBadge(data, options);
  // The file itself is the image the person has; the one the data names may be gone.
  return imageUrl ? { ...badge, imageUrl } : badge;
}

/**
 * The image with the badge's Open Badges data baked in: PNG `iTXt` (`openbadges` for 2.0,
 * `openbadgecredential` for 3.0) or the SVG element in the version's namespace.
 */
export function bakeOpenBadge(image: Uint8Array, data: OpenBadgeData): Uint8Array {
  const jws = typeof data === 'string' && isCompactJws(data) ? data.trim() : null;
  const document = jws ? decodeCompactJws(jws).payload : typeof data === 'string' ? parseJsonObject(data) : data;
  const version = openBadgeVersion(isObject(document.vc) ? document.vc : document) ?? '2.0';
  const json = jws ? null : JSON.stringify(document);
  if (isPng(image)) return bakePng(image, version === '3.0' ? 'openbadgecredential' : 'openbadges', jws ?? json ?? '');
  const text = new TextDecoder().decode(image);
  if (!isSvg(text)) throw new OpenBadgeError('unsupported-image', 'Only PNG and SVG images can be baked.');
  // OB 2.0 hosted: `verify` is the assertion's URL; signed (either version): the JWS.
  const verify = jws ?? (version === '2.0' ? safeLinkUrl(document.id) : null);
  return new TextEncoder().encode(bakeSvg(text, version, { verify, body: json }));
}

async function fromAssertion(assertion: Json, options: ParseOptions): Promise<Omit<Badge, 'openBadge'>> {
  const badgeClass = await resolveObject(assertion.badge, options, 'BadgeClass');
  const issuer = await resolveObject(badgeClass.issuer, options, 'Issuer');
  const name = requireText(badgeClass.name, 'BadgeClass name');
  const issuedOn = requireDate(assertion.issuedOn ?? assertion.issued_on, 'issuedOn');
  const verify = isObject(assertion.verify) ? assertion.verify.url : undefined;
  const id = firstText(assertion.id, assertion.uid, verify) ?? `${name}|${issuedOn}`;
  return {
    id,
    name,
    description: nonEmpty(badgeClass.description) ?? '',
    imageUrl: imageOf(assertion.image) ?? imageOf(badgeClass.image) ?? '',
    issuedOn,
    expiresOn: optionalDate(assertion.expires),
    issuer: issuerOf(issuer),
    criteriaUrl: safeLinkUrl(isObject(badgeClass.criteria) ? badgeClass.criteria.id : badgeClass.criteria),
    publicUrl: safeLinkUrl(assertion.id) ?? safeLinkUrl(verify),
  };
}

async function fromCredential(credential: Json, options: ParseOptions): Promise<Omit<Badge, 'openBadge'>> {
  const subject = asArray(credential.credentialSubject).find(isObject);
  const achievement = subject && isObject(subject.achievement) ? subject.achievement : {};
  const issuer = await resolveObject(credential.issuer, options, 'Issuer');
  const name = requireText(achievement.name ?? credential.name, 'achievement name');
  const issuedOn = requireDate(credential.validFrom ?? credential.issuanceDate ?? credential.awardedDate, 'validFrom');
  return {
    id: nonEmpty(credential.id) ?? `${name}|${issuedOn}`,
    name,
    description: nonEmpty(achievement.description) ?? nonEmpty(credential.description) ?? '',
    imageUrl: imageOf(credential.image) ?? imageOf(achievement.image) ?? '',
    issuedOn,
    expiresOn: optionalDate(credential.validUntil ?? credential.expirationDate),
    issuer: issuerOf(issuer),
    criteriaUrl: safeLinkUrl(isObject(achievement.criteria) ? achievement.criteria.id : undefined),
    publicUrl: safeLinkUrl(credential.id),
  };
}

async function resolveObject(value: unknown, options: ParseOptions, what: string): Promise<Json> {
  if (isObject(value)) return value;
  const url = safeLinkUrl(value);
  if (!url) throw new OpenBadgeError('malformed', `The ${what} is missing.`);
  if (!options.resolve)
    throw new OpenBadgeError('unresolved', `The ${what} is linked (${url}) and no resolver was given.`);
  let resolved: unknown;
  try {
    resolved = await options.resolve(url);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new OpenBadgeError('unresolved', `The ${what} at ${url} could not be fetched.`, { cause });
  }
  if (!isObject(resolved)) throw new OpenBadgeError('unresolved', `The ${what} at ${url} is not a JSON object.`);
  return resolved;
}

function issuerOf(issuer: Json): Issuer {
  return { name: requireText(issuer.name, 'issuer name'), url: safeLinkUrl(issuer.url) ?? null };
}

function imageOf(value: unknown): string | null {
  return safeImageUrl(isObject(value) ? value.id : value);
}

function requireText(value: unknown, what: string): string {
  const result = nonEmpty(value);
  if (!result) throw new OpenBadgeError('malformed', `The ${what} is missing.`);
  return result;
}

/** A calendar date (`2016-12-31`) from an ISO date-time, a date, or (Open Badges 1.x) Unix seconds; in UTC. */
function optionalDate(value: unknown): string | null {
  const iso =
    typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))
      ? secondsToIso(Number(value))
      : value;
  const date = typeof iso === 'string' ? parseIsoDate(iso.trim()) : null;
  return date ? date.toISOString().slice(0, 10) : null;
}

function requireDate(value: unknown, what: string): string {
  const date = optionalDate(value);
  if (!date) throw new OpenBadgeError('malformed', `The ${what} date is missing or not a date.`);
  return date;
}

function secondsToIso(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000).toISOString() : undefined;
}

function parseJsonObject(text: string): Json {
  try {
    const parsed: unknown = JSON.parse(text);
    if (isObject(parsed)) return parsed;
  } catch {
    // reported below
  }
  throw new OpenBadgeError('malformed', 'The Open Badges data is not a JSON object.');
}

function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function firstText(...values: unknown[]): string | null {
  for (const value of values) if (nonEmpty(value)) return nonEmpty(value);
  return null;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}
