/**
 * Errors as RFC 9457 problem details, the only error body the server sends. `detail` is written
 * for developers and never repeats what a request carried in its body (an access code).
 */
import { STATUS_CODES } from 'node:http';
import { NO_MATCHING_SHARE as NO_MATCHING_SHARE_TEXT } from '../../src/rules/transcript-share.js';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  field?: string;
}

/** A refusal the server means to send as it is; anything else thrown becomes a 500. */
export class Problem extends Error {
  override name = 'Problem';
  readonly status: number;
  readonly field: string | undefined;
  /** Seconds for `Retry-After` (429, 503). */
  readonly retryAfter: number | undefined;
  /** A URI naming the problem when the status does not say it all. */
  readonly type: string;

  constructor(status: number, detail: string, options: { field?: string; retryAfter?: number; type?: string } = {}) {
    super(detail);
    this.status = status;
    this.field = options.field;
    this.retryAfter = options.retryAfter;
    this.type = options.type ?? 'about:blank';
  }

  get body(): ProblemBody {
    return {
      type: this.type,
      title: STATUS_CODES[this.status] ?? 'Error',
      status: this.status,
      detail: this.message,
      ...(this.field !== undefined && { field: this.field }),
    };
  }
}

export const badRequest = (detail: string, field?: string) =>
  new Problem(400, detail, field === undefined ? {} : { field });
export const unprocessable = (detail: string, field: string) => new Problem(422, detail, { field });

/**
 * The one answer for an unknown transcript ID, a wrong access code, a revoked and an expired share,
 * serialised once so that every such response is byte-identical.
 */
export const NO_MATCHING_SHARE = new Problem(404, NO_MATCHING_SHARE_TEXT);
export const NO_MATCHING_SHARE_JSON = JSON.stringify(NO_MATCHING_SHARE.body);
