import type {
  CertAdapter,
  CreateTranscriptShareRequest,
  EmailTranscriptRequest,
  RequestOptions,
  ViewSharedTranscriptRequest,
} from './adapter.js';
import {
  AdapterError,
  isAdapterError,
  kindForStatus,
  type AdapterErrorKind,
  type AdapterErrorOptions,
} from './errors.js';
import { checkAccessCode } from './access-code-check.js';
import { reasonForProblemType } from './problem-types.js';
import { IDENTIFIER_MAX_LENGTH } from '../rules/limits.js';
import { parseRetryAfter } from './retry-after.js';
import type { Badge, Certification, CredentialVerification, Learner, Transcript, TranscriptShare } from '../model.js';
import { isCredentialId } from '../rules/verification.js';

const ACCEPT_JSON = 'application/json, application/problem+json';
const ACCEPT_PDF = 'application/pdf, application/problem+json';
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** Server text quoted in an error message is cut to this many characters. */
const QUOTE_LIMIT = 300;

type Method = 'GET' | 'POST' | 'DELETE';

interface Call<T> {
  method: Method;
  /** Relative to the base URL, already encoded. */
  path: string;
  body?: object;
  accept?: string;
  /** Turns a 2xx response into the result; throws an `AdapterError` when it cannot. */
  read: (response: Response) => Promise<T>;
  /** For calls where a 404 is an answer, not a failure. */
  notFound?: () => T;
  /** A value no error message may contain (an access code). */
  secret?: string;
}

/** What `RestAdapter` checked and resolved from its options. */
export interface RestClientSettings {
  /** The resolved base URL, ending in `/`. */
  baseUrl: string;
  fetch: typeof fetch | undefined;
  headers: HeadersInit | (() => HeadersInit | Promise<HeadersInit>) | undefined;
  credentials: RequestCredentials;
  /** 0 for none. */
  timeoutMs: number;
}

/**
 * The requests of `RestAdapter` (`rest-adapter.ts`), which loads this module on its first call.
 * Every response is untrusted: its status, content type and shape are checked, and every failure
 * becomes an `AdapterError` with a `kind`.
 */
export class RestClient implements CertAdapter {
  private readonly send: (url: URL, init: RequestInit) => Promise<Response>;

  constructor(private readonly settings: RestClientSettings) {
    const custom = settings.fetch;
    // Called as plain functions: the browser's fetch throws "Illegal invocation" with another `this`.
    this.send = custom ? (url, init) => custom(url, init) : (url, init) => globalThis.fetch(url, init);
  }

  getLearner(o?: RequestOptions): Promise<Learner> {
    return this.request({ method: 'GET', path: 'learner', read: readJson('parseLearner') }, o);
  }

  listCertifications(o?: RequestOptions): Promise<Certification[]> {
    return this.request({ method: 'GET', path: 'certifications', read: readJson('parseCertifications') }, o);
  }

  listBadges(o?: RequestOptions): Promise<Badge[]> {
    return this.request({ method: 'GET', path: 'badges', read: readJson('parseBadges') }, o);
  }

  getTranscript(o?: RequestOptions): Promise<Transcript> {
    return this.request({ method: 'GET', path: 'transcript', read: readJson('parseTranscript') }, o);
  }

  emailTranscript(r: EmailTranscriptRequest, o?: RequestOptions): Promise<void> {
    const body = { to: r.to, includeAddress: r.includeAddress, ...(r.lang === undefined ? {} : { lang: r.lang }) };
    return this.request({ method: 'POST', path: 'transcript/email', body, read: readNothing }, o);
  }

  listTranscriptShares(o?: RequestOptions): Promise<TranscriptShare[]> {
    return this.request({ method: 'GET', path: 'transcript/shares', read: readJson('parseTranscriptShares') }, o);
  }

  async createTranscriptShare(r: CreateTranscriptShareRequest, o?: RequestOptions): Promise<TranscriptShare> {
    checkAccessCode(r.accessCode);
    return this.request(
      {
        method: 'POST',
        path: 'transcript/shares',
        body: { accessCode: r.accessCode, includeAddress: r.includeAddress },
        read: readJson('parseTranscriptShare'),
        secret: r.accessCode,
      },
      o,
    );
  }

  async revokeTranscriptShare(transcriptId: string, o?: RequestOptions): Promise<void> {
    const path = `transcript/shares/${pathSegment(transcriptId, 'transcriptId')}`;
    return this.request({ method: 'DELETE', path, read: readNothing }, o);
  }

  async resumeTranscriptShare(transcriptId: string, o?: RequestOptions): Promise<void> {
    const path = `transcript/shares/${pathSegment(transcriptId, 'transcriptId')}/resume`;
    return this.request({ method: 'POST', path, read: readNothing }, o);
  }

  async viewSharedTranscript(r: ViewSharedTranscriptRequest, o?: RequestOptions): Promise<Transcript> {
    pathSegment(r.transcriptId, 'transcriptId');
    checkAccessCode(r.accessCode);
    return this.request(
      {
        method: 'POST',
        path: 'shared-transcripts/view',
        // The access code travels only in a POST body: never in a URL, a log line or a Referer.
        body: { transcriptId: r.transcriptId, accessCode: r.accessCode },
        read: readJson('parseTranscript'),
        secret: r.accessCode,
      },
      o,
    );
  }

  async getCertificatePdf(certificationId: string, o?: RequestOptions): Promise<Blob | null> {
    return this.request<Blob | null>(
      {
        method: 'GET',
        path: `certifications/${pathSegment(certificationId, 'certificationId')}/pdf`,
        accept: ACCEPT_PDF,
        read: readPdf,
        notFound: () => null,
      },
      o,
    );
  }

  async verifyCredential(credentialId: string, o?: RequestOptions): Promise<CredentialVerification> {
    // What cannot be a credential ID is not asked about: it is not found, as the server would answer.
    // (Written out, not verificationOf(): that would bring the expiry rules into this chunk, and a
    // bundler then splits them out of the page's first load into chunks of their own, +270 B gz.)
    if (!isCredentialId(credentialId))
      return {
        credentialId,
        verdict: 'not-found',
        holderName: null,
        certification: null,
        checkedAt: new Date().toISOString(),
      };
    return this.request(
      {
        method: 'GET',
        path: `verifications/${encodeURIComponent(credentialId)}`,
        read: readJson('parseCredentialVerification'),
      },
      o,
    );
  }

  private async request<T>(call: Call<T>, options: RequestOptions = {}): Promise<T> {
    const url = new URL(call.path, this.settings.baseUrl);
    const label = `${call.method} ${url.pathname}`;
    const { signal } = options;
    if (signal?.aborted) {
      throw new AdapterError('aborted', `${label}: aborted before it started`, { cause: signal.reason });
    }

    // One controller stops the headers callback, the fetch and the body read alike.
    const controller = new AbortController();
    let stoppedBy: 'timeout' | 'aborted' | undefined;
    const stop = (reason: 'timeout' | 'aborted') => {
      stoppedBy ??= reason;
      controller.abort(new DOMException(`The request was stopped (${reason}).`, 'AbortError'));
    };
    const onAbort = () => stop('aborted');
    signal?.addEventListener('abort', onAbort, { once: true });
    const { timeoutMs } = this.settings;
    const timer = timeoutMs > 0 ? setTimeout(() => stop('timeout'), timeoutMs) : undefined;
    const stopped = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason as DOMException), {
        once: true,
      });
    });
    stopped.catch(() => {});

    let response: Response | undefined;
    try {
      const headers = await Promise.race([this.headersFor(call), stopped]);
      response = await this.send(url, {
        method: call.method,
        headers,
        body: call.body === undefined ? null : JSON.stringify(call.body),
        credentials: this.settings.credentials,
        signal: controller.signal,
      });
      if (response.ok) return await call.read(response);
      if (response.status === 404 && call.notFound) return call.notFound();
      throw await errorFromResponse(response);
    } catch (error) {
      throw describeFailure(error, { label, stoppedBy, timeoutMs, status: response?.status, secret: call.secret });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private async headersFor(call: Call<unknown>): Promise<Headers> {
    const { headers: given } = this.settings;
    const custom = typeof given === 'function' ? await given() : given;
    const headers = new Headers(custom);
    // Set after the custom headers: reading the response relies on them.
    headers.set('Accept', call.accept ?? ACCEPT_JSON);
    if (call.body !== undefined) headers.set('Content-Type', 'application/json');
    return headers;
  }
}

/** An ID as one path segment; `.` and `..` would climb out of it, whatever their encoding. */
function pathSegment(value: string, field: string): string {
  const max = IDENTIFIER_MAX_LENGTH;
  if (typeof value !== 'string' || value === '' || value === '.' || value === '..' || value.length > max) {
    throw new AdapterError('invalid-request', `${field}: expected an ID of 1 to ${max} characters`, { field });
  }
  return encodeURIComponent(value);
}

function invalidResponse(message: string): AdapterError {
  return new AdapterError('invalid-response', message);
}

function mediaType(response: Response): string {
  return (response.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
}

function isJsonType(type: string): boolean {
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

function describeType(type: string): string {
  return type ? quote(type) : 'no Content-Type';
}

function quote(text: string): string {
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
}

type Validators = typeof import('./validate.js');
type Parser = {
  [K in keyof Validators]: Validators[K] extends (value: unknown) => unknown ? K : never;
}[keyof Validators];

/** JSON read and checked by the named parser of `validate.ts`, which loads with the first response. */
function readJson<K extends Parser>(parser: K): (response: Response) => Promise<ReturnType<Validators[K]>> {
  return async (response) => {
    const type = mediaType(response);
    if (!isJsonType(type)) throw invalidResponse(`expected JSON, got ${describeType(type)}`);
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw invalidResponse('the body is not valid JSON');
    }
    const validators = await import('./validate.js');
    return validators[parser](body) as ReturnType<Validators[K]>;
  };
}

async function readNothing(): Promise<void> {}

async function readPdf(response: Response): Promise<Blob> {
  const type = mediaType(response);
  if (type !== 'application/pdf') throw invalidResponse(`expected application/pdf, got ${describeType(type)}`);
  const blob = await response.blob();
  const head = new Uint8Array(await blob.slice(0, PDF_MAGIC.length).arrayBuffer());
  if (!PDF_MAGIC.every((byte, i) => head[i] === byte)) throw invalidResponse('the body is not a PDF (no %PDF- header)');
  return blob.slice(0, blob.size, 'application/pdf');
}

interface Problem {
  type?: string;
  title?: string;
  detail?: string;
  field?: string;
}

/** The RFC 9457 problem details of an error response, as far as they can be read. */
async function readProblem(response: Response): Promise<Problem> {
  if (!isJsonType(mediaType(response))) return {};
  try {
    const body: unknown = JSON.parse(await response.text());
    if (typeof body !== 'object' || body === null) return {};
    const { type, title, detail, field } = body as Record<string, unknown>;
    return {
      ...(typeof type === 'string' && type && { type }),
      ...(typeof title === 'string' && title && { title: quote(title) }),
      ...(typeof detail === 'string' && detail && { detail: quote(detail) }),
      ...(typeof field === 'string' && field && { field: quote(field) }),
    };
  } catch {
    return {};
  }
}

async function errorFromResponse(response: Response): Promise<AdapterError> {
  const { status } = response;
  const kind = kindForStatus(status);
  const problem = await readProblem(response);
  const explanation = problem.detail ?? problem.title ?? response.statusText;
  const retryAfter =
    status === 429 || status === 503 ? parseRetryAfter(response.headers.get('Retry-After')) : undefined;
  const reason = problem.type === undefined ? undefined : reasonForProblemType(problem.type, kind);
  return new AdapterError(kind, explanation ? `HTTP ${status}: ${explanation}` : `HTTP ${status}`, {
    status,
    ...(retryAfter !== undefined && { retryAfter }),
    ...(kind === 'invalid-request' && problem.field !== undefined && { field: problem.field }),
    ...(reason !== undefined && { reason }),
  });
}

interface FailureContext {
  label: string;
  stoppedBy: 'timeout' | 'aborted' | undefined;
  timeoutMs: number;
  status: number | undefined;
  secret: string | undefined;
}

/** Any failure inside `request()` as the one `AdapterError` the caller sees, named by method and path. */
function describeFailure(error: unknown, context: FailureContext): AdapterError {
  const { label, stoppedBy, secret } = context;
  let kind: AdapterErrorKind;
  let reason: string;
  let details: AdapterErrorOptions = { cause: error };
  if (stoppedBy === 'timeout') {
    kind = 'timeout';
    reason = `no complete response within ${context.timeoutMs} ms`;
  } else if (stoppedBy === 'aborted') {
    kind = 'aborted';
    reason = 'aborted';
  } else if (isAdapterError(error)) {
    kind = error.kind;
    reason = error.message;
    details = {
      status: error.status ?? context.status,
      retryAfter: error.retryAfter,
      field: error.field,
      reason: error.reason,
      // Not the error itself: its message may hold what the redaction below removes.
      cause: error.cause,
    };
  } else {
    kind = 'network';
    reason = error instanceof Error && error.message ? error.message : 'the request failed';
  }
  let message = `${label}: ${reason}`;
  if (secret) message = message.split(secret).join('[redacted]');
  return new AdapterError(kind, message, details);
}
