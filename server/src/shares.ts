/**
 * Transcript shares: the rules of `src/rules/transcript-share.ts`, as MemoryAdapter keeps them, on
 * SQLite. IDs come from the shared generator (a CSPRNG, 13 characters of a 32-letter alphabet: 65
 * bits); access codes are kept as scrypt hashes; every failed view is the same answer and the same
 * hashing work; failed views are limited per transcript ID and per client, and counted before the
 * check so parallel guesses cannot slip past.
 */
import type { Transcript } from '../../src/model.js';
import { newTranscriptId, normalizeTranscriptId } from '../../src/rules/transcript-share.js';
import { transcriptOf as contractTranscript } from '../../src/rules/transcript.js';
import { SCRYPT_ACCESS_CODES, type AccessCodeHashing } from './access-codes.js';
import { Problem } from './problems.js';
import type { FailureScope, ShareRow, Store } from './store.js';

const DAY_MS = 86_400_000;
/** Draws of a fresh ID before giving up; with 2^65 IDs a second draw is already unheard of. */
const MAX_ID_DRAWS = 8;

export interface ShareRules {
  lifetimeDays: number;
  maxFailedPerTranscript: number;
  maxFailedPerClient: number;
  windowMs: number;
  maxActive: number;
  scryptLog2N: number;
}

export type ViewOutcome =
  | { outcome: 'shown'; transcript: Transcript }
  | { outcome: 'no-match' }
  | { outcome: 'rate-limited'; retryAfter: number };

/** The transcript of `learnerId` as the contract describes it; the address only when `includeAddress`. */
export function transcriptOf(store: Store, learnerId: string, includeAddress: boolean, now: Date): Transcript | null {
  const learner = store.learner(learnerId);
  return learner && contractTranscript(learner, store.certifications(learnerId), includeAddress, now);
}

export class TranscriptShares {
  readonly #store: Store;
  readonly #rules: ShareRules;
  readonly #now: () => Date;
  readonly #codes: AccessCodeHashing;
  #unmatchable: Promise<string> | undefined;

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

  list(learnerId: string): ShareRow[] {
    return this.#store.activeShares(learnerId, this.#now().toISOString());
  }

  async create(learnerId: string, accessCode: string, includeAddress: boolean): Promise<ShareRow> {
    // A cheap look first, so a learner at the cap costs no hashing; the binding check comes after.
    this.#refuseAtCap(learnerId);
    const codeHash = await this.#codes.hash(accessCode, this.#rules.scryptLog2N);
    const created = this.#now();
    // Counted and inserted in one transaction: creations that hashed in parallel cannot all pass the count.
    return this.#store.atomically(() => {
      this.#refuseAtCap(learnerId);
      for (let draw = 0; draw < MAX_ID_DRAWS; draw++) {
        const share = {
          transcriptId: newTranscriptId(),
          learnerId,
          codeHash,
          includeAddress,
          createdAt: created.toISOString(),
          expiresAt: new Date(created.getTime() + this.#rules.lifetimeDays * DAY_MS).toISOString(),
        };
        if (this.#store.insertShare(share)) return { ...share, revokedAt: null };
      }
      throw new Error('No free transcript ID found; the ID generator is broken.');
    });
  }

  #refuseAtCap(learnerId: string): void {
    if (this.#store.countActiveShares(learnerId, this.#now().toISOString()) >= this.#rules.maxActive) {
      throw new Problem(
        409,
        `You have ${this.#rules.maxActive} active transcript shares, the most allowed; revoke one first.`,
      );
    }
  }

  /** Revokes the learner's active share; `false` when they have none with this ID (typed in any form). */
  revoke(learnerId: string, transcriptId: string): boolean {
    return this.#store.revokeShare(learnerId, normalizeTranscriptId(transcriptId), this.#now().toISOString());
  }

  /** Opens a share for whoever has its ID and access code; `client` identifies the caller for the per-client limit. */
  async view(transcriptId: string, accessCode: string, client: string): Promise<ViewOutcome> {
    const id = normalizeTranscriptId(transcriptId);
    const now = this.#now();
    const nowMs = now.getTime();
    const { windowMs } = this.#rules;
    this.#store.pruneFailures(nowMs - windowMs);
    const waits = [
      this.#wait('transcript', id, this.#rules.maxFailedPerTranscript, nowMs),
      this.#wait('client', client, this.#rules.maxFailedPerClient, nowMs),
    ];
    const retryAfter = Math.max(...waits);
    if (retryAfter > 0) return { outcome: 'rate-limited', retryAfter };

    // Counted as failures before the check and forgiven on success.
    const counted = [this.#store.addFailure('transcript', id, nowMs), this.#store.addFailure('client', client, nowMs)];
    const share = this.#store.share(id);
    const live = share !== null && share.revokedAt === null && Date.parse(share.expiresAt) > nowMs;
    // An unknown, revoked or expired share costs the same hashing as a live one.
    const matches = await this.#codes.verify(accessCode, live ? share.codeHash : await this.#unmatchableHash());
    if (!live || !matches) return { outcome: 'no-match' };
    for (const rowId of counted) this.#store.removeFailure(rowId);
    const transcript = transcriptOf(this.#store, share.learnerId, share.includeAddress, now);
    if (!transcript) return { outcome: 'no-match' };
    return {
      outcome: 'shown',
      transcript: { ...transcript, share: { createdAt: share.createdAt, expiresAt: share.expiresAt } },
    };
  }

  /** Seconds until `key` may try again (0: now). */
  #wait(scope: FailureScope, key: string, max: number, nowMs: number): number {
    const times = this.#store.failures(scope, key, nowMs - this.#rules.windowMs);
    if (times.length < max) return 0;
    // Below the limit again once enough of the oldest failures have left the window.
    const freedAt = times[times.length - max] + this.#rules.windowMs;
    return Math.max(1, Math.ceil((freedAt - nowMs) / 1000));
  }

  /** A hash no access code matches (its secret is thrown away), at the current cost. */
  #unmatchableHash(): Promise<string> {
    this.#unmatchable ??= this.#codes.hash(
      newTranscriptId() + newTranscriptId() + newTranscriptId(),
      this.#rules.scryptLog2N,
    );
    return this.#unmatchable;
  }
}
