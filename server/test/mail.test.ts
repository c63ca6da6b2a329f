/** Transcript e-mail: the outbox table and `.eml` files by default, a pluggable transport, limits. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Learner } from '../../src/model.js';
import type { MailMessage, MailTransport } from '../src/mail.js';
import { startTestServer } from './helpers.js';

interface OutboxRow {
  to_address: string;
  subject: string;
  body_text: string;
  include_address: number;
  transport: string;
  eml_file: string | null;
}

describe('transcript e-mail', () => {
  it('writes each message to the outbox table and as an .eml file, the address only when chosen', async () => {
    const server = await startTestServer();
    try {
      await server.signIn();
      const learner = (await server.api('/learner')).json as Learner;
      const address = learner.address;
      assert.ok(address, 'the demo learner has an address');
      assert.equal(
        (await server.api('/transcript/email', { body: { to: ' hr@example.com ', includeAddress: false } })).status,
        204,
      );
      assert.equal(
        (
          await server.api('/transcript/email', {
            body: { to: 'María.Núñez+cv@correo.example.es', includeAddress: true },
          })
        ).status,
        204,
      );
      const rows = server.db.prepare('SELECT * FROM outbox ORDER BY id').all() as OutboxRow[];
      assert.equal(rows.length, 2);
      const [without, withAddress] = rows;
      assert.equal(without.to_address, 'hr@example.com');
      assert.equal(without.transport, 'outbox-folder');
      assert.equal(without.subject, `Academic transcript of ${learner.name}`);
      assert.ok(without.body_text.includes(learner.name));
      assert.ok(!without.body_text.includes(address.street));
      assert.ok(withAddress.body_text.includes(address.street));

      const files = readdirSync(join(server.dataDir, 'outbox')).filter((f) => f.endsWith('.eml'));
      assert.equal(files.length, 2);
      const eml = readFileSync(without.eml_file!, 'utf8');
      assert.match(eml, /^To: hr@example\.com$/m);
      assert.match(eml, /^From: "cert-elements demo" <no-reply@cert-elements\.invalid>$/m);
      assert.match(eml, /^Subject: =\?UTF-8\?/m, 'the non-ASCII subject is encoded');
      assert.match(eml, /^Content-Type: text\/plain; charset=utf-8$/m);
    } finally {
      await server.dispose();
    }
  });

  it('sends through a transport given to the server, and answers 503 when it fails, storing nothing', async () => {
    const sent: MailMessage[] = [];
    let failing = false;
    const transport: MailTransport = {
      name: 'test',
      send(message) {
        if (failing) return Promise.reject(new Error('SMTP server unreachable'));
        sent.push(message);
        return Promise.resolve({ messageId: '<1@test>', file: null });
      },
    };
    const server = await startTestServer({ mailTransport: transport });
    try {
      await server.signIn();
      assert.equal(
        (await server.api('/transcript/email', { body: { to: 'a@example.com', includeAddress: false } })).status,
        204,
      );
      assert.equal(sent.length, 1);
      assert.equal(sent[0].to, 'a@example.com');
      failing = true;
      const reply = await server.api('/transcript/email', { body: { to: 'b@example.com', includeAddress: false } });
      assert.equal(reply.status, 503);
      assert.equal(reply.headers.get('retry-after'), '60');
      assert.equal((server.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n, 1);
    } finally {
      await server.dispose();
    }
  });

  it('limits how many e-mails a learner sends in an hour', async () => {
    const server = await startTestServer({ config: { emailsPerHour: 3 } });
    try {
      await server.signIn();
      for (let i = 0; i < 3; i++) {
        server.clock.advance(60_000);
        assert.equal(
          (await server.api('/transcript/email', { body: { to: `p${i}@example.com`, includeAddress: false } })).status,
          204,
        );
      }
      const limited = await server.api('/transcript/email', { body: { to: 'p4@example.com', includeAddress: false } });
      assert.equal(limited.status, 429);
      assert.equal(limited.headers.get('retry-after'), String(60 * 60 - 2 * 60));
      server.clock.advance(58 * 60_000);
      assert.equal(
        (await server.api('/transcript/email', { body: { to: 'p4@example.com', includeAddress: false } })).status,
        204,
      );
    } finally {
      await server.dispose();
    }
  });
});
