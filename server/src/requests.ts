/**
 * Validation of request bodies and path parameters, by hand from the request schemas in
 * `openapi.yaml` (`EmailTranscriptRequest`, `CreateTranscriptShareRequest`,
 * `ViewSharedTranscriptRequest`, `Identifier`). A body that is not the right shape (not an object,
 * a missing or unknown property, a wrong type) is 400; a value that breaks a rule (too short, not an
 * e-mail address) is 422. Either names the property in `field`.
 */
import { accessCodeProblemText, codePointLength } from '../../src/rules/access-code.js';
import { isEmailAddress } from '../../src/rules/email-address.js';
import { IDENTIFIER_MAX_LENGTH } from '../../src/rules/limits.js';
import { badRequest, unprocessable } from './problems.js';

type Body = Record<string, unknown>;

/** The body as an object with exactly the `allowed` properties, or a 400. */
function object(body: unknown, allowed: readonly string[]): Body {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The request body must be a JSON object.');
  }
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) {
      const shown = key.length > 64 ? `${key.slice(0, 64)}…` : key;
      throw badRequest(`Unknown property ${JSON.stringify(shown)}; expected only ${allowed.join(', ')}.`, shown);
    }
  }
  for (const key of allowed) {
    if (!Object.hasOwn(body, key)) throw badRequest(`${key} is required.`, key);
  }
  return body as Body;
}

function string(body: Body, key: string): string {
  const value = body[key];
  if (typeof value !== 'string') throw badRequest(`${key} must be a string, not ${kindOf(value)}.`, key);
  return value;
}

function boolean(body: Body, key: string): boolean {
  const value = body[key];
  if (typeof value !== 'boolean') throw badRequest(`${key} must be true or false, not ${kindOf(value)}.`, key);
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export interface EmailTranscriptRequest {
  to: string;
  includeAddress: boolean;
}
export interface CreateTranscriptShareRequest {
  accessCode: string;
  includeAddress: boolean;
}
export interface ViewSharedTranscriptRequest {
  transcriptId: string;
  accessCode: string;
}

/** The access code length rule of `src/rules/access-code.ts` (code points), as a 422. */
function accessCode(body: Body): string {
  const code = string(body, 'accessCode');
  const problem = accessCodeProblemText(code);
  if (problem) throw unprocessable(problem, 'accessCode');
  return code;
}

/** An `Identifier`: 1 to 256 characters, not `.` or `..`. */
export function identifier(value: unknown, field: string): string {
  if (typeof value !== 'string') throw badRequest(`${field} must be a string, not ${kindOf(value)}.`, field);
  const max = IDENTIFIER_MAX_LENGTH;
  if (value === '' || value === '.' || value === '..' || codePointLength(value) > max) {
    throw unprocessable(`${field} must be an ID of 1 to ${max} characters.`, field);
  }
  return value;
}

export function parseEmailTranscriptRequest(body: unknown): EmailTranscriptRequest {
  const o = object(body, ['to', 'includeAddress']);
  const to = string(o, 'to').trim();
  const includeAddress = boolean(o, 'includeAddress');
  // The widgets' own rule, so the server refuses exactly what the e-mail dialog would.
  if (!isEmailAddress(to)) {
    throw unprocessable('The e-mail address is not valid.', 'to');
  }
  return { to, includeAddress };
}

export function parseCreateTranscriptShareRequest(body: unknown): CreateTranscriptShareRequest {
  const o = object(body, ['accessCode', 'includeAddress']);
  const includeAddress = boolean(o, 'includeAddress');
  return { accessCode: accessCode(o), includeAddress };
}

export function parseViewSharedTranscriptRequest(body: unknown): ViewSharedTranscriptRequest {
  const o = object(body, ['transcriptId', 'accessCode']);
  string(o, 'transcriptId');
  string(o, 'accessCode');
  return { transcriptId: identifier(o.transcriptId, 'transcriptId'), accessCode: accessCode(o) };
}
