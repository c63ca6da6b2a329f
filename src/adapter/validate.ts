/**
 * Validation of what a backend sends: each `parseX` takes parsed JSON from an untrusted source and
 * returns a new, typed model object, or throws an `invalid-response` `AdapterError` whose message
 * names the offending path (`certifications[3].status: expected one of ...`).
 *
 * Required fields must be present with the right type; a nullable or optional field may be missing
 * or `null` and comes back as `null` (address parts and a certification's `imageUrl`, typed as
 * optional, are left out instead).
 * Fields the model does not know are dropped. URLs stay strings: whether one may become a link is
 * decided when it is rendered (`rules/safe-url.ts`). Pure and DOM-free. `openapi.yaml` states the
 * same limits.
 */
import {
  CERTIFICATION_STATUSES,
  VERIFICATION_VERDICTS,
  type CredentialVerification,
  type VerifiedCertification,
  type Address,
  type Badge,
  type Certification,
  type Exam,
  type Issuer,
  type Learner,
  type OpenBadgeData,
  type SharedTranscriptDates,
  type Transcript,
  type TranscriptShare,
} from '../model.js';
import { AdapterError } from './errors.js';
import { IDENTIFIER_MAX_LENGTH } from '../rules/limits.js';

/** The most a backend may send: string lengths in characters (code points), list lengths in items. */
export const RESPONSE_LIMITS = {
  identifier: IDENTIFIER_MAX_LENGTH,
  code: 100,
  text: 500,
  description: 10_000,
  email: 320,
  url: 4096,
  /** Badge images are often inline `data:` URLs. */
  imageUrl: 262_144,
  /** A compact JWS (Open Badges 3.0) may carry the badge image inside. */
  openBadgeJws: 1_048_576,
  openBadgeDepth: 32,
  items: 5000,
  examsPerCertification: 500,
} as const;

type Parse<T> = (value: unknown, path: string) => T;
type JsonObject = Record<string, unknown>;

function fail(path: string, problem: string): never {
  throw new AdapterError('invalid-response', `${path}: ${problem}`);
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

function object(value: unknown, path: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(path, `expected an object, got ${kindOf(value)}`);
  }
  return value as JsonObject;
}

/** An own property only, so a polluted `Object.prototype` never fills in a missing field. */
function field<T>(o: JsonObject, path: string, key: string, parse: Parse<T>): T {
  return parse(Object.hasOwn(o, key) ? o[key] : undefined, `${path}.${key}`);
}

function text(max: number, { allowEmpty = false } = {}): Parse<string> {
  return (value, path) => {
    if (typeof value !== 'string') fail(path, `expected a string, got ${kindOf(value)}`);
    if (value === '' && !allowEmpty) fail(path, 'must not be empty');
    // Count code points only when it matters: a string has at most `length` and at least `length / 2`.
    if (value.length > max && (value.length > 2 * max || Array.from(value).length > max)) {
      fail(path, `must be at most ${max} characters`);
    }
    return value;
  };
}

const identifier = text(RESPONSE_LIMITS.identifier);
const code = text(RESPONSE_LIMITS.code, { allowEmpty: true });
const shortText = text(RESPONSE_LIMITS.text);
const addressPart = text(RESPONSE_LIMITS.text, { allowEmpty: true });
const description = text(RESPONSE_LIMITS.description, { allowEmpty: true });
const email = text(RESPONSE_LIMITS.email, { allowEmpty: true });
const url = text(RESPONSE_LIMITS.url);
const imageUrl = text(RESPONSE_LIMITS.imageUrl);

function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, `expected a boolean, got ${kindOf(value)}`);
  return value;
}

function nullable<T>(parse: Parse<T>): Parse<T | null> {
  return (value, path) => (value === undefined || value === null ? null : parse(value, path));
}

function oneOf<T extends string>(values: readonly T[]): Parse<T> {
  return (value, path) => {
    if (!values.includes(value as T)) fail(path, `expected one of ${values.join(', ')}`);
    return value as T;
  };
}

function listOf<T>(parse: Parse<T>, max: number): Parse<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, `expected an array, got ${kindOf(value)}`);
    if (value.length > max) fail(path, `must have at most ${max} items`);
    return value.map((item, index) => parse(item, `${path}[${index}]`));
  };
}

/** Lists keyed by ID must not repeat one: elements select, preview and revoke by ID. */
function unique<T>(items: T[], path: string, key: keyof T & string): T[] {
  const seen = new Map<unknown, number>();
  items.forEach((item, index) => {
    const first = seen.get(item[key]);
    if (first !== undefined) fail(`${path}[${index}].${key}`, `duplicate of ${path}[${first}].${key}`);
    seen.set(item[key], index);
  });
  return items;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/;

function isValidDay(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return year >= 1 && days !== undefined && day >= 1 && day <= days;
}

/** An ISO 8601 calendar date, `2025-03-14`, that exists. */
function calendarDate(value: unknown, path: string): string {
  const match = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
  if (!match || !isValidDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
    fail(path, 'expected a calendar date (YYYY-MM-DD)');
  }
  return match[0];
}

/** An RFC 3339 date-time; one with an offset other than `Z` comes back in UTC, as the model promises. */
function instant(value: unknown, path: string): string {
  const m = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  const valid =
    m !== null &&
    isValidDay(Number(m[1]), Number(m[2]), Number(m[3])) &&
    Number(m[4]) <= 23 &&
    Number(m[5]) <= 59 &&
    Number(m[6]) <= 59 &&
    (m[9] === undefined || (Number(m[9]) <= 23 && Number(m[10]) <= 59));
  if (!valid) fail(path, 'expected a date-time (YYYY-MM-DDThh:mm:ssZ)');
  const normalized = m[0].toUpperCase();
  return normalized.endsWith('Z') ? normalized : new Date(normalized).toISOString();
}

/** A badge's date: a calendar date, or a date-time as Open Badges data has them, taken as its UTC day. */
function badgeDate(value: unknown, path: string): string {
  if (typeof value === 'string' && DATE_TIME.test(value)) return instant(value, path).slice(0, 10);
  return calendarDate(value, path);
}

/** A copy of a JSON value, rejecting anything JSON cannot hold and nesting deeper than `depth`. */
function jsonCopy(value: unknown, path: string, depth: number): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(path, 'expected a finite number');
    return value;
  }
  if (depth === 0) fail(path, `nested deeper than ${RESPONSE_LIMITS.openBadgeDepth} levels`);
  if (Array.isArray(value)) return value.map((item, index) => jsonCopy(item, `${path}[${index}]`, depth - 1));
  if (typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null)) {
    // fromEntries defines properties, so a `__proto__` key stays data and never becomes a prototype.
    const entries = Object.entries(value).map(([key, item]) => [key, jsonCopy(item, `${path}.${key}`, depth - 1)]);
    return Object.fromEntries(entries);
  }
  return fail(path, `expected JSON data, got ${kindOf(value)}`);
}

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

function openBadgeData(value: unknown, path: string): OpenBadgeData {
  if (typeof value === 'string') {
    const max = RESPONSE_LIMITS.openBadgeJws;
    if (value.length > max) fail(path, `must be at most ${max} characters`);
    if (!COMPACT_JWS.test(value)) fail(path, 'expected a compact JWS (header.payload.signature)');
    return value;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(path, `expected an object or a compact JWS string, got ${kindOf(value)}`);
  }
  return jsonCopy(value, path, RESPONSE_LIMITS.openBadgeDepth) as Record<string, unknown>;
}

const LINKEDIN_ORGANIZATION_ID = /^[0-9]{1,20}$/;

function linkedInOrganizationId(value: unknown, path: string): string {
  if (typeof value !== 'string' || !LINKEDIN_ORGANIZATION_ID.test(value)) {
    fail(path, 'expected a numeric LinkedIn organization ID as a string');
  }
  return value;
}

function parseAddress(value: unknown, path = 'address'): Address {
  const o = object(value, path);
  const address: Address = { street: field(o, path, 'street', shortText) };
  for (const key of ['locality', 'region', 'postalCode', 'country'] as const) {
    const part = field(o, path, key, nullable(addressPart));
    if (part !== null) address[key] = part;
  }
  return address;
}

export function parseLearner(value: unknown, path = 'learner'): Learner {
  const o = object(value, path);
  return {
    id: field(o, path, 'id', identifier),
    name: field(o, path, 'name', shortText),
    email: field(o, path, 'email', email),
    address: field(o, path, 'address', nullable(parseAddress)),
  };
}

export function parseIssuer(value: unknown, path = 'issuer'): Issuer {
  const o = object(value, path);
  return {
    name: field(o, path, 'name', shortText),
    url: field(o, path, 'url', nullable(url)),
    linkedInOrganizationId: field(o, path, 'linkedInOrganizationId', nullable(linkedInOrganizationId)),
  };
}

export function parseExam(value: unknown, path = 'exam'): Exam {
  const o = object(value, path);
  return {
    code: field(o, path, 'code', code),
    title: field(o, path, 'title', shortText),
    passedOn: field(o, path, 'passedOn', nullable(calendarDate)),
  };
}

export function parseExams(value: unknown, path = 'exams'): Exam[] {
  return listOf(parseExam, RESPONSE_LIMITS.items)(value, path);
}

export function parseCertification(value: unknown, path = 'certification'): Certification {
  const o = object(value, path);
  const cert: Certification = {
    id: field(o, path, 'id', identifier),
    title: field(o, path, 'title', shortText),
    code: field(o, path, 'code', code),
    status: field(o, path, 'status', oneOf(CERTIFICATION_STATUSES)),
    earnedOn: field(o, path, 'earnedOn', nullable(calendarDate)),
    expiresOn: field(o, path, 'expiresOn', nullable(calendarDate)),
    credentialId: field(o, path, 'credentialId', nullable(identifier)),
    verificationUrl: field(o, path, 'verificationUrl', nullable(url)),
    renewalUrl: field(o, path, 'renewalUrl', nullable(url)),
    issuer: field(o, path, 'issuer', parseIssuer),
    exams: field(o, path, 'exams', listOf(parseExam, RESPONSE_LIMITS.examsPerCertification)),
  };
  const image = field(o, path, 'imageUrl', nullable(imageUrl));
  if (image !== null) cert.imageUrl = image;
  return cert;
}

export function parseCertifications(value: unknown, path = 'certifications'): Certification[] {
  return unique(listOf(parseCertification, RESPONSE_LIMITS.items)(value, path), path, 'id');
}

export function parseBadge(value: unknown, path = 'badge'): Badge {
  const o = object(value, path);
  return {
    id: field(o, path, 'id', identifier),
    name: field(o, path, 'name', shortText),
    description: field(o, path, 'description', description),
    imageUrl: field(o, path, 'imageUrl', imageUrl),
    issuedOn: field(o, path, 'issuedOn', badgeDate),
    expiresOn: field(o, path, 'expiresOn', nullable(badgeDate)),
    issuer: field(o, path, 'issuer', parseIssuer),
    criteriaUrl: field(o, path, 'criteriaUrl', nullable(url)),
    publicUrl: field(o, path, 'publicUrl', nullable(url)),
    openBadge: field(o, path, 'openBadge', nullable(openBadgeData)),
    // Optional in the contract: left out when the backend leaves it out.
    ...(Object.hasOwn(o, 'credentialId') && { credentialId: field(o, path, 'credentialId', nullable(identifier)) }),
  };
}

export function parseBadges(value: unknown, path = 'badges'): Badge[] {
  return unique(listOf(parseBadge, RESPONSE_LIMITS.items)(value, path), path, 'id');
}

export function parseTranscript(value: unknown, path = 'transcript'): Transcript {
  const o = object(value, path);
  return {
    learner: field(o, path, 'learner', parseLearner),
    certifications: field(o, path, 'certifications', parseCertifications),
    exams: field(o, path, 'exams', parseExams),
    generatedAt: field(o, path, 'generatedAt', instant),
    ...(o.share !== undefined && { share: field(o, path, 'share', sharedTranscriptDates) }),
  };
}

function sharedTranscriptDates(value: unknown, path: string): SharedTranscriptDates {
  const o = object(value, path);
  return {
    createdAt: field(o, path, 'createdAt', instant),
    expiresAt: field(o, path, 'expiresAt', nullable(instant)),
  };
}

export function parseTranscriptShare(value: unknown, path = 'share'): TranscriptShare {
  const o = object(value, path);
  return {
    transcriptId: field(o, path, 'transcriptId', identifier),
    url: field(o, path, 'url', nullable(url)),
    includeAddress: field(o, path, 'includeAddress', boolean),
    createdAt: field(o, path, 'createdAt', instant),
    expiresAt: field(o, path, 'expiresAt', nullable(instant)),
    // Optional in the contract: a backend without suspension leaves it out.
    ...(Object.hasOwn(o, 'suspendedAt') && { suspendedAt: field(o, path, 'suspendedAt', nullable(instant)) }),
  };
}

export function parseTranscriptShares(value: unknown, path = 'shares'): TranscriptShare[] {
  return unique(listOf(parseTranscriptShare, RESPONSE_LIMITS.items)(value, path), path, 'transcriptId');
}

function parseVerifiedCertification(value: unknown, path: string): VerifiedCertification {
  const o = object(value, path);
  return {
    title: field(o, path, 'title', shortText),
    code: field(o, path, 'code', code),
    issuer: field(o, path, 'issuer', parseIssuer),
    earnedOn: field(o, path, 'earnedOn', nullable(calendarDate)),
    expiresOn: field(o, path, 'expiresOn', nullable(calendarDate)),
  };
}

/** A verification as received: a verdict other than `not-found` must say whose credential it is and of what. */
export function parseCredentialVerification(value: unknown, path = 'verification'): CredentialVerification {
  const o = object(value, path);
  const verdict = field(o, path, 'verdict', oneOf(VERIFICATION_VERDICTS));
  const found = verdict !== 'not-found';
  const verification: CredentialVerification = {
    // As asked, up to 1,000 characters: a `not-found` may answer a string that is no ID.
    credentialId: field(o, path, 'credentialId', text(1000)),
    verdict,
    holderName: field(o, path, 'holderName', found ? shortText : nullable(shortText)),
    certification: field(
      o,
      path,
      'certification',
      found ? parseVerifiedCertification : nullable(parseVerifiedCertification),
    ),
    checkedAt: field(o, path, 'checkedAt', instant),
  };
  // Whose and what is no business of an answer that found nothing.
  if (!found) return { ...verification, holderName: null, certification: null };
  return verification;
}
