/** The `AdapterError` an access code outside the limits of `rules/access-code.ts` gets, before any request. */
import { accessCodeProblemText } from '../rules/access-code.js';
import { AdapterError } from './errors.js';

/**
 * Refuses an access code outside `ACCESS_CODE_MIN_LENGTH`..`ACCESS_CODE_MAX_LENGTH` characters with
 * an `invalid-request` `AdapterError` on field `accessCode`.
 */
export function checkAccessCode(code: string): void {
  const problem = accessCodeProblemText(code);
  if (problem) throw new AdapterError('invalid-request', problem, { field: 'accessCode' });
}
