/**
 * Refused request bodies and path parameters as problems. Fastify validates them against the route
 * schemas taken from `openapi.yaml` (contract.ts); this turns ajv's errors into the contract's
 * answer. A body that is not the right shape (not an object, a missing or unknown property, a wrong
 * type) is 400; a value that breaks a rule (access code length, not an e-mail address, not an ID)
 * is 422, worded by the rule in `src/rules`. Either names the property in `field`.
 */
import type { ErrorObject } from 'ajv';
import { accessCodeProblemText } from '../../src/rules/access-code.js';
import { IDENTIFIER_MAX_LENGTH } from '../../src/rules/limits.js';
import { LANGUAGE_TAG_PROBLEM } from '../../src/rules/transcript-email.js';
import { badRequest, unprocessable, type Problem } from './problems.js';

/** Shape errors, the first kind found answers: an unknown property says more than the missing ones it displaced. */
const SHAPE_KEYWORDS = ['additionalProperties', 'required', 'type'] as const;

const TYPE_NAMES: Record<string, string> = { string: 'a string', boolean: 'true or false', object: 'a JSON object' };

const identifierText = (field: string) => `${field} must be an ID of 1 to ${IDENTIFIER_MAX_LENGTH} characters.`;

/** The 422 text of each property a rule guards, from that rule. */
const RULE_TEXT: Record<string, (value: unknown) => string | null> = {
  accessCode: accessCodeProblemText,
  to: () => 'The e-mail address is not valid.',
  lang: () => LANGUAGE_TAG_PROBLEM,
  transcriptId: () => identifierText('transcriptId'),
  certificationId: () => identifierText('certificationId'),
};

/** The problem to answer for a request part that fails its route schema (ajv `errors`, `verbose`). */
export function requestProblem(errors: readonly ErrorObject[]): Problem {
  for (const keyword of SHAPE_KEYWORDS) {
    const error = errors.find((e) => e.keyword === keyword);
    if (error) return shapeProblem(error);
  }
  const error = errors[0];
  const field = propertyOf(error);
  const text = RULE_TEXT[field]?.(error.data) ?? `${field} ${error.message ?? 'is not valid'}.`;
  return unprocessable(text, field);
}

function shapeProblem(error: ErrorObject): Problem {
  if (error.keyword === 'additionalProperties') {
    const key = String(error.params.additionalProperty);
    const shown = key.length > 64 ? `${key.slice(0, 64)}…` : key;
    const properties: unknown = error.parentSchema?.properties;
    const allowed = typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
    return badRequest(`Unknown property ${JSON.stringify(shown)}; expected only ${allowed.join(', ')}.`, shown);
  }
  if (error.keyword === 'required') {
    const key = String(error.params.missingProperty);
    return badRequest(`${key} is required.`, key);
  }
  const expected = TYPE_NAMES[String(error.params.type)] ?? `of type ${error.params.type}`;
  if (error.instancePath === '') return badRequest(`The request body must be ${expected}.`);
  const field = propertyOf(error);
  return badRequest(`${field} must be ${expected}, not ${kindOf(error.data)}.`, field);
}

/** The property an error is about: `/accessCode` is `accessCode`. */
function propertyOf(error: ErrorObject): string {
  return error.instancePath.split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~') ?? '';
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
