/**
 * The problem `type`s (RFC 9457) of `openapi.yaml` that name a refusal more precisely than its
 * status, as `AdapterError.reason`. Read by `rest-client.ts`, so it loads with the first request.
 */
import type { AdapterErrorKind, AdapterErrorReason } from '../model.js';
import { COMMON_ACCESS_CODE_PROBLEM_TYPE, SHARE_SUSPENDED_PROBLEM_TYPE } from '../rules/share-problems.js';

/** Each reason with its problem type and the kind (from the status) it comes with. */
const REASONS: ReadonlyMap<string, readonly [AdapterErrorReason, AdapterErrorKind]> = new Map([
  [SHARE_SUSPENDED_PROBLEM_TYPE, ['share-suspended', 'forbidden']],
  [COMMON_ACCESS_CODE_PROBLEM_TYPE, ['common-access-code', 'invalid-request']],
]);

/** The reason a problem `type` names, when it came with the kind it goes with; none for any other type. */
export function reasonForProblemType(type: string, kind: AdapterErrorKind): AdapterErrorReason | undefined {
  const known = REASONS.get(type);
  return known && known[1] === kind ? known[0] : undefined;
}
