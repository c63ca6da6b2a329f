/**
 * Sessions: a random token in an `HttpOnly`, `SameSite=Lax` cookie; the database keeps only the
 * token's SHA-256, so a leaked database signs nobody in. This is the part a partner replaces with
 * their own sign-in (see `Authenticate` below and server/README.md).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from './store.js';

/** Who is signed in: the learner ID a request carries, or `null`. A partner puts its own sign-in here. */
export type Authenticate = (request: FastifyRequest) => string | null | Promise<string | null>;

export const SESSION_COOKIE = 'session';

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SessionSettings {
  hours: number;
  cookieSecure: boolean | 'auto';
}

export class Sessions {
  readonly #store: Store;
  readonly #settings: SessionSettings;
  readonly #now: () => Date;

  constructor(store: Store, settings: SessionSettings, now: () => Date) {
    this.#store = store;
    this.#settings = settings;
    this.#now = now;
  }

  /** The signed-in learner's ID from the request's session cookie, or `null`. */
  async learnerFor(request: FastifyRequest): Promise<string | null> {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return null;
    return this.#store.sessionLearner(tokenHash(token), this.#now().toISOString());
  }

  /** Starts a session for `learnerId` and sets its cookie on `reply`. */
  async signIn(request: FastifyRequest, reply: FastifyReply, learnerId: string): Promise<void> {
    const now = this.#now();
    await this.#store.deleteExpiredSessions(now.toISOString());
    const token = randomBytes(32).toString('base64url');
    const expires = new Date(now.getTime() + this.#settings.hours * 3_600_000);
    await this.#store.createSession(tokenHash(token), learnerId, now.toISOString(), expires.toISOString());
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.#secure(request),
      path: '/',
      maxAge: this.#settings.hours * 3600,
    });
  }

  async signOut(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await this.#store.deleteSession(tokenHash(token));
    reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.#secure(request), path: '/' });
  }

  #secure(request: FastifyRequest): boolean {
    const { cookieSecure } = this.#settings;
    return cookieSecure === 'auto' ? request.protocol === 'https' : cookieSecure;
  }
}
