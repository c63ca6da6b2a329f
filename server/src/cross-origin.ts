/**
 * Guards against cross-site requests that ride on the session cookie (CSRF), as Go's
 * `net/http.CrossOriginProtection` does: a state-changing request is refused when the browser says it
 * comes from another origin (`Sec-Fetch-Site`), or, from older browsers, when its `Origin` is not
 * this server's origin (`PUBLIC_BASE_URL`, else the scheme and `Host` the request came with). Requests with neither header do not come from a browser page, so carry no
 * ambient cookie of a victim. Origins in `trusted` (a widget page on another origin) are let through
 * and get CORS headers.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isCrossSiteRequest(
  request: FastifyRequest,
  trusted: ReadonlySet<string>,
  publicBaseUrl: string | null = null,
): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const origin = request.headers.origin;
  if (origin !== undefined && trusted.has(origin)) return false;
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  if (origin === undefined) return false;
  // Scheme, host and port: a page at https://host is not http://host, nor the other way round.
  const own = publicBaseUrl ? new URL(publicBaseUrl).origin : `${request.protocol}://${request.headers.host ?? ''}`;
  try {
    return new URL(origin).origin !== new URL(own).origin;
  } catch {
    return true;
  }
}

/** CORS response headers for a trusted origin; nothing for any other. */
export function addCorsHeaders(request: FastifyRequest, reply: FastifyReply, trusted: ReadonlySet<string>): boolean {
  const origin = request.headers.origin;
  reply.header('vary', 'Origin');
  if (origin === undefined || !trusted.has(origin)) return false;
  reply.header('access-control-allow-origin', origin);
  reply.header('access-control-allow-credentials', 'true');
  reply.header('access-control-expose-headers', 'Retry-After');
  return true;
}

/** Answers a CORS preflight: trusted origins may send GET, POST and DELETE with the headers they ask for. */
export function answerPreflight(
  request: FastifyRequest,
  reply: FastifyReply,
  trusted: ReadonlySet<string>,
): FastifyReply {
  if (addCorsHeaders(request, reply, trusted)) {
    reply.header('access-control-allow-methods', 'GET, POST, DELETE');
    const asked = request.headers['access-control-request-headers'];
    if (typeof asked === 'string' && /^[A-Za-z0-9\-, ]{1,500}$/.test(asked))
      reply.header('access-control-allow-headers', asked);
    reply.header('access-control-max-age', '600');
  }
  return reply.code(204).send();
}
