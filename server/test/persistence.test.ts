/** The database: a data folder created when missing, versioned migrations, and data that outlives the process. */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Learner, Transcript, TranscriptShare } from '../../src/model.js';
import { MIGRATIONS, openDatabase } from '../src/database.js';
import { startTestServer } from './helpers.js';

describe('persistence', () => {
  it('creates a missing data folder, seeds the demo learner once and records the schema version', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'cert-elements-parent-'));
    const dataDir = join(parent, 'not', 'there', 'yet');
    const server = await startTestServer({ dataDir });
    try {
      assert.ok(existsSync(join(dataDir, 'cert-elements.sqlite')));
      const versions = server.db
        .prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version')
        .all() as {
        version: number;
      }[];
      assert.deepEqual(
        versions.map((v) => v.version),
        MIGRATIONS.map((m) => m.version),
      );
      assert.equal((server.db.prepare('SELECT count(*) AS n FROM learners').get() as { n: number }).n, 1);
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
      assert.equal((server.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n, 1);
      assert.equal(
        (server.db.prepare('SELECT count(*) AS n FROM learners').get() as { n: number }).n,
        1,
        'seeded once',
      );
    } finally {
      await server.dispose();
    }
  });

  it('applies only the migrations a database lacks, and refuses a database newer than the server', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cert-elements-migrate-'));
    const file = join(dir, 'db.sqlite');
    try {
      const newest = MIGRATIONS.length;
      const extra = {
        version: newest + 1,
        name: 'a test column',
        sql: 'ALTER TABLE learners ADD COLUMN nickname TEXT',
      };
      openDatabase(file).close();
      const db = openDatabase(file, [...MIGRATIONS, extra]);
      const applied = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as {
        version: number;
      }[];
      assert.deepEqual(
        applied.map((a) => a.version),
        [...MIGRATIONS.map((m) => m.version), newest + 1],
      );
      db.close();
      openDatabase(file, [...MIGRATIONS, extra]).close();
      assert.throws(
        () => openDatabase(file),
        new RegExp(`schema version ${newest + 1}, newer than this server knows \\(${newest}\\)`),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rolls a failing migration back whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cert-elements-migrate-'));
    const file = join(dir, 'db.sqlite');
    try {
      const broken = {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        sql: 'CREATE TABLE half (x INTEGER); SELECT * FROM no_such_table;',
      };
      assert.throws(() => openDatabase(file, [...MIGRATIONS, broken]), /no_such_table/);
      const db = openDatabase(file);
      assert.equal(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get(), undefined);
      assert.equal(
        (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number }).v,
        MIGRATIONS.length,
      );
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
