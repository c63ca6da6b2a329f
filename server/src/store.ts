/**
 * Every SQL statement the server runs, behind methods named for what they do. Learner data is
 * checked against the responses of `openapi.yaml` on its way in, so the database never holds, and a
 * response never carries, anything but the properties the contract lists; rows are read back as
 * this server wrote them.
 */
import type { ValidateFunction } from 'ajv';
import type { Badge, Certification, Learner } from '../../src/model.js';
import { contract } from './contract.js';
import type { Db } from './database.js';

export interface ShareRow {
  transcriptId: string;
  learnerId: string;
  codeHash: string;
  includeAddress: boolean;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  /** When failed views from many addresses suspended the share; `null` when it is not suspended. */
  suspendedAt: string | null;
}

export type AttemptScope = 'transcript' | 'client' | 'pair';

export interface OutboxEntry {
  learnerId: string;
  to: string;
  lang: string | null;
  subject: string;
  bodyText: string;
  includeAddress: boolean;
  transport: string;
  messageId: string | null;
  emlFile: string | null;
  createdAt: string;
}

interface ShareRecord {
  transcript_id: string;
  learner_id: string;
  code_hash: string;
  include_address: number;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  suspended_at: string | null;
}

/** Throws unless `value` is what `check` accepts, naming where it differs. */
function checked<T>(check: ValidateFunction, value: T, what: string): T {
  if (!check(value)) {
    const where = (check.errors ?? []).slice(0, 3).map((e) => `${what}${e.instancePath} ${e.message}`);
    throw new Error(`Not as openapi.yaml has it: ${where.join('; ')}.`);
  }
  return value;
}

/** A JSON column this server wrote; anything but an object means the file was changed behind its back. */
function storedObject<T>(json: string, what: string): T {
  const value: unknown = JSON.parse(json);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`A stored ${what} is not a JSON object.`);
  return value as T;
}

const SHARE_COLUMNS =
  'transcript_id, learner_id, code_hash, include_address, created_at, expires_at, revoked_at, suspended_at';

function shareRow(r: ShareRecord): ShareRow {
  return {
    transcriptId: r.transcript_id,
    learnerId: r.learner_id,
    codeHash: r.code_hash,
    includeAddress: r.include_address === 1,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    suspendedAt: r.suspended_at,
  };
}

export class Store {
  readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  hasLearner(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM learners WHERE id = ?').get(id) !== undefined;
  }

  /** Adds or replaces a learner with their certifications and badges, all checked against the contract first. */
  putLearner(learner: Learner, certifications: Certification[], badges: Badge[], now: Date): void {
    const answers = contract();
    const l = checked(answers.responseCheck('getLearner'), learner, 'learner');
    const certs = checked(answers.responseCheck('listCertifications'), certifications, 'certifications');
    const bs = checked(answers.responseCheck('listBadges'), badges, 'badges');
    const ids = (items: { id: string }[], what: string) => {
      if (new Set(items.map((i) => i.id)).size !== items.length)
        throw new Error(`${what} IDs repeat for learner ${l.id}.`);
    };
    ids(certs, 'Certification');
    ids(bs, 'Badge');
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO learners (id, name, email, address, created_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, address = excluded.address`,
        )
        .run(l.id, l.name, l.email, l.address === null ? null : JSON.stringify(l.address), now.toISOString());
      for (const table of ['certifications', 'badges'] as const) {
        this.db.prepare(`DELETE FROM ${table} WHERE learner_id = ?`).run(l.id);
        const insert = this.db.prepare(`INSERT INTO ${table} (learner_id, id, position, document) VALUES (?, ?, ?, ?)`);
        (table === 'certifications' ? certs : bs).forEach((item, position) =>
          insert.run(l.id, item.id, position, JSON.stringify(item)),
        );
      }
    })();
  }

  learner(id: string): Learner | null {
    const row = this.db.prepare('SELECT id, name, email, address FROM learners WHERE id = ?').get(id) as
      { id: string; name: string; email: string; address: string | null } | undefined;
    if (!row) return null;
    const address = row.address === null ? null : storedObject<Learner['address']>(row.address, 'address');
    return { id: row.id, name: row.name, email: row.email, address };
  }

  certifications(learnerId: string): Certification[] {
    return this.documents<Certification>('certifications', learnerId);
  }

  badges(learnerId: string): Badge[] {
    return this.documents<Badge>('badges', learnerId);
  }

  private documents<T>(table: 'certifications' | 'badges', learnerId: string): T[] {
    const rows = this.db
      .prepare(`SELECT document FROM ${table} WHERE learner_id = ? ORDER BY position, id`)
      .all(learnerId) as { document: string }[];
    return rows.map((r) => storedObject<T>(r.document, table.slice(0, -1)));
  }

  createSession(tokenHash: string, learnerId: string, createdAt: string, expiresAt: string): void {
    this.db
      .prepare('INSERT INTO sessions (token_hash, learner_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
      .run(tokenHash, learnerId, createdAt, expiresAt);
  }

  sessionLearner(tokenHash: string, now: string): string | null {
    const row = this.db
      .prepare('SELECT learner_id FROM sessions WHERE token_hash = ? AND expires_at > ?')
      .get(tokenHash, now) as { learner_id: string } | undefined;
    return row?.learner_id ?? null;
  }

  deleteSession(tokenHash: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  }

  deleteExpiredSessions(now: string): void {
    this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now);
  }

  /**
   * Counts one event for `key` in `bucket` unless `max` were counted in the last `windowMs`; returns
   * 0 when counted, else the seconds until the oldest leaves the window. Check and count are one
   * transaction.
   */
  takeRateSlot(bucket: string, key: string, max: number, windowMs: number, nowMs: number): number {
    return this.atomically(() => {
      this.db.prepare('DELETE FROM rate_events WHERE bucket = ? AND at_ms <= ?').run(bucket, nowMs - windowMs);
      const times = this.db
        .prepare('SELECT at_ms FROM rate_events WHERE bucket = ? AND key = ? ORDER BY at_ms')
        .all(bucket, key) as { at_ms: number }[];
      if (times.length >= max)
        return Math.max(1, Math.ceil((times[times.length - max].at_ms + windowMs - nowMs) / 1000));
      this.db.prepare('INSERT INTO rate_events (bucket, key, at_ms) VALUES (?, ?, ?)').run(bucket, key, nowMs);
      return 0;
    });
  }

  /** Stores a new share; `false` when its transcript ID is taken (then draw another). */
  insertShare(share: Omit<ShareRow, 'revokedAt' | 'suspendedAt'>): boolean {
    const result = this.db
      .prepare(
        `INSERT INTO transcript_shares (${SHARE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)
         ON CONFLICT (transcript_id) DO NOTHING`,
      )
      .run(
        share.transcriptId,
        share.learnerId,
        share.codeHash,
        share.includeAddress ? 1 : 0,
        share.createdAt,
        share.expiresAt,
      );
    return result.changes === 1;
  }

  /** The learner's shares neither revoked nor expired at `now`, newest first. */
  activeShares(learnerId: string, now: string): ShareRow[] {
    const rows = this.db
      .prepare(
        `SELECT ${SHARE_COLUMNS} FROM transcript_shares
         WHERE learner_id = ? AND revoked_at IS NULL AND expires_at > ?
         ORDER BY created_at DESC, rowid DESC`,
      )
      .all(learnerId, now) as ShareRecord[];
    return rows.map(shareRow);
  }

  /** How many of the learner's shares are neither revoked nor expired at `now`. */
  countActiveShares(learnerId: string, now: string): number {
    const row = this.db
      .prepare(
        'SELECT count(*) AS n FROM transcript_shares WHERE learner_id = ? AND revoked_at IS NULL AND expires_at > ?',
      )
      .get(learnerId, now) as { n: number };
    return row.n;
  }

  share(transcriptId: string): ShareRow | null {
    const row = this.db
      .prepare(`SELECT ${SHARE_COLUMNS} FROM transcript_shares WHERE transcript_id = ?`)
      .get(transcriptId) as ShareRecord | undefined;
    return row ? shareRow(row) : null;
  }

  /** Revokes the learner's active share with this ID; `false` when there is none. */
  revokeShare(learnerId: string, transcriptId: string, now: string): boolean {
    const result = this.db
      .prepare(
        `UPDATE transcript_shares SET revoked_at = ?
         WHERE transcript_id = ? AND learner_id = ? AND revoked_at IS NULL AND expires_at > ?`,
      )
      .run(now, transcriptId, learnerId, now);
    return result.changes === 1;
  }

  /** Suspends a live share (once: the first suspension's time stays). */
  suspendShare(transcriptId: string, now: string): void {
    this.db
      .prepare(
        `UPDATE transcript_shares SET suspended_at = ?
         WHERE transcript_id = ? AND suspended_at IS NULL AND revoked_at IS NULL AND expires_at > ?`,
      )
      .run(now, transcriptId, now);
  }

  /** Lifts the suspension of the learner's active share and forgets the failures that caused it; `false` when there is no such share. */
  resumeShare(learnerId: string, transcriptId: string, now: string): boolean {
    return this.atomically(() => {
      const result = this.db
        .prepare(
          `UPDATE transcript_shares SET suspended_at = NULL
           WHERE transcript_id = ? AND learner_id = ? AND revoked_at IS NULL AND expires_at > ?`,
        )
        .run(transcriptId, learnerId, now);
      if (result.changes !== 1) return false;
      this.db.prepare("DELETE FROM share_view_attempts WHERE scope = 'transcript' AND key = ?").run(transcriptId);
      return true;
    });
  }

  /**
   * Attempts for `key` after `afterMs`: the times of the settled failures, oldest first, and how many
   * are still being checked. One left unsettled at or before `staleMs` (a process that died mid-check)
   * counts as a failure.
   */
  attempts(
    scope: AttemptScope,
    key: string,
    afterMs: number,
    staleMs: number,
  ): { failures: number[]; checking: number } {
    const rows = this.db
      .prepare(
        'SELECT at_ms, settled FROM share_view_attempts WHERE scope = ? AND key = ? AND at_ms > ? ORDER BY at_ms',
      )
      .all(scope, key, afterMs) as { at_ms: number; settled: number }[];
    const failures: number[] = [];
    let checking = 0;
    for (const r of rows) {
      if (r.settled === 1 || r.at_ms <= staleMs) failures.push(r.at_ms);
      else checking++;
    }
    return { failures, checking };
  }

  /** Counts an attempt as being checked; returns its row ID. */
  addAttempt(scope: AttemptScope, key: string, atMs: number): number {
    return Number(
      this.db
        .prepare('INSERT INTO share_view_attempts (scope, key, at_ms, settled) VALUES (?, ?, ?, 0)')
        .run(scope, key, atMs).lastInsertRowid,
    );
  }

  /** The attempts were wrong: they count as failures from now on. */
  settleAttempts(rowIds: readonly number[]): void {
    const settle = this.db.prepare('UPDATE share_view_attempts SET settled = 1 WHERE rowid = ?');
    this.atomically(() => rowIds.forEach((id) => settle.run(id)));
  }

  /** The attempts were right: they never count. */
  forgetAttempts(rowIds: readonly number[]): void {
    const forget = this.db.prepare('DELETE FROM share_view_attempts WHERE rowid = ?');
    this.atomically(() => rowIds.forEach((id) => forget.run(id)));
  }

  /** Forgets attempts at or before `untilMs`. */
  pruneAttempts(untilMs: number): void {
    this.db.prepare('DELETE FROM share_view_attempts WHERE at_ms <= ?').run(untilMs);
  }

  /**
   * Runs `work` in one write transaction taken at its start (`BEGIN IMMEDIATE`), so that a check and
   * the insert it allows cannot interleave with another request's, in this process or another.
   */
  atomically<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  /** Records a transcript e-mail about to be sent (status `sending`); returns its row ID. */
  reserveOutbox(e: Omit<OutboxEntry, 'messageId' | 'emlFile'>): number {
    return this.addOutbox({ ...e, messageId: null, emlFile: null }, 'sending');
  }

  /** The reserved e-mail went out. */
  markOutboxSent(id: number, messageId: string | null, emlFile: string | null): void {
    this.db
      .prepare("UPDATE outbox SET status = 'sent', message_id = ?, eml_file = ? WHERE id = ?")
      .run(messageId, emlFile, id);
  }

  /** The reserved e-mail could not be sent: its slot is free again. */
  releaseOutbox(id: number): void {
    this.db.prepare("DELETE FROM outbox WHERE id = ? AND status = 'sending'").run(id);
  }

  addOutbox(e: OutboxEntry, status: 'sending' | 'sent' = 'sent'): number {
    const result = this.db
      .prepare(
        `INSERT INTO outbox (learner_id, to_address, lang, subject, body_text, include_address, transport, message_id, eml_file, created_at, status)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        e.learnerId,
        e.to,
        e.lang,
        e.subject,
        e.bodyText,
        e.includeAddress ? 1 : 0,
        e.transport,
        e.messageId,
        e.emlFile,
        e.createdAt,
        status,
      );
    return Number(result.lastInsertRowid);
  }

  /** The learner's e-mails sent or being sent after `since`, newest first: to whom, with which choices, when. */
  outboxSince(
    learnerId: string,
    since: string,
  ): Array<{ to: string; includeAddress: boolean; lang: string | null; createdAt: string }> {
    const rows = this.db
      .prepare(
        `SELECT to_address, include_address, lang, created_at FROM outbox
         WHERE learner_id = ? AND created_at > ? ORDER BY created_at DESC, id DESC`,
      )
      .all(learnerId, since) as {
      to_address: string;
      include_address: number;
      lang: string | null;
      created_at: string;
    }[];
    return rows.map((r) => ({
      to: r.to_address,
      includeAddress: r.include_address === 1,
      lang: r.lang,
      createdAt: r.created_at,
    }));
  }

  /** When the learner's e-mails after `since` were sent or reserved, oldest first. */
  outboxTimesSince(learnerId: string, since: string): string[] {
    const rows = this.db
      .prepare('SELECT created_at FROM outbox WHERE learner_id = ? AND created_at > ? ORDER BY created_at')
      .all(learnerId, since) as { created_at: string }[];
    return rows.map((r) => r.created_at);
  }
}
