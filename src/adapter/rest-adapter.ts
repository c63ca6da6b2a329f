import type {
  CertAdapter,
  CreateTranscriptShareRequest,
  EmailTranscriptRequest,
  RequestOptions,
  ViewSharedTranscriptRequest,
} from './adapter.js';
import { AdapterError } from './errors.js';
import { pageBaseUrl } from '../rules/page-base.js';
import type { Badge, Certification, CredentialVerification, Learner, Transcript, TranscriptShare } from '../model.js';
import type { RestClient, RestClientSettings } from './rest-client.js';

export { parseRetryAfter } from './retry-after.js';

export interface RestAdapterOptions {
  /**
   * The API's base URL, e.g. `/api` or `https://learn.example.com/api`, resolved against the page's
   * base URI. Only its path counts: a query or fragment is dropped.
   */
  baseUrl: string;
  /** The `fetch` to use; the global one by default. */
  fetch?: typeof fetch;
  /** Extra request headers (a CSRF token, `Authorization`), or a function that gives them for each call. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Whether cookies go with each request; `same-origin` by default. */
  credentials?: RequestCredentials;
  /** Milliseconds a call may take, body included, before it fails with `timeout`; 15000 by default, 0 for none. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;
/** setTimeout fires at once for anything longer. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * The adapter for a backend that implements `openapi.yaml`. Every response is untrusted: its status,
 * content type and shape are checked, and every failure becomes an `AdapterError` with a `kind`.
 *
 * The options are checked here, at once; the request code (`rest-client.ts`) loads on the first
 * call, so a page that gives its elements another adapter never loads it.
 */
export class RestAdapter implements CertAdapter {
  /** The resolved base URL, ending in `/`. */
  readonly baseUrl: string;
  private readonly settings: RestClientSettings;
  private client: Promise<RestClient> | undefined;

  constructor(options: RestAdapterOptions) {
    this.baseUrl = resolveBaseUrl(options.baseUrl);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!(timeoutMs >= 0)) throw new RangeError(`RestAdapter: timeoutMs must be 0 or more, got ${timeoutMs}.`);
    this.settings = {
      baseUrl: this.baseUrl,
      fetch: options.fetch,
      headers: options.headers,
      credentials: options.credentials ?? 'same-origin',
      timeoutMs: Math.min(timeoutMs, MAX_TIMEOUT_MS),
    };
  }

  getLearner(o?: RequestOptions): Promise<Learner> {
    return this.call((client) => client.getLearner(o));
  }

  listCertifications(o?: RequestOptions): Promise<Certification[]> {
    return this.call((client) => client.listCertifications(o));
  }

  listBadges(o?: RequestOptions): Promise<Badge[]> {
    return this.call((client) => client.listBadges(o));
  }

  getTranscript(o?: RequestOptions): Promise<Transcript> {
    return this.call((client) => client.getTranscript(o));
  }

  emailTranscript(r: EmailTranscriptRequest, o?: RequestOptions): Promise<void> {
    return this.call((client) => client.emailTranscript(r, o));
  }

  listTranscriptShares(o?: RequestOptions): Promise<TranscriptShare[]> {
    return this.call((client) => client.listTranscriptShares(o));
  }

  createTranscriptShare(r: CreateTranscriptShareRequest, o?: RequestOptions): Promise<TranscriptShare> {
    return this.call((client) => client.createTranscriptShare(r, o));
  }

  revokeTranscriptShare(transcriptId: string, o?: RequestOptions): Promise<void> {
    return this.call((client) => client.revokeTranscriptShare(transcriptId, o));
  }

  resumeTranscriptShare(transcriptId: string, o?: RequestOptions): Promise<void> {
    return this.call((client) => client.resumeTranscriptShare(transcriptId, o));
  }

  viewSharedTranscript(r: ViewSharedTranscriptRequest, o?: RequestOptions): Promise<Transcript> {
    return this.call((client) => client.viewSharedTranscript(r, o));
  }

  getCertificatePdf(certificationId: string, o?: RequestOptions): Promise<Blob | null> {
    return this.call((client) => client.getCertificatePdf(certificationId, o));
  }

  verifyCredential(credentialId: string, o?: RequestOptions): Promise<CredentialVerification> {
    return this.call((client) => client.verifyCredential(credentialId, o));
  }

  /** Runs a call once the request code is loaded; code that did not load (offline) fails like a request that did not arrive, and loads again on the next call. */
  private async call<T>(send: (client: RestClient) => Promise<T>): Promise<T> {
    this.client ??= import('./rest-client.js').then(({ RestClient }) => new RestClient(this.settings));
    let client: RestClient;
    try {
      client = await this.client;
    } catch (error) {
      this.client = undefined;
      throw new AdapterError('network', 'RestAdapter: its request code did not load', { cause: error });
    }
    return send(client);
  }
}

function resolveBaseUrl(baseUrl: string): string {
  const pageBase = pageBaseUrl();
  let url: URL;
  try {
    url = new URL(baseUrl, pageBase);
  } catch {
    const hint = pageBase ? '' : ' (a relative one needs a page to resolve against)';
    throw new TypeError(`RestAdapter: baseUrl "${baseUrl}" is not a URL${hint}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`RestAdapter: baseUrl must be http or https, got ${url.protocol}`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}
