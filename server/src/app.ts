/**
 * The reference backend as a Fastify application: the REST contract of `openapi.yaml` under
 * `config.apiBase`, the demo pages and the built library. `buildApp` assembles it;
 * `startServer` also listens.
 */
import fastifyCookie from '@fastify/cookie';
import type { ErrorObject } from 'ajv';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { demoData } from '../../src/demo/demo-data.js';
import type { Badge } from '../../src/model.js';
import { SCRYPT_ACCESS_CODES } from './access-codes.js';
import { listeningUrl, registerApi } from './api.js';
import { withRandomCredentialIds } from './credentials.js';
import { verificationPageUrl } from '../../src/rules/verification.js';
import type { ServerConfig } from './config.js';
import { contract } from './contract.js';
import { addCorsHeaders, answerPreflight, isCrossSiteRequest } from './cross-origin.js';
import { openDatabase, type Sql } from './database.js';
import { QueuedHashing } from './hashing-queue.js';
import { OutboxFolderTransport, SmtpTransport, type MailTransport } from './mail.js';
import { registerPages } from './pages.js';
import { badRequest, Problem, NO_MATCHING_SHARE, NO_MATCHING_SHARE_JSON } from './problems.js';
import { API_CSP, COMMON_HEADERS, PAGE_CSP } from './security-headers.js';
import { Sessions, type Authenticate } from './sessions.js';
import { TranscriptShares } from './shares.js';
import { requestProblem } from './requests.js';
import { Store } from './store.js';

/** Who is signed in (see `Authenticate` in sessions.ts); the default reads the session cookie. */
export type { Authenticate };

export interface AppOptions {
  config: ServerConfig;
  /** The clock: share expiry, rate limits, sessions. */
  now?: () => Date;
  /** Where log lines (JSON, one per line) go; standard output by default. */
  logStream?: { write(line: string): void };
  mailTransport?: MailTransport;
  authenticate?: Authenticate;
  /** Seed the demo learner when the database has none; true by default. */
  seedDemoLearner?: boolean;
}

export interface App {
  fastify: FastifyInstance;
  config: ServerConfig;
  /** The database (SQLite or PostgreSQL), for what the store has no method for: tests, maintenance. */
  sql: Sql;
  store: Store;
  shares: TranscriptShares;
  sessions: Sessions;
  mail: MailTransport;
  close(): Promise<void>;
}

export interface RunningApp extends App {
  /** The server's own URL, e.g. `http://127.0.0.1:8080/`. */
  url: string;
  port: number;
}

export const DEMO_LEARNER_ID = demoData().learner.id;

/** The demo badges' pictures are files in the library's src/assets/; the server hands them out at /demo-badges/. */
function servedDemoImage(badge: Badge): Badge {
  const file = /\/assets\/([\w-]+\.(?:svg|png))$/.exec(badge.imageUrl)?.[1];
  return file ? { ...badge, imageUrl: `/demo-badges/${file}` } : badge;
}

export async function buildApp(options: AppOptions): Promise<App> {
  const { config } = options;
  const now = options.now ?? (() => new Date());
  const sql = await openDatabase(config.databaseUrl ?? config.databaseFile, { poolSize: config.databasePoolSize });
  const store = new Store(sql);
  if (options.seedDemoLearner !== false && !(await store.hasLearner(DEMO_LEARNER_ID))) {
    const demo = demoData(now());
    const certifications = withRandomCredentialIds(demo.certifications);
    await store.putLearner(demo.learner, certifications, demo.badges.map(servedDemoImage), now());
  }
  const shares = new TranscriptShares(
    store,
    {
      lifetimeDays: config.shareLifetimeDays,
      maxFailedPerTranscript: config.shareMaxFailedAttempts,
      maxFailedPerClient: config.clientMaxFailedAttempts,
      suspendAfterFailures: config.shareSuspendAfterFailures,
      windowMs: config.shareAttemptWindowMs,
      maxActive: config.maxActiveShares,
      scryptLog2N: config.scryptLog2N,
    },
    now,
    new QueuedHashing(SCRYPT_ACCESS_CODES, {
      concurrency: config.scryptConcurrency,
      maxWaiting: config.scryptQueueLength,
    }),
  );
  void shares.prepare();
  // Served at an https:// public URL, the cookie is Secure whatever a request says about itself.
  const cookieSecure =
    config.cookieSecure === 'auto' && config.publicBaseUrl?.startsWith('https:') ? true : config.cookieSecure;
  const sessions = new Sessions(store, { hours: config.sessionHours, cookieSecure }, now);
  const mail: MailTransport =
    options.mailTransport ??
    (config.smtpUrl ? new SmtpTransport(config.smtpUrl) : new OutboxFolderTransport(config.outboxDir));
  const authenticate = options.authenticate ?? ((request: FastifyRequest) => sessions.learnerFor(request));
  const trusted = new Set(config.trustedOrigins);

  const fastify = Fastify({
    logger: {
      level: config.logLevel,
      ...(options.logStream && { stream: options.logStream }),
      // Method and path only: a query may carry a transcript ID (shared.html?transcript=…).
      serializers: {
        req: (request: { method: string; url: string; ip?: string }) => ({
          method: request.method,
          url: request.url.split('?')[0],
          remoteAddress: request.ip,
        }),
      },
    },
    bodyLimit: config.bodyLimit,
    // A hop count trusts that many proxies nearest the server (hop 0 is the connection's peer).
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(config.trustProxy)
        : config.trustProxy,
    // An Identifier is up to 256 characters, percent-encoded up to 12 bytes each: longer is refused by validation, not lost as a 404.
    routerOptions: { maxParamLength: 3072 },
    // A URL that does not decode is answered before any hook runs. The hook's type returns nothing,
    // so the reply (a thenable) is not handed back for a caller to mistake for a promise to await.
    frameworkErrors: (error, request, reply) => {
      reply.headers(COMMON_HEADERS);
      reply.header('content-security-policy', API_CSP);
      sendProblem(request, reply, error, config.bodyLimit);
    },
    // What Node's HTTP parser refuses (headers too large, a malformed request line) never reaches
    // Fastify's routes: answered here, in the same shape as every other error.
    clientErrorHandler: answerClientError,
  });

  // Every certification's verification link leads to this server's verify.html: on the public URL
  // configured, else the address it listens on; never on a request's Host.
  store.verificationUrl = (credentialId) => {
    const origin = config.publicBaseUrl ?? listeningUrl(fastify.server.address());
    return config.webRoot && origin ? verificationPageUrl(new URL('verify.html', origin).href, credentialId) : null;
  };

  fastify.setValidatorCompiler(({ schema }) => contract().compile(schema));

  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    if (body === '') return done(badRequest('The request body is empty; send a JSON object.'), undefined);
    try {
      done(null, JSON.parse(body as string));
    } catch {
      // Not the SyntaxError's message: V8 quotes the body in it, and the body may hold an access code.
      done(badRequest('The request body is not valid JSON.'), undefined);
    }
  });
  fastify.addContentTypeParser('*', (_request, _payload, done) =>
    done(badRequest('Send the request body as application/json.'), undefined),
  );

  await fastify.register(fastifyCookie);

  fastify.addHook('onRequest', async (request, reply) => {
    reply.headers(COMMON_HEADERS);
    const path = request.url.split('?')[0];
    const isApi = path === config.apiBase || path.startsWith(`${config.apiBase}/`);
    if (!isApi) {
      reply.header('content-security-policy', PAGE_CSP);
      return;
    }
    reply.header('content-security-policy', API_CSP);
    reply.header('cache-control', 'no-store');
    addCorsHeaders(request, reply, trusted);
    if (isCrossSiteRequest(request, trusted, config.publicBaseUrl))
      throw new Problem(403, 'Cross-site requests may not change anything here.');
  });

  fastify.setErrorHandler((error, request, reply) => sendProblem(request, reply, error, config.bodyLimit));

  fastify.setNotFoundHandler((request) => {
    throw new Problem(404, `Nothing here: ${request.method} ${request.url.split('?')[0].slice(0, 200)}`);
  });

  fastify.options(`${config.apiBase}/*`, (request, reply) => answerPreflight(request, reply, trusted));

  await fastify.register(
    (api, _opts, done) => {
      registerApi(api, { config, store, shares, sessions, mail, authenticate, now, demoLearnerId: DEMO_LEARNER_ID });
      done();
    },
    { prefix: config.apiBase },
  );
  if (config.webRoot) await registerPages(fastify, config.webRoot);

  return {
    fastify,
    config,
    sql,
    store,
    shares,
    sessions,
    mail,
    async close() {
      await fastify.close();
      mail.close?.();
      await sql.close();
    },
  };
}

/** Builds the app and listens on `config.host`:`config.port`. */
export async function startServer(options: AppOptions): Promise<RunningApp> {
  const app = await buildApp(options);
  try {
    await app.fastify.listen({ host: options.config.host, port: options.config.port });
  } catch (error) {
    await app.close();
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      throw new Error(
        `Port ${options.config.port} on ${options.config.host} is in use; set PORT to another one (0 picks a free port).`,
        { cause: error },
      );
    }
    throw error;
  }
  const address = app.fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : options.config.port;
  const host = options.config.host.includes(':') ? `[${options.config.host}]` : options.config.host;
  return { ...app, url: `http://${host}:${port}/`, port };
}

/** Answers with `error` as problem details, logged without anything from the request body. */
function sendProblem(request: FastifyRequest, reply: FastifyReply, error: unknown, bodyLimit: number): FastifyReply {
  const problem = asProblem(error, bodyLimit);
  if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ status: problem.status, field: problem.field }, problem.message);
  if (problem.retryAfter !== undefined) reply.header('retry-after', String(problem.retryAfter));
  // An error is about this request only: no cache keeps it, for a page as for the API.
  reply.header('cache-control', 'no-store');
  reply.code(problem.status).type('application/problem+json');
  return reply.send(problem === NO_MATCHING_SHARE ? NO_MATCHING_SHARE_JSON : JSON.stringify(problem.body));
}

/** Any error as the problem to answer with: our own as they are, Fastify's 4xx reworded, the rest a 500. */
function asProblem(error: unknown, bodyLimit: number): Problem {
  if (error instanceof Problem) return error;
  const { code, statusCode, validation } = error as { code?: string; statusCode?: number; validation?: ErrorObject[] };
  if (validation) return requestProblem(validation);
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new Problem(413, `The request body is larger than the limit of ${bodyLimit} bytes.`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return badRequest('Send the request body as application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return badRequest('The request body is empty; send a JSON object.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return badRequest('The request body does not match its Content-Length.');
    case 'FST_ERR_BAD_URL':
      return badRequest('The URL is malformed.');
  }
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) return badRequest('The request is malformed.');
  return new Problem(500, 'The server failed; the error is logged.');
}

/** Node's `clientError`: a request its HTTP parser refused, answered as problem details on the raw socket. */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'The request headers are larger than the server accepts.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'The request took too long to arrive.']
        : [400, 'The request is malformed.'];
  const body = JSON.stringify(new Problem(status, detail).body);
  const headers: Record<string, string> = {
    ...COMMON_HEADERS,
    'content-security-policy': API_CSP,
    'cache-control': 'no-store',
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n\r\n${body}`);
}
