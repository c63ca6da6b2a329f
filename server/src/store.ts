/**
 * Every SQL statement the server runs, behind methods named for what they do, on SQLite or
 * PostgreSQL alike (`Sql` in database.ts; the SQL is written once, in what both understand). A new
 * query is one more method here. Learner data is
 * checked against the responses of `openapi.yaml` on its way in, so the database never holds, and a
 * response never carries, anything but the properties the contract lists; rows are read back as
 * this server wrote them.
 */
import type { ValidateFunction } from 'ajv';
import type { Badge, Certification, Learner } from '../../src/model.js';
import { contract } from './contract.js';
import type { Sql } from './database.js';

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
  readonly sql: Sql;

  constructor(sql: Sql) {
    this.sql = sql;
  }

  async hasLearner(id: string): Promise<boolean> {
    return (await this.sql.all('SELECT 1 FROM learners WHERE id = ?', [id])).length > 0;
  }

  /** Adds or replaces a learner with their certifications and badges, all checked against the contract first. */
  async putLearner(learner: Learner, certifications: Certification[], badges: Badge[], now: Date): Promise<void> {
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
    await this.sql.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO learners (id, name, email, address, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, address = excluded.address`,
        [l.id, l.name, l.email, l.address === null ? null : JSON.stringify(l.address), now.toISOString()],
      );
      for (const table of ['certifications', 'badges'] as const) {
        await tx.run(`DELETE FROM ${table} WHERE learner_id = ?`, [l.id]);
      }
      for (const [position, c] of certs.entries()) {
        await tx.run(
          'INSERT INTO certifications (learner_id, id, position, document, credential_id) VALUES (?, ?, ?, ?, ?)',
          [l.id, c.id, position, JSON.stringify(c), c.credentialId],
        );
      }
      for (const [position, b] of bs.entries()) {
        await tx.run('INSERT INTO badges (learner_id, id, position, document) VALUES (?, ?, ?, ?)', [
          l.id,
          b.id,
          position,
          JSON.stringify(b),
        ]);
      }
    }, `learner ${l.id}`);
  }

  async learner(id: string): Promise<Learner | null> {
    const [row] = await this.sql.all<{ id: string; name: string; email: string; address: string | null }>(
      'SELECT id, name, email, address FROM learners WHERE id = ?',
      [id],
    );
    if (!row) return null;
    const address = row.address === null ? null : storedObject<Learner['address']>(row.address, 'address');
    return { id: row.id, name: row.name, email: row.email, address };
  }

  /**
   * Where a credential is verified, given its ID: the server's own verification page. Set by the app
   * (from `PUBLIC_BASE_URL`, else its listening address); every certification read from here then
   * carries it as its `verificationUrl`. `null` leaves the stored URL.
   */
  verificationUrl: (credentialId: string) => string | null = () => null;

  async certifications(learnerId: string): Promise<Certification[]> {
    return (await this.documents<Certification>('certifications', learnerId)).map((c) => this.withVerificationUrl(c));
  }

  /**
   * The certification whose credential ID this is, with its holder's name; `undefined` when none is,
   * or when two are (credential IDs are unique; a duplicate verifies as nothing rather than as either).
   */
  async credential(credentialId: string): Promise<{ certification: Certification; holderName: string } | undefined> {
    const rows = await this.sql.all<{ document: string; name: string }>(
      `SELECT c.document, l.name FROM certifications c JOIN learners l ON l.id = c.learner_id
       WHERE c.credential_id = ? LIMIT 2`,
      [credentialId],
    );
    if (rows.length !== 1) return undefined;
    const certification = storedObject<Certification>(rows[0].document, 'certification');
    return { certification: this.withVerificationUrl(certification), holderName: rows[0].name };
  }

  /** Sets the status of the certification with this credential ID (`revoked`, say); `false` when there is none. */
  async setCredentialStatus(credentialId: string, status: Certification['status']): Promise<boolean> {
    return this.sql.transaction(async (tx) => {
      const rows = await tx.all<{ learner_id: string; id: string; document: string }>(
        'SELECT learner_id, id, document FROM certifications WHERE credential_id = ?',
        [credentialId],
      );
      for (const row of rows) {
        const document = { ...storedObject<Certification>(row.document, 'certification'), status };
        await tx.run('UPDATE certifications SET document = ? WHERE learner_id = ? AND id = ?', [
          JSON.stringify(document),
          row.learner_id,
          row.id,
        ]);
      }
      return rows.length > 0;
    }, `credential ${credentialId}`);
  }

  private withVerificationUrl(c: Certification): Certification {
    const url = c.credentialId && c.status !== 'in-progress' ? this.verificationUrl(c.credentialId) : null;
    return url ? { ...c, verificationUrl: url } : c;
  }

  badges(learnerId: string): Promise<Badge[]> {
    return this.documents<Badge>('badges', learnerId);
  }

  private async documents<T>(table: 'certifications' | 'badges', learnerId: string): Promise<T[]> {
    const rows = await this.sql.all<{ document: string }>(
      `SELECT document FROM ${table} WHERE learner_id = ? ORDER BY position, id`,
      [learnerId],
    );
    return rows.map((r) => storedObject<T>(r.document, table.slice(0, -1)));
  }

  async createSession(tokenHash: string, learnerId: string, createdAt: string, expiresAt: string): Promise<void> {
    await this.sql.run('INSERT INTO sessions (token_hash, learner_id, created_at, expires_at) VALUES (?, ?, ?, ?)', [
      tokenHash,
      learnerId,
      createdAt,
      expiresAt,
    ]);
  }

  async sessionLearner(tokenHash: string, now: string): Promise<string | null> {
    const [row] = await this.sql.all<{ learner_id: string }>(
      'SELECT learner_id FROM sessions WHERE token_hash = ? AND expires_at > ?',
      [tokenHash, now],
    );
    return row?.learner_id ?? null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.sql.run('DELETE FROM sessions WHERE token_hash = ?', [tokenHash]);
  }

  async deleteExpiredSessions(now: string): Promise<void> {
    await this.sql.run('DELETE FROM sessions WHERE expires_at <= ?', [now]);
  }

  /**
   * Counts one event for `key` in `bucket` unless `max` were counted in the last `windowMs`; returns
   * 0 when counted, else the seconds until the oldest leaves the window. Check and count are one
   * transaction, one at a time per bucket and key over every process.
   */
  async takeRateSlot(bucket: string, key: string, max: number, windowMs: number, nowMs: number): Promise<number> {
    await this.sql.run('DELETE FROM rate_events WHERE bucket = ? AND at_ms <= ?', [bucket, nowMs - windowMs]);
    return this.sql.transaction(async (tx) => {
      const times = await tx.all<{ at_ms: number }>(
        'SELECT at_ms FROM rate_events WHERE bucket = ? AND key = ? AND at_ms > ? ORDER BY at_ms',
        [bucket, key, nowMs - windowMs],
      );
      if (times.length >= max)
        return Math.max(1, Math.ceil((times[times.length - max].at_ms + windowMs - nowMs) / 1000));
      await tx.run('INSERT INTO rate_events (bucket, key, at_ms) VALUES (?, ?, ?)', [bucket, key, nowMs]);
      return 0;
    }, `rate ${bucket} ${key}`);
  }

  /** Stores a new share; `false` when its transcript ID is taken (then draw another). */
  async insertShare(share: Omit<ShareRow, 'revokedAt' | 'suspendedAt'>): Promise<boolean> {
    const changes = await this.sql.run(
      `INSERT INTO transcript_shares (transcript_id, learner_id, code_hash, include_address, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (transcript_id) DO NOTHING`,
      [
        share.transcriptId,
        share.learnerId,
        share.codeHash,
        share.includeAddress ? 1 : 0,
        share.createdAt,
        share.expiresAt,
      ],
    );
    return changes === 1;
  }

  /** The learner's shares neither revoked nor expired at `now`, newest first. */
  async activeShares(learnerId: string, now: string): Promise<ShareRow[]> {
    const rows = await this.sql.all<ShareRecord>(
      `SELECT ${SHARE_COLUMNS} FROM transcript_shares
       WHERE learner_id = ? AND revoked_at IS NULL AND expires_at > ?
       ORDER BY created_at DESC, rowid DESC`,
      [learnerId, now],
    );
    return rows.map(shareRow);
  }

  /** How many of the learner's shares are neither revoked nor expired at `now`. */
  async countActiveShares(learnerId: string, now: string): Promise<number> {
    const [row] = await this.sql.all<{ n: number }>(
      'SELECT count(*) AS n FROM transcript_shares WHERE learner_id = ? AND revoked_at IS NULL AND expires_at > ?',
      [learnerId, now],
    );
    return row.n;
  }

  async share(transcriptId: string): Promise<ShareRow | null> {
    const [row] = await this.sql.all<ShareRecord>(
      `SELECT ${SHARE_COLUMNS} FROM transcript_shares WHERE transcript_id = ?`,
      [transcriptId],
    );
    return row ? shareRow(row) : null;
  }

  /** Revokes the learner's active share with this ID; `false` when there is none. */
  async revokeShare(learnerId: string, transcriptId: string, now: string): Promise<boolean> {
    const changes = await this.sql.run(
      `UPDATE transcript_shares SET revoked_at = ?
       WHERE transcript_id = ? AND learner_id = ? AND revoked_at IS NULL AND expires_at > ?`,
      [now, transcriptId, learnerId, now],
    );
    return changes === 1;
  }

  /** Suspends a live share (once: the first suspension's time stays). */
  async suspendShare(transcriptId: string, now: string): Promise<void> {
    await this.sql.run(
      `UPDATE transcript_shares SET suspended_at = ?
       WHERE transcript_id = ? AND suspended_at IS NULL AND revoked_at IS NULL AND expires_at > ?`,
      [now, transcriptId, now],
    );
  }

  /** Lifts the suspension of the learner's active share and forgets the failures that caused it; `false` when there is no such share. */
  resumeShare(learnerId: string, transcriptId: string, now: string): Promise<boolean> {
    return this.sql.transaction(async (tx) => {
      const changes = await tx.run(
        `UPDATE transcript_shares SET suspended_at = NULL
         WHERE transcript_id = ? AND learner_id = ? AND revoked_at IS NULL AND expires_at > ?`,
        [transcriptId, learnerId, now],
      );
      if (changes !== 1) return false;
      await tx.run("DELETE FROM share_view_attempts WHERE scope = 'transcript' AND key = ?", [transcriptId]);
      return true;
    });
  }

  /**
   * Attempts for `key` after `afterMs`: the times of the settled failures, oldest first, and how many
   * are still being checked. One left unsettled at or before `staleMs` (a process that died mid-check)
   * counts as a failure.
   */
  async attempts(
    scope: AttemptScope,
    key: string,
    afterMs: number,
    staleMs: number,
  ): Promise<{ failures: number[]; checking: number }> {
    const rows = await this.sql.all<{ at_ms: number; settled: number }>(
      'SELECT at_ms, settled FROM share_view_attempts WHERE scope = ? AND key = ? AND at_ms > ? ORDER BY at_ms',
      [scope, key, afterMs],
    );
    const failures: number[] = [];
    let checking = 0;
    for (const r of rows) {
      if (r.settled === 1 || r.at_ms <= staleMs) failures.push(r.at_ms);
      else checking++;
    }
    return { failures, checking };
  }

  /** Counts attempts as being checked, one per scope and key; returns their row IDs. */
  async addAttempts(keys: readonly [AttemptScope, string][], atMs: number): Promise<number[]> {
    const rows = await this.sql.all<{ rowid: number }>(
      `INSERT INTO share_view_attempts (scope, key, at_ms, settled) VALUES ${keys.map(() => '(?, ?, ?, 0)').join(', ')}
       RETURNING rowid`,
      keys.flatMap(([scope, key]) => [scope, key, atMs]),
    );
    return rows.map((r) => r.rowid);
  }

  /** The attempts were wrong: they count as failures from now on. */
  async settleAttempts(rowIds: readonly number[]): Promise<void> {
    if (rowIds.length === 0) return;
    await this.sql.run(
      `UPDATE share_view_attempts SET settled = 1 WHERE rowid IN (${rowIds.map(() => '?').join(', ')})`,
      rowIds,
    );
  }

  /** The attempts were right: they never count. */
  async forgetAttempts(rowIds: readonly number[]): Promise<void> {
    if (rowIds.length === 0) return;
    await this.sql.run(`DELETE FROM share_view_attempts WHERE rowid IN (${rowIds.map(() => '?').join(', ')})`, rowIds);
  }

  /** Forgets attempts at or before `untilMs`. */
  async pruneAttempts(untilMs: number): Promise<void> {
    await this.sql.run('DELETE FROM share_view_attempts WHERE at_ms <= ?', [untilMs]);
  }

  /**
   * Runs `work` in one transaction, one at a time per `lockKey` over every process on the database,
   * so that a check and the insert it allows cannot interleave with another request's. `work` uses
   * the store it is given, not this one.
   */
  atomically<T>(lockKey: string, work: (store: Store) => Promise<T>): Promise<T> {
    return this.sql.transaction((tx) => work(tx === this.sql ? this : new Store(tx)), lockKey);
  }

  /** Records a transcript e-mail about to be sent (status `sending`); returns its row ID. */
  reserveOutbox(e: Omit<OutboxEntry, 'messageId' | 'emlFile'>): Promise<number> {
    return this.addOutbox({ ...e, messageId: null, emlFile: null }, 'sending');
  }

  /** The reserved e-mail went out. */
  async markOutboxSent(id: number, messageId: string | null, emlFile: string | null): Promise<void> {
    await this.sql.run("UPDATE outbox SET status = 'sent', message_id = ?, eml_file = ? WHERE id = ?", [
      messageId,
      emlFile,
      id,
    ]);
  }

  /** The reserved e-mail could not be sent: its slot is free again. */
  async releaseOutbox(id: number): Promise<void> {
    await this.sql.run("DELETE FROM outbox WHERE id = ? AND status = 'sending'", [id]);
  }

  async addOutbox(e: OutboxEntry, status: 'sending' | 'sent' = 'sent'): Promise<number> {
    const [row] = await this.sql.all<{ id: number }>(
      `INSERT INTO outbox (learner_id, to_address, lang, subject, body_text, include_address, transport, message_id, eml_file, created_at, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [
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
      ],
    );
    return row.id;
  }

  /** The learner's e-mails sent or being sent after `since`, newest first: to whom, with which choices, when. */
  async outboxSince(
    learnerId: string,
    since: string,
  ): Promise<Array<{ to: string; includeAddress: boolean; lang: string | null; createdAt: string }>> {
    const rows = await this.sql.all<{
      to_address: string;
      include_address: number;
      lang: string | null;
      created_at: string;
    }>(
      `SELECT to_address, include_address, lang, created_at FROM outbox
       WHERE learner_id = ? AND created_at > ? ORDER BY created_at DESC, id DESC`,
      [learnerId, since],
    );
    return rows.map((r) => ({
      to: r.to_address,
      includeAddress: r.include_address === 1,
      lang: r.lang,
      createdAt: r.created_at,
    }));
  }

  /** When the learner's e-mails after `since` were sent or reserved, oldest first. */
  async outboxTimesSince(learnerId: string, since: string): Promise<string[]> {
    const rows = await this.sql.all<{ created_at: string }>(
      'SELECT created_at FROM outbox WHERE learner_id = ? AND created_at > ? ORDER BY created_at',
      [learnerId, since],
    );
    return rows.map((r) => r.created_at);
  }
}
