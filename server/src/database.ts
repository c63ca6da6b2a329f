/**
 * The SQLite database: opened in WAL mode with foreign keys on, and brought to the newest schema by
 * the versioned migrations below. Each migration runs once, in its own transaction, and is recorded
 * in `schema_migrations`; a database newer than this code is refused rather than misread.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Append only: a released migration is never edited, a change is a new version. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'learners, sessions, transcript shares, failed share views, outbox',
    sql: `
      CREATE TABLE learners (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        address TEXT, -- JSON Address, or NULL when unknown
        created_at TEXT NOT NULL
      ) STRICT;

      -- The partner's catalogue, one JSON document per row in the shape of openapi.yaml.
      CREATE TABLE certifications (
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        document TEXT NOT NULL,
        PRIMARY KEY (learner_id, id)
      ) STRICT;

      CREATE TABLE badges (
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        document TEXT NOT NULL,
        PRIMARY KEY (learner_id, id)
      ) STRICT;

      -- Only a SHA-256 of the session token is kept: a copy of the database signs nobody in.
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) STRICT;

      -- The access code only as a salted scrypt hash (PHC string format).
      CREATE TABLE transcript_shares (
        transcript_id TEXT PRIMARY KEY,
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        code_hash TEXT NOT NULL,
        include_address INTEGER NOT NULL CHECK (include_address IN (0, 1)),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        revoked_at TEXT
      ) STRICT;
      CREATE INDEX transcript_shares_by_learner ON transcript_shares (learner_id, created_at);

      -- Failed attempts to open a share, per transcript ID and per client, kept for the rate-limit window only.
      CREATE TABLE share_view_failures (
        scope TEXT NOT NULL CHECK (scope IN ('transcript', 'client')),
        key TEXT NOT NULL,
        at_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX share_view_failures_by_key ON share_view_failures (scope, key, at_ms);

      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        learner_id TEXT REFERENCES learners (id) ON DELETE SET NULL,
        to_address TEXT NOT NULL,
        subject TEXT NOT NULL,
        body_text TEXT NOT NULL,
        include_address INTEGER NOT NULL CHECK (include_address IN (0, 1)),
        transport TEXT NOT NULL,
        message_id TEXT,
        eml_file TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX outbox_by_learner ON outbox (learner_id, created_at);
    `,
  },
  {
    version: 2,
    name: 'the language each transcript e-mail was asked for',
    sql: `
      -- A canonical BCP 47 tag, or NULL when the request named none (the e-mail is then English).
      ALTER TABLE outbox ADD COLUMN lang TEXT;
    `,
  },
  {
    version: 3,
    name: 'transcript e-mails reserved before they are sent',
    sql: `
      -- 'sending': the slot is taken (it counts toward the hourly cap) while the transport works;
      -- a failed send deletes the row, a sent one becomes 'sent'.
      ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'sent' CHECK (status IN ('sending', 'sent'));
    `,
  },
  {
    version: 4,
    name: 'share views counted per address and share, and shares suspended after guessing from many addresses',
    sql: `
      -- Set when failed views from many addresses suspend the share; the learner clears it.
      ALTER TABLE transcript_shares ADD COLUMN suspended_at TEXT;

      -- Attempts to open a share: per transcript ID (all addresses), per client, and per client and ID
      -- ('pair'). An attempt is counted while it is checked (settled = 0) and deleted if the code was
      -- right; a wrong one is settled, and counts until it leaves the rate-limit window.
      CREATE TABLE share_view_attempts (
        scope TEXT NOT NULL CHECK (scope IN ('transcript', 'client', 'pair')),
        key TEXT NOT NULL,
        at_ms INTEGER NOT NULL,
        settled INTEGER NOT NULL CHECK (settled IN (0, 1))
      ) STRICT;
      CREATE INDEX share_view_attempts_by_key ON share_view_attempts (scope, key, at_ms);
      CREATE INDEX share_view_attempts_by_time ON share_view_attempts (at_ms);
      INSERT INTO share_view_attempts (scope, key, at_ms, settled) SELECT scope, key, at_ms, 1 FROM share_view_failures;
      DROP TABLE share_view_failures;
    `,
  },
  {
    version: 5,
    name: 'indexed session expiry, and demo sign-ins counted per address',
    sql: `
      -- Expired sessions are deleted at each sign-in: by the index, not a scan of every session.
      CREATE INDEX sessions_by_expiry ON sessions (expires_at);

      -- Events counted toward a rate limit (bucket 'demo-sign-in': key the client address), kept for its window only.
      CREATE TABLE rate_events (
        bucket TEXT NOT NULL,
        key TEXT NOT NULL,
        at_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX rate_events_by_key ON rate_events (bucket, key, at_ms);
      CREATE INDEX rate_events_by_time ON rate_events (bucket, at_ms);
    `,
  },
];

/** Opens (creating the folder and file when missing) and migrates the database at `file`. */
export function openDatabase(file: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Deleted rows (revoked shares, expired sessions) are overwritten, not left readable in free pages.
    db.pragma('secure_delete = ON');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Applies every migration newer than the database's version; returns the versions applied. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const current = (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  const newest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > newest) {
    throw new Error(
      `The database is at schema version ${current}, newer than this server knows (${newest}). Use a newer server.`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
    applied.push(migration.version);
  }
  return applied;
}
