import {
  ADAPTER_ERROR_KINDS,
  ADAPTER_ERROR_REASONS,
  type AdapterErrorKind,
  type AdapterErrorReason,
} from '../model.js';

export { ADAPTER_ERROR_KINDS, ADAPTER_ERROR_REASONS, type AdapterErrorKind, type AdapterErrorReason };

/** Kinds where trying the same request again can succeed. */
const RETRYABLE: ReadonlySet<AdapterErrorKind> = new Set(['network', 'timeout', 'rate-limited', 'server']);

export interface AdapterErrorOptions {
  /** HTTP status, when the error came from a response. */
  status?: number;
  /** Seconds to wait before trying again (`rate-limited`). */
  retryAfter?: number;
  /** Which request field was refused (`invalid-request`), e.g. `accessCode`. */
  field?: string;
  /** What exactly was refused, when the backend said (`share-suspended`, `common-access-code`). */
  reason?: AdapterErrorReason;
  cause?: unknown;
}

/**
 * The one error every adapter method rejects with. `kind` decides the message the person sees and
 * whether a retry is offered; `message` is for developers and logs, in English.
 */
export class AdapterError extends Error {
  override name = 'AdapterError';
  readonly kind: AdapterErrorKind;
  readonly status?: number;
  readonly retryAfter?: number;
  readonly field?: string;
  /** What exactly was refused, when the backend said; the person gets a message of its own for it. */
  readonly reason?: AdapterErrorReason;

  constructor(kind: AdapterErrorKind, message: string, options: AdapterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
    if (options.field !== undefined) this.field = options.field;
    if (options.reason !== undefined) this.reason = options.reason;
  }

  /** Whether the same request may succeed if tried again. */
  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
}

/**
 * Whether `value` is an `AdapterError`, also one from a second copy of the library or another
 * realm (an iframe), where `instanceof` fails: an Error named `AdapterError` with a known kind.
 */
export function isAdapterError(value: unknown): value is AdapterError {
  if (value instanceof AdapterError) return true;
  // Error objects of every realm report [object Error]; `instanceof Error` knows only this realm's.
  if (Object.prototype.toString.call(value) !== '[object Error]') return false;
  const { name, kind } = value as { name?: unknown; kind?: unknown };
  return name === 'AdapterError' && (ADAPTER_ERROR_KINDS as readonly unknown[]).includes(kind);
}

/** The error for a request stopped by `signal`: `timeout` when its reason is a `TimeoutError`, else `aborted`. */
export function abortedBy(signal: AbortSignal): AdapterError {
  return stopped(signal.reason) ?? new AdapterError('aborted', 'The request was aborted.', { cause: signal.reason });
}

function stopped(reason: unknown): AdapterError | null {
  if (isAdapterError(reason)) return reason;
  if (!(reason instanceof DOMException)) return null;
  if (reason.name === 'TimeoutError') return new AdapterError('timeout', 'The request timed out.', { cause: reason });
  return reason.name === 'AbortError'
    ? new AdapterError('aborted', 'The request was aborted.', { cause: reason })
    : null;
}

/** Any thrown value as an `AdapterError`: an `AbortError` becomes `aborted`, a `TimeoutError` `timeout`, anything else `network`. */
export function toAdapterError(value: unknown): AdapterError {
  const known = stopped(value);
  if (known) return known;
  const message = value instanceof Error ? value.message : String(value);
  return new AdapterError('network', message || 'The request failed.', { cause: value });
}

/** The kind of failure an HTTP error status means. */
export function kindForStatus(status: number): AdapterErrorKind {
  switch (status) {
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not-found';
    case 429:
      return 'rate-limited';
    case 400:
    case 409:
    case 413:
    case 422:
    case 431:
      return 'invalid-request';
    default:
      return status >= 500 && status <= 599 ? 'server' : 'invalid-response';
  }
}
