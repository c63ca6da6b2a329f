/**
 * The database behind the store: SQLite (a file, the default) or PostgreSQL (`DATABASE_URL`), both
 * reached through `Sql`, a few methods that take the same SQL text (`?` placeholders) on either.
 * Both are brought to the newest schema by the versioned migrations below, written once per
 * dialect: each runs once, in its own transaction, and is recorded in `schema_migrations`; one
 * process migrates at a time (PostgreSQL: an advisory lock; SQLite: its write lock); a database
 * newer than this code is refused rather than misread.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';

export type Dialect = 'sqlite' | 'postgres';

/** What the store needs of a database: the same SQL text runs on SQLite and PostgreSQL. */
export interface Sql {
  readonly dialect: Dialect;
  /** The rows a statement returns (`RETURNING` included). */
  all<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs a statement; returns how many rows it changed. */
  run(text: string, params?: readonly unknown[]): Promise<number>;
  /** Several statements without parameters (a migration). */
  exec(text: string): Promise<void>;
  /**
   * Runs `work` in one transaction, committed when it returns and rolled back when it throws.
   * Transactions with the same `lockKey` run one after another, in this process and every other
   * on the same database (SQLite: every write transaction does; PostgreSQL: an advisory lock on the
   * key), so a check and the write it allows cannot interleave with another's. Inside, `work` uses
   * only the `Sql` it is given; a nested call runs in the same transaction.
   */
  transaction<T>(work: (sql: Sql) => Promise<T>, lockKey?: string): Promise<T>;
  close(): Promise<void>;
}

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

/** Append only: a released migration is never edited, a change is a new version. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'learners, sessions, transcript shares, failed share views, outbox',
    sqlite: `
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
    postgres: `
      CREATE TABLE learners (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        address TEXT,
        created_at TEXT NOT NULL
      );
      CREATE TABLE certifications (
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        document TEXT NOT NULL,
        PRIMARY KEY (learner_id, id)
      );
      CREATE TABLE badges (
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        document TEXT NOT NULL,
        PRIMARY KEY (learner_id, id)
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      -- rowid: SQLite's implicit row number, made explicit (the order of shares created in the same millisecond).
      CREATE TABLE transcript_shares (
        transcript_id TEXT PRIMARY KEY,
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        code_hash TEXT NOT NULL,
        include_address SMALLINT NOT NULL CHECK (include_address IN (0, 1)),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        revoked_at TEXT,
        rowid BIGINT GENERATED ALWAYS AS IDENTITY
      );
      CREATE INDEX transcript_shares_by_learner ON transcript_shares (learner_id, created_at);
      CREATE TABLE share_view_failures (
        scope TEXT NOT NULL CHECK (scope IN ('transcript', 'client')),
        key TEXT NOT NULL,
        at_ms BIGINT NOT NULL
      );
      CREATE INDEX share_view_failures_by_key ON share_view_failures (scope, key, at_ms);
      CREATE TABLE outbox (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        learner_id TEXT REFERENCES learners (id) ON DELETE SET NULL,
        to_address TEXT NOT NULL,
        subject TEXT NOT NULL,
        body_text TEXT NOT NULL,
        include_address SMALLINT NOT NULL CHECK (include_address IN (0, 1)),
        transport TEXT NOT NULL,
        message_id TEXT,
        eml_file TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX outbox_by_learner ON outbox (learner_id, created_at);
    `,
  },
  {
    version: 2,
    name: 'the language each transcript e-mail was asked for',
    sqlite: `
      -- A canonical BCP 47 tag, or NULL when the request named none (the e-mail is then English).
      ALTER TABLE outbox ADD COLUMN lang TEXT;
    `,
    postgres: `
      ALTER TABLE outbox ADD COLUMN lang TEXT;
    `,
  },
  {
    version: 3,
    name: 'transcript e-mails reserved before they are sent',
    sqlite: `
      -- 'sending': the slot is taken (it counts toward the hourly cap) while the transport works;
      -- a failed send deletes the row, a sent one becomes 'sent'.
      ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'sent' CHECK (status IN ('sending', 'sent'));
    `,
    postgres: `
      ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'sent' CHECK (status IN ('sending', 'sent'));
    `,
  },
  {
    version: 4,
    name: 'share views counted per address and share, and shares suspended after guessing from many addresses',
    sqlite: `
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
    postgres: `
      ALTER TABLE transcript_shares ADD COLUMN suspended_at TEXT;
      CREATE TABLE share_view_attempts (
        rowid BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        scope TEXT NOT NULL CHECK (scope IN ('transcript', 'client', 'pair')),
        key TEXT NOT NULL,
        at_ms BIGINT NOT NULL,
        settled SMALLINT NOT NULL CHECK (settled IN (0, 1))
      );
      CREATE INDEX share_view_attempts_by_key ON share_view_attempts (scope, key, at_ms);
      CREATE INDEX share_view_attempts_by_time ON share_view_attempts (at_ms);
      INSERT INTO share_view_attempts (scope, key, at_ms, settled) SELECT scope, key, at_ms, 1 FROM share_view_failures;
      DROP TABLE share_view_failures;
    `,
  },
  {
    version: 5,
    name: 'indexed session expiry, and demo sign-ins counted per address',
    sqlite: `
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
    postgres: `
      CREATE INDEX sessions_by_expiry ON sessions (expires_at);
      CREATE TABLE rate_events (
        bucket TEXT NOT NULL,
        key TEXT NOT NULL,
        at_ms BIGINT NOT NULL
      );
      CREATE INDEX rate_events_by_key ON rate_events (bucket, key, at_ms);
      CREATE INDEX rate_events_by_time ON rate_events (bucket, at_ms);
    `,
  },
  {
    version: 6,
    name: 'certifications found by credential ID, for public verification',
    sqlite: `
      ALTER TABLE certifications ADD COLUMN credential_id TEXT;
      UPDATE certifications SET credential_id = json_extract(document, '$.credentialId');
      CREATE INDEX certifications_by_credential ON certifications (credential_id);
    `,
    postgres: `
      ALTER TABLE certifications ADD COLUMN credential_id TEXT;
      UPDATE certifications SET credential_id = (document::jsonb)->>'credentialId';
      CREATE INDEX certifications_by_credential ON certifications (credential_id);
    `,
  },
];

/** The database `location` names: a `postgres://` (or `postgresql://`) URL, else a SQLite file (`:memory:` too), migrated. */
export async function openDatabase(
  location: string,
  options: { migrations?: readonly Migration[]; poolSize?: number } = {},
): Promise<Sql> {
  const { migrations = MIGRATIONS } = options;
  const sql = isPostgresUrl(location) ? openPostgres(location, options.poolSize) : openSqlite(location);
  try {
    await migrate(sql, migrations);
    return sql;
  } catch (error) {
    await sql.close();
    throw error;
  }
}

/** Applies every migration newer than the database's version, one process at a time; returns the versions applied. */
export function migrate(sql: Sql, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return exclusively(sql, async (one) => {
    await one.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )${one.dialect === 'sqlite' ? ' STRICT' : ''}`);
    const [{ v }] = await one.all<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const current = v ?? 0;
    const newest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
    if (current > newest) {
      throw new Error(
        `The database is at schema version ${current}, newer than this server knows (${newest}). Use a newer server.`,
      );
    }
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (migration.version <= current) continue;
      const done = await one.transaction(async (tx) => {
        // Applied meanwhile by another process (SQLite has no lock around the whole run, only this transaction's).
        if ((await tx.all('SELECT 1 FROM schema_migrations WHERE version = ?', [migration.version])).length > 0)
          return true;
        await tx.exec(migration[one.dialect]);
        await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
        return false;
      });
      if (!done) applied.push(migration.version);
    }
    return applied;
  });
}

/** Runs `work` while no other process runs its own: on PostgreSQL under a session advisory lock, on one connection. */
async function exclusively<T>(sql: Sql, work: (sql: Sql) => Promise<T>): Promise<T> {
  return sql instanceof PostgresSql ? sql.exclusively(work) : work(sql);
}

export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/** The URL without its password, to print. */
export function displayedDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return 'postgres://…';
  }
}

// SQLite --------------------------------------------------------------------------------------------

/**
 * Puts the file in WAL mode. Two processes opening a new file at once both try; SQLite answers the
 * one that finds the other's connection "database is locked" at once, without waiting, so it asks
 * again (for up to 5 s) until WAL is on, by either of them.
 */
function useWal(db: Database.Database): void {
  for (let tries = 0; ; tries++) {
    try {
      if (String(db.pragma('journal_mode = WAL', { simple: true })).toLowerCase() === 'wal') return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || tries >= 100) throw error;
    }
    if (tries >= 100) throw new Error('SQLite did not switch to WAL mode.');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
}

/** Opens (creating the folder and file when missing) the SQLite database at `file`, unmigrated. */
export function openSqlite(file: string): Sql {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    useWal(db);
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Deleted rows (revoked shares, expired sessions) are overwritten, not left readable in free pages.
    db.pragma('secure_delete = ON');
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteSql(db, { open: null, statements: new Map() }, false);
}

interface SqliteShared {
  /** Settles when the open transaction ends; `null` when none is open. */
  open: Promise<void> | null;
  statements: Map<string, Database.Statement>;
}

/**
 * better-sqlite3 is synchronous, so one statement never interleaves with another; a transaction
 * spans awaits, so statements from outside it wait until it ends (on one connection they would
 * otherwise join it, and share its rollback).
 */
class SqliteSql implements Sql {
  readonly dialect = 'sqlite';
  readonly #db: Database.Database;
  readonly #shared: SqliteShared;
  readonly #inTransaction: boolean;

  constructor(db: Database.Database, shared: SqliteShared, inTransaction: boolean) {
    this.#db = db;
    this.#shared = shared;
    this.#inTransaction = inTransaction;
  }

  async all<R>(text: string, params: readonly unknown[] = []): Promise<R[]> {
    if (!this.#inTransaction) while (this.#shared.open) await this.#shared.open;
    return this.#statement(text).all(...params) as R[];
  }

  async run(text: string, params: readonly unknown[] = []): Promise<number> {
    if (!this.#inTransaction) while (this.#shared.open) await this.#shared.open;
    return this.#statement(text).run(...params).changes;
  }

  async exec(text: string): Promise<void> {
    if (!this.#inTransaction) while (this.#shared.open) await this.#shared.open;
    this.#db.exec(text);
  }

  async transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    if (this.#inTransaction) return work(this);
    // Looked at again after each wake-up, with nothing awaited in between: the first waiter to wake takes it.
    while (this.#shared.open) await this.#shared.open;
    let end!: () => void;
    this.#shared.open = new Promise((resolve) => (end = resolve));
    try {
      // IMMEDIATE: the write lock at once, so another process's check cannot slip in between.
      this.#db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(new SqliteSql(this.#db, this.#shared, true));
        this.#db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
        throw error;
      }
    } finally {
      this.#shared.open = null;
      end();
    }
  }

  async close(): Promise<void> {
    while (this.#shared.open) await this.#shared.open;
    this.#db.close();
  }

  #statement(text: string): Database.Statement {
    let statement = this.#shared.statements.get(text);
    if (!statement) {
      statement = this.#db.prepare(text);
      this.#shared.statements.set(text, statement);
    }
    return statement;
  }
}

// PostgreSQL ----------------------------------------------------------------------------------------

/** Any two-int advisory-lock pair would do; this one says "cert-elements migrations". */
const MIGRATION_LOCK = [0x63657274, 1] as const;

/** Connections each process keeps to PostgreSQL at most (`DATABASE_POOL_SIZE`). */
export const DEFAULT_POOL_SIZE = 10;

const INT8_OID = 20;
const bigintAsNumber = ((oid: number, format?: 'text' | 'binary') =>
  oid === INT8_OID
    ? Number
    : (pg.types.getTypeParser(oid, format) as (value: string) => unknown)) as typeof pg.types.getTypeParser;

/** A pool of connections to the PostgreSQL database at `url` (its `options`, e.g. a search_path, kept), unmigrated. */
export function openPostgres(url: string, poolSize = DEFAULT_POOL_SIZE): Sql {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    application_name: 'cert-elements',
    // bigint and count(*) come back as numbers: times in ms and counts stay far below 2^53.
    types: { getTypeParser: bigintAsNumber },
  });
  // An idle connection the server lost (PostgreSQL restarted) is dropped by the pool; it must not crash the process.
  pool.on('error', () => {});
  return new PostgresSql(pool, null, false);
}

/** `?` placeholders as PostgreSQL's `$1`, `$2`…; the store's SQL has no `?` inside its string literals. */
const placeholders = (text: string) => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

const statements = new Map<string, { name: string; text: string }>();

/**
 * The statement as a named prepared statement: each connection parses and plans it once, not at
 * every request (in a 3 s load test on two instances, the learner's reads went from 713 to 1,333
 * requests/s). Names are per text, so the few statements built with a list of `?` stay few.
 */
function prepared(text: string, values: readonly unknown[]): pg.QueryConfig {
  let statement = statements.get(text);
  if (!statement) {
    statement = { name: `s${statements.size + 1}`, text: placeholders(text) };
    statements.set(text, statement);
  }
  return { ...statement, values: values as unknown[] };
}

class PostgresSql implements Sql {
  readonly dialect = 'postgres';
  readonly #pool: pg.Pool;
  /** The one connection this handle uses (a transaction or a migration), else any of the pool's. */
  readonly #client: pg.PoolClient | null;
  readonly #inTransaction: boolean;

  constructor(pool: pg.Pool, client: pg.PoolClient | null, inTransaction: boolean) {
    this.#pool = pool;
    this.#client = client;
    this.#inTransaction = inTransaction;
  }

  async all<R>(text: string, params: readonly unknown[] = []): Promise<R[]> {
    return (await (this.#client ?? this.#pool).query(prepared(text, params))).rows as R[];
  }

  async run(text: string, params: readonly unknown[] = []): Promise<number> {
    return (await (this.#client ?? this.#pool).query(prepared(text, params))).rowCount ?? 0;
  }

  async exec(text: string): Promise<void> {
    await (this.#client ?? this.#pool).query(text);
  }

  async transaction<T>(work: (sql: Sql) => Promise<T>, lockKey?: string): Promise<T> {
    const lock = (client: pg.ClientBase) =>
      lockKey === undefined ? undefined : client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey]);
    if (this.#inTransaction) {
      await lock(this.#client!);
      return work(this);
    }
    const client = this.#client ?? (await this.#pool.connect());
    try {
      await client.query('BEGIN');
      try {
        await lock(client);
        const result = await work(new PostgresSql(this.#pool, client, true));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    } finally {
      if (!this.#client) client.release();
    }
  }

  /** Runs `work` on one connection holding a session advisory lock: one process migrates at a time. */
  async exclusively<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1, $2)', [...MIGRATION_LOCK]);
      try {
        return await work(new PostgresSql(this.#pool, client, false));
      } finally {
        await client.query('SELECT pg_advisory_unlock($1, $2)', [...MIGRATION_LOCK]);
      }
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
