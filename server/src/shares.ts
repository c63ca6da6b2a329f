/**
 * Transcript shares: the rules of `src/rules/transcript-share.ts`, as MemoryAdapter keeps them, on
 * SQLite or PostgreSQL; every count is in the database, so instances on one database act as one.
 * IDs come from the shared generator (a CSPRNG, 13 characters of a 32-letter alphabet: 65 bits);
 * access codes are kept as scrypt hashes; every failed view is the same answer and the same
 * hashing work. Failed views are limited per client (address) and transcript ID, and per client, so
 * a guesser at one address locks out nobody else; failures from all addresses together suspend the
 * share until its learner resumes it. An attempt is counted while it is checked, so parallel
 * guesses cannot slip past, and forgotten if its code was right.
 */
import type { Transcript } from '../../src/model.js';
import { newTranscriptId, normalizeTranscriptId } from '../../src/rules/transcript-share.js';
import { transcriptOf as contractTranscript } from '../../src/rules/transcript.js';
import { SCRYPT_ACCESS_CODES, type AccessCodeHashing } from './access-codes.js';
import { HashingBusy } from './hashing-queue.js';
import { Problem } from './problems.js';
import type { AttemptScope, ShareRow, Store } from './store.js';

const DAY_MS = 86_400_000;
/** Draws of a fresh ID before giving up; with 2^65 IDs a second draw is already unheard of. */
const MAX_ID_DRAWS = 8;
/** An attempt still unsettled after this long was cut short (its process died) and counts as a failure. */
const STALE_CHECK_MS = 60_000;
/** How long an attempt waits for earlier ones to be checked before it is answered 429. */
const MAX_WAIT_FOR_CHECKS_MS = 30_000;
/** How often a waiting attempt looks again, for attempts settled by another process. */
const SETTLE_POLL_MS = 100;
/** Attempts that may wait at once, over all clients; one more is answered 429 at once. */
const MAX_WAITING_ATTEMPTS = 100;

const pairKey = (client: string, transcriptId: string) => `${client} ${transcriptId}`;

type Admission =
  | { outcome: 'admitted'; share: ShareRow | null; counted: number[] }
  | { outcome: 'wait' }
  | { outcome: 'suspended' }
  | { outcome: 'rate-limited'; retryAfter: number };

export interface ShareRules {
  lifetimeDays: number;
  /** Failed views of one transcript ID from one client (address) allowed within the window. */
  maxFailedPerTranscript: number;
  maxFailedPerClient: number;
  /** Failed views of one share from all clients together, within the window, that suspend it. */
  suspendAfterFailures: number;
  windowMs: number;
  maxActive: number;
  scryptLog2N: number;
}

export type ViewOutcome =
  | { outcome: 'shown'; transcript: Transcript }
  | { outcome: 'no-match' }
  | { outcome: 'suspended' }
  | { outcome: 'rate-limited'; retryAfter: number };

/** The transcript of `learnerId` as the contract describes it; the address only when `includeAddress`. */
export async function transcriptOf(
  store: Store,
  learnerId: string,
  includeAddress: boolean,
  now: Date,
): Promise<Transcript | null> {
  const [learner, certifications] = await Promise.all([store.learner(learnerId), store.certifications(learnerId)]);
  return learner && contractTranscript(learner, certifications, includeAddress, now);
}

export class TranscriptShares {
  readonly #store: Store;
  readonly #rules: ShareRules;
  readonly #now: () => Date;
  readonly #codes: AccessCodeHashing;
  #unmatchable: Promise<string> | undefined;
  /** Attempts waiting for earlier ones to be checked. */
  readonly #waiters = new Set<() => void>();

  constructor(store: Store, rules: ShareRules, now: () => Date, codes: AccessCodeHashing = SCRYPT_ACCESS_CODES) {
    this.#store = store;
    this.#rules = rules;
    this.#now = now;
    this.#codes = codes;
  }

  /** Computes the hash an unknown ID is checked against now, so the first such view is not slower. */
  prepare(): Promise<unknown> {
    return this.#unmatchableHash();
  }

  list(learnerId: string): Promise<ShareRow[]> {
    return this.#store.activeShares(learnerId, this.#now().toISOString());
  }

  async create(learnerId: string, accessCode: string, includeAddress: boolean): Promise<ShareRow> {
    // A cheap look first, so a learner at the cap costs no hashing; the binding check comes after.
    await this.#refuseAtCap(this.#store, learnerId);
    const codeHash = await this.#codes.hash(accessCode, this.#rules.scryptLog2N);
    const created = this.#now();
    // Counted and inserted in one transaction: creations that hashed in parallel cannot all pass the count.
    return this.#store.atomically(`shares of ${learnerId}`, async (tx) => {
      await this.#refuseAtCap(tx, learnerId);
      for (let draw = 0; draw < MAX_ID_DRAWS; draw++) {
        const share = {
          transcriptId: newTranscriptId(),
          learnerId,
          codeHash,
          includeAddress,
          createdAt: created.toISOString(),
          expiresAt: new Date(created.getTime() + this.#rules.lifetimeDays * DAY_MS).toISOString(),
        };
        if (await tx.insertShare(share)) return { ...share, revokedAt: null, suspendedAt: null };
      }
      throw new Error('No free transcript ID found; the ID generator is broken.');
    });
  }

  async #refuseAtCap(store: Store, learnerId: string): Promise<void> {
    if ((await store.countActiveShares(learnerId, this.#now().toISOString())) >= this.#rules.maxActive) {
      throw new Problem(
        409,
        `You have ${this.#rules.maxActive} active transcript shares, the most allowed; revoke one first.`,
      );
    }
  }

  /** Revokes the learner's active share; `false` when they have none with this ID (typed in any form). */
  revoke(learnerId: string, transcriptId: string): Promise<boolean> {
    return this.#store.revokeShare(learnerId, normalizeTranscriptId(transcriptId), this.#now().toISOString());
  }

  /** Opens a share for whoever has its ID and access code; `client` identifies the caller (its address) for the limits. */
  async view(transcriptId: string, accessCode: string, client: string): Promise<ViewOutcome> {
    const id = normalizeTranscriptId(transcriptId);
    const deadline = performance.now() + MAX_WAIT_FOR_CHECKS_MS;
    for (;;) {
      const now = this.#now();
      const admitted = await this.#admit(id, client, now.getTime());
      if (admitted.outcome === 'admitted') return this.#check(id, accessCode, now, admitted.share, admitted.counted);
      if (admitted.outcome !== 'wait') return admitted;
      // Earlier attempts being checked could reach the limit: wait for their verdict instead of
      // counting this one as a failure in advance (a right code is never one).
      // Bounded too, so a flood of parallel guesses cannot pile up waiting requests.
      if (performance.now() > deadline || this.#waiters.size >= MAX_WAITING_ATTEMPTS)
        return { outcome: 'rate-limited', retryAfter: 1 };
      await this.#attemptSettled();
    }
  }

  /** Lifts a suspension; `false` when the learner has no active share with this ID. */
  resume(learnerId: string, transcriptId: string): Promise<boolean> {
    return this.#store.resumeShare(learnerId, normalizeTranscriptId(transcriptId), this.#now().toISOString());
  }

  /**
   * Whether an attempt may be checked now, decided in one transaction with counting it: refused
   * while its address has used up its failures on this ID or overall, postponed while attempts
   * being checked could use them up. Both limits are the address's, so admissions are one at a
   * time per address, over every process on the database.
   */
  async #admit(id: string, client: string, nowMs: number): Promise<Admission> {
    const { windowMs } = this.#rules;
    await this.#store.pruneAttempts(nowMs - windowMs);
    return this.#store.atomically(`share views from ${client}`, async (tx): Promise<Admission> => {
      const share = await tx.share(id);
      const live = share !== null && share.revokedAt === null && Date.parse(share.expiresAt) > nowMs;
      if (live && share.suspendedAt !== null) return { outcome: 'suspended' };
      const limits: [AttemptScope, string, number][] = [
        ['pair', pairKey(client, id), this.#rules.maxFailedPerTranscript],
        ['client', client, this.#rules.maxFailedPerClient],
      ];
      let retryAfter = 0;
      let wait = false;
      for (const [scope, key, max] of limits) {
        const { failures, checking } = await tx.attempts(scope, key, nowMs - windowMs, nowMs - STALE_CHECK_MS);
        if (failures.length >= max) {
          // Below the limit again once enough of the oldest failures have left the window.
          const freedAt = failures[failures.length - max] + windowMs;
          retryAfter = Math.max(retryAfter, 1, Math.ceil((freedAt - nowMs) / 1000));
        } else if (failures.length + checking >= max) wait = true;
      }
      if (retryAfter > 0) return { outcome: 'rate-limited', retryAfter };
      if (wait) return { outcome: 'wait' };
      const counted = await tx.addAttempts(
        [
          ['pair', pairKey(client, id)],
          ['client', client],
          ['transcript', id],
        ],
        nowMs,
      );
      return { outcome: 'admitted', share: live ? share : null, counted };
    });
  }

  async #check(
    id: string,
    accessCode: string,
    now: Date,
    share: ShareRow | null,
    counted: number[],
  ): Promise<ViewOutcome> {
    let verdict: 'right' | 'wrong' | 'unchecked' = 'wrong';
    try {
      // An unknown, revoked or expired share costs the same hashing as a live one.
      const matches = await this.#codes.verify(accessCode, share ? share.codeHash : await this.#unmatchableHash());
      verdict = matches ? 'right' : 'wrong';
    } catch (error) {
      // Refused before any check (the hashing queue is full): nothing to count against anyone.
      if (error instanceof HashingBusy) verdict = 'unchecked';
      throw error;
    } finally {
      if (verdict === 'wrong') await this.#store.settleAttempts(counted);
      else await this.#store.forgetAttempts(counted);
      this.#notifySettled();
    }
    const matches = verdict === 'right';
    if (!share || !matches) {
      if (share) await this.#suspendIfGuessedAt(id, now);
      return { outcome: 'no-match' };
    }
    const transcript = await transcriptOf(this.#store, share.learnerId, share.includeAddress, now);
    if (!transcript) return { outcome: 'no-match' };
    return {
      outcome: 'shown',
      transcript: { ...transcript, share: { createdAt: share.createdAt, expiresAt: share.expiresAt } },
    };
  }

  /** Suspends a share once failures from all addresses together reach the limit within the window. */
  async #suspendIfGuessedAt(id: string, now: Date): Promise<void> {
    const nowMs = now.getTime();
    const { failures } = await this.#store.attempts(
      'transcript',
      id,
      nowMs - this.#rules.windowMs,
      nowMs - STALE_CHECK_MS,
    );
    if (failures.length >= this.#rules.suspendAfterFailures) await this.#store.suspendShare(id, now.toISOString());
  }

  /** Resolves when an attempt of this process is settled, or after a short while (another process may settle one). */
  #attemptSettled(): Promise<void> {
    return new Promise((resolve) => {
      const waiters = this.#waiters;
      const done = () => {
        clearTimeout(timer);
        waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, SETTLE_POLL_MS);
      waiters.add(done);
    });
  }

  #notifySettled(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }

  /** A hash no access code matches (its secret is thrown away), at the current cost. */
  #unmatchableHash(): Promise<string> {
    this.#unmatchable ??= this.#codes
      .hash(newTranscriptId() + newTranscriptId() + newTranscriptId(), this.#rules.scryptLog2N)
      .catch((error: unknown) => {
        this.#unmatchable = undefined; // refused by a full queue: computed on a later view
        throw error;
      });
    return this.#unmatchable;
  }
}
