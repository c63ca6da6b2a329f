/** The database: a data folder created when missing, versioned migrations, and data that outlives the process. */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Learner, Transcript, TranscriptShare } from '../../src/model.js';
import { MIGRATIONS, openDatabase } from '../src/database.js';
import { count, startTestServer, TEST_DIALECT, testDatabase } from './helpers.js';

describe('persistence', () => {
  it('creates a missing data folder, seeds the demo learner once and records the schema version', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'cert-elements-parent-'));
    const dataDir = join(parent, 'not', 'there', 'yet');
    const server = await startTestServer({ dataDir });
    try {
      if (server.sql.dialect === 'sqlite') assert.ok(existsSync(join(dataDir, 'cert-elements.sqlite')));
      const versions = await server.sql.all<{ version: number }>(
        'SELECT version, name, applied_at FROM schema_migrations ORDER BY version',
      );
      assert.deepEqual(
        versions.map((v) => v.version),
        MIGRATIONS.map((m) => m.version),
      );
      assert.equal(await server.count('SELECT count(*) AS n FROM learners'), 1);
      await server.signIn();
      const certifications = (await server.api('/certifications')).json as { id: string }[];
      assert.ok(certifications.length > 0);
    } finally {
      await server.dispose();
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it('keeps shares, sessions, e-mails and learner data across a restart', async () => {
    let server = await startTestServer();
    try {
      await server.signIn();
      const code = 'survives-the-restart';
      const created = (await server.api('/transcript/shares', { body: { accessCode: code, includeAddress: true } }))
        .json as TranscriptShare;
      const revoked = (await server.api('/transcript/shares', { body: { accessCode: code, includeAddress: false } }))
        .json as TranscriptShare;
      assert.equal((await server.api(`/transcript/shares/${revoked.transcriptId}`, { method: 'DELETE' })).status, 204);
      assert.equal(
        (await server.api('/transcript/email', { body: { to: 'hr@example.com', includeAddress: false } })).status,
        204,
      );
      const learner = (await server.api('/learner')).json as Learner;
      const listed = (await server.api('/transcript/shares')).json as TranscriptShare[];

      server = await server.restart();

      assert.deepEqual((await server.api('/learner')).json, learner, 'the session cookie still signs in');
      // The same shares; only the URL's port differs, as the new server listens on another one.
      const withoutPort = (shares: TranscriptShare[]) =>
        shares.map((s) => ({ ...s, url: s.url?.replace(/:\d+\//, ':PORT/') ?? null }));
      const relisted = (await server.api('/transcript/shares')).json as TranscriptShare[];
      assert.deepEqual(withoutPort(relisted), withoutPort(listed));
      const view = await server.api('/shared-transcripts/view', {
        body: { transcriptId: created.transcriptId, accessCode: code },
        cookie: null,
      });
      assert.equal(view.status, 200);
      assert.deepEqual((view.json as Transcript).learner.address, learner.address);
      const gone = await server.api('/shared-transcripts/view', {
        body: { transcriptId: revoked.transcriptId, accessCode: code },
        cookie: null,
      });
      assert.equal(gone.status, 404);
      assert.equal(await server.count('SELECT count(*) AS n FROM outbox'), 1);
      assert.equal(await server.count('SELECT count(*) AS n FROM learners'), 1, 'seeded once');
    } finally {
      await server.dispose();
    }
  });

  it('applies only the migrations a database lacks, and refuses a database newer than the server', async () => {
    const database = await testDatabase();
    try {
      const newest = MIGRATIONS.length;
      const nickname = 'ALTER TABLE learners ADD COLUMN nickname TEXT';
      const extra = { version: newest + 1, name: 'a test column', sqlite: nickname, postgres: nickname };
      await (await openDatabase(database.location)).close();
      const sql = await openDatabase(database.location, { migrations: [...MIGRATIONS, extra] });
      const applied = await sql.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(
        applied.map((a) => a.version),
        [...MIGRATIONS.map((m) => m.version), newest + 1],
      );
      await sql.close();
      await (await openDatabase(database.location, { migrations: [...MIGRATIONS, extra] })).close();
      await assert.rejects(
        openDatabase(database.location),
        new RegExp(`schema version ${newest + 1}, newer than this server knows \\(${newest}\\)`),
      );
    } finally {
      await database.dispose();
    }
  });

  it('rolls a failing migration back whole', async () => {
    const database = await testDatabase();
    try {
      const half = 'CREATE TABLE half (x INTEGER); SELECT * FROM no_such_table;';
      const broken = { version: MIGRATIONS.length + 1, name: 'broken', sqlite: half, postgres: half };
      await assert.rejects(openDatabase(database.location, { migrations: [...MIGRATIONS, broken] }), /no_such_table/);
      const sql = await openDatabase(database.location);
      try {
        const tables =
          sql.dialect === 'sqlite'
            ? "SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'"
            : "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'half' AND table_schema = current_schema()";
        assert.equal(await count(sql, tables), 0);
        assert.equal(await count(sql, 'SELECT max(version) AS n FROM schema_migrations'), MIGRATIONS.length);
      } finally {
        await sql.close();
      }
    } finally {
      await database.dispose();
    }
  });

  // On SQLite a process has one connection, and two processes opening one file are tested in multi-instance.test.ts.
  it(
    'lets one process migrate at a time: many opening an empty database at once apply each migration once',
    {
      skip: TEST_DIALECT === 'sqlite' && 'SQLite: one connection per process',
    },
    async () => {
      const database = await testDatabase();
      try {
        const opened = await Promise.all(Array.from({ length: 4 }, () => openDatabase(database.location)));
        const [sql] = opened;
        const versions = await sql.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
        assert.deepEqual(
          versions.map((v) => v.version),
          MIGRATIONS.map((m) => m.version),
        );
        await Promise.all(opened.map((s) => s.close()));
      } finally {
        await database.dispose();
      }
    },
  );
});
