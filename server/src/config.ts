/**
 * The server's settings: defaults, and how environment variables change them (`configFromEnv`).
 * `server/README.md` documents every variable.
 */
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SHARE_ATTEMPT_WINDOW_MS,
  SHARE_LIFETIME_DAYS,
  SHARE_MAX_FAILED_ATTEMPTS,
} from '../../src/rules/transcript-share.js';
import { DEFAULT_POOL_SIZE, isPostgresUrl } from './database.js';

export interface ServerConfig {
  /** Interface to listen on. */
  host: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Folder for the database and the outbox; created when missing. */
  dataDir: string;
  /** The SQLite file; `<dataDir>/cert-elements.sqlite` unless set. Not used when `databaseUrl` is set. */
  databaseFile: string;
  /** A `postgres://` URL: the data lives in that PostgreSQL database instead of the SQLite file, shared by every instance on it. */
  databaseUrl: string | null;
  /** Connections each instance keeps open to PostgreSQL at most. */
  databasePoolSize: number;
  /** Where the file mail transport writes `.eml` files; `<dataDir>/outbox` unless set. */
  outboxDir: string;
  /** Folder holding `index.html`, `shared.html`, `dist/` and `demo/`; `null` serves the API only. */
  webRoot: string | null;
  /** Where the API is mounted, the `api-base` the widgets get. */
  apiBase: string;
  /** The page that opens shares; a share's `url` is this page with `transcript=<id>` added to its query. Default: `/shared.html` on the request's origin. */
  shareBaseUrl: string | null;
  shareLifetimeDays: number;
  /** Failed views allowed per client (address) and transcript ID, and per client, within `shareAttemptWindowMs`. */
  shareMaxFailedAttempts: number;
  clientMaxFailedAttempts: number;
  /** Failed views of one share from all clients together, within `shareAttemptWindowMs`, that suspend it until its learner resumes it. */
  shareSuspendAfterFailures: number;
  shareAttemptWindowMs: number;
  /** Active shares one learner may have at a time; one more is refused with 409. */
  maxActiveShares: number;
  /** scrypt cost for new access-code hashes: N = 2^scryptLog2N (r = 8, p = 1). */
  scryptLog2N: number;
  /** scrypt hashes computed at once; the rest wait in a queue (each takes 128 MiB at 2^17 and a thread of libuv's pool). */
  scryptConcurrency: number;
  /** Hashes that may wait for their turn; one more is answered 503 with `Retry-After`. */
  scryptQueueLength: number;
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  /** How long a session lasts after sign-in. */
  sessionHours: number;
  /** `Secure` on the session cookie: always, never, or when the request came over HTTPS (`auto`). */
  cookieSecure: boolean | 'auto';
  /** Whether `POST <apiBase>/demo/sign-in` signs anyone in as the demo learner; off unless set (`npm start` sets it). */
  demoSignIn: boolean;
  /** New demo sessions one client (address) may start per minute. */
  demoSignInsPerMinute: number;
  /** Credential verifications (`GET /verifications/{id}`) one client (address) may ask for per minute. */
  verificationsPerMinute: number;
  /** Other origins allowed to call the API with the session cookie (CORS and the cross-site check). */
  trustedOrigins: string[];
  /**
   * Which reverse proxies' `X-Forwarded-For` / `-Proto` to believe: none (`false`), the number of
   * proxies in front of the server (their hops), or the proxies' addresses and networks (CIDR).
   */
  trustProxy: false | number | string[];
  /** The server's public URL (`https://learn.example.com/`), for share URLs; never taken from a request's Host. */
  publicBaseUrl: string | null;
  /** `smtp://` or `smtps://` URL; set, e-mail goes out through it instead of the outbox folder. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Transcript e-mails one learner may send per hour. */
  emailsPerHour: number;
  logLevel: string;
}

/** The repository, from this file's place in it once compiled: server/dist/server/src/config.js. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../../../', import.meta.url)).replace(/[\\/]$/, '');

export function defaultConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  const dataDir = overrides.dataDir ?? resolve(REPOSITORY_ROOT, 'data');
  return {
    host: '127.0.0.1',
    port: 8080,
    dataDir,
    databaseFile: resolve(dataDir, 'cert-elements.sqlite'),
    databaseUrl: null,
    databasePoolSize: DEFAULT_POOL_SIZE,
    outboxDir: resolve(dataDir, 'outbox'),
    webRoot: REPOSITORY_ROOT,
    apiBase: '/api',
    shareBaseUrl: null,
    shareLifetimeDays: SHARE_LIFETIME_DAYS,
    shareMaxFailedAttempts: SHARE_MAX_FAILED_ATTEMPTS,
    clientMaxFailedAttempts: 30,
    shareSuspendAfterFailures: 50,
    shareAttemptWindowMs: SHARE_ATTEMPT_WINDOW_MS,
    maxActiveShares: 100,
    // OWASP's scrypt minimum: N = 2^17, r = 8, p = 1 (128 MiB and about 0.4 s per hash).
    scryptLog2N: 17,
    // One core of a small machine, and two of libuv's four threads left for files, DNS and the rest.
    scryptConcurrency: Math.max(1, Math.min(2, availableParallelism() - 1)),
    scryptQueueLength: 32,
    bodyLimit: 16 * 1024,
    sessionHours: 12,
    cookieSecure: 'auto',
    demoSignIn: false,
    demoSignInsPerMinute: 10,
    verificationsPerMinute: 60,
    trustedOrigins: [],
    trustProxy: false,
    publicBaseUrl: null,
    smtpUrl: null,
    mailFrom: 'cert-elements demo <no-reply@cert-elements.invalid>',
    emailsPerHour: 20,
    logLevel: 'info',
    ...overrides,
  };
}

/** Settings from environment variables; an unreadable value is an error that names the variable. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const o: Partial<ServerConfig> = {};
  const set = <K extends keyof ServerConfig>(
    key: K,
    name: string,
    read: (value: string, name: string) => ServerConfig[K],
  ) => {
    const value = env[name];
    if (value !== undefined && value !== '') o[key] = read(value, name);
  };
  set('host', 'HOST', (v) => v);
  set('port', 'PORT', integer(0, 65_535));
  set('dataDir', 'DATA_DIR', path);
  const dataDir = o.dataDir;
  if (dataDir) {
    o.databaseFile = resolve(dataDir, 'cert-elements.sqlite');
    o.outboxDir = resolve(dataDir, 'outbox');
  }
  set('databaseFile', 'DATABASE_FILE', path);
  set('databaseUrl', 'DATABASE_URL', (v, name) => {
    if (!isPostgresUrl(v)) throw new Error(`${name} must be a postgres:// URL.`);
    return v;
  });
  set('databasePoolSize', 'DATABASE_POOL_SIZE', integer(1, 1000));
  set('outboxDir', 'OUTBOX_DIR', path);
  set('webRoot', 'WEB_ROOT', (v) => (v === 'none' ? null : path(v)));
  set('apiBase', 'API_BASE', (v, name) => {
    if (!/^\/[A-Za-z0-9._~\-/]*[^/]$/.test(v))
      throw new Error(`${name} must be a path like /api, got ${JSON.stringify(v)}.`);
    return v;
  });
  set('shareBaseUrl', 'SHARE_BASE_URL', absoluteUrl);
  set('shareLifetimeDays', 'SHARE_LIFETIME_DAYS', integer(1, 3650));
  set('shareMaxFailedAttempts', 'SHARE_MAX_FAILED_ATTEMPTS', integer(1, 1000));
  set('clientMaxFailedAttempts', 'CLIENT_MAX_FAILED_ATTEMPTS', integer(1, 100_000));
  set('shareSuspendAfterFailures', 'SHARE_SUSPEND_AFTER_FAILURES', integer(1, 100_000));
  set('shareAttemptWindowMs', 'SHARE_ATTEMPT_WINDOW_MINUTES', (v, name) => integer(1, 10_080)(v, name) * 60_000);
  set('maxActiveShares', 'MAX_ACTIVE_SHARES', integer(1, 100_000));
  set('scryptLog2N', 'SCRYPT_LOG2_N', integer(10, 20));
  set('scryptConcurrency', 'SCRYPT_CONCURRENCY', integer(1, 64));
  set('scryptQueueLength', 'SCRYPT_QUEUE_LENGTH', integer(0, 100_000));
  set('bodyLimit', 'BODY_LIMIT_BYTES', integer(1024, 1_048_576));
  set('sessionHours', 'SESSION_HOURS', integer(1, 24 * 90));
  set('cookieSecure', 'COOKIE_SECURE', (v, name) => (v === 'auto' ? 'auto' : boolean(v, name)));
  set('demoSignIn', 'DEMO_SIGN_IN', boolean);
  set('demoSignInsPerMinute', 'DEMO_SIGN_INS_PER_MINUTE', integer(1, 100_000));
  set('verificationsPerMinute', 'VERIFICATIONS_PER_MINUTE', integer(1, 100_000));
  set('trustedOrigins', 'TRUSTED_ORIGINS', (v, name) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const origin = absoluteUrl(s, name);
        return new URL(origin).origin;
      }),
  );
  set('trustProxy', 'TRUST_PROXY', trustedProxies);
  set('publicBaseUrl', 'PUBLIC_BASE_URL', (v, name) => {
    const url = new URL(absoluteUrl(v, name));
    if (url.search || url.hash) throw new Error(`${name} must be a URL without query or fragment.`);
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  });
  set('smtpUrl', 'SMTP_URL', (v, name) => {
    if (!/^smtps?:\/\//.test(v)) throw new Error(`${name} must be an smtp:// or smtps:// URL.`);
    return v;
  });
  set('mailFrom', 'MAIL_FROM', (v) => v);
  set('emailsPerHour', 'EMAILS_PER_HOUR', integer(0, 10_000));
  set('logLevel', 'LOG_LEVEL', (v, name) => {
    if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(v))
      throw new Error(`${name}: unknown level ${v}.`);
    return v;
  });
  return defaultConfig(o);
}

function integer(min: number, max: number): (value: string, name: string) => number {
  return (value, name) => {
    const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new Error(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}.`);
    }
    return n;
  };
}

function boolean(value: string, name: string): boolean {
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new Error(`${name} must be true or false, got ${JSON.stringify(value)}.`);
}

/** `TRUST_PROXY`: `false`, a hop count, or addresses and networks; never `true`, which would believe anyone. */
function trustedProxies(value: string, name: string): false | number | string[] {
  const v = value.trim().toLowerCase();
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  if (/^\d+$/.test(v)) return integer(1, 20)(v, name);
  const refuse = () =>
    new Error(
      `${name} must be the number of proxies in front of the server (e.g. 1) or their addresses (e.g. 10.0.0.5, 10.1.0.0/16), got ${JSON.stringify(value)}; true would believe any X-Forwarded-For.`,
    );
  if (['1', 'true', 'yes', 'on'].includes(v)) throw refuse();
  const entries = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    if (family === 0 || rest.length > 0 || (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits)))
      throw refuse();
  }
  if (entries.length === 0) throw refuse();
  return entries;
}

function path(value: string): string {
  return isAbsolute(value) ? value : resolve(process.cwd(), value);
}

function absoluteUrl(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL, got ${JSON.stringify(value)}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name} must be an http(s) URL.`);
  return url.href;
}
