/** Transcript e-mail: the outbox table and `.eml` files by default, a pluggable transport, limits. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Certification, Learner, Transcript } from '../../src/model.js';
import { transcriptEmail, type MailMessage, type MailTransport } from '../src/mail.js';
import { startTestServer, type TestServer } from './helpers.js';

interface OutboxRow {
  to_address: string;
  lang: string | null;
  subject: string;
  body_text: string;
  include_address: number;
  transport: string;
  eml_file: string | null;
}

/** What a mail program shows of an `.eml` file nodemailer wrote: decoded headers and each text part. */
function readEml(eml: string): { header: (name: string) => string | null; text: string; html: string } {
  const [head = '', ...rest] = eml.split(/\n\n/);
  const unfolded = head.replace(/\n[ \t]+/g, ' ');
  const header = (name: string) => {
    const raw = new RegExp(`^${name}: (.*)$`, 'im').exec(unfolded)?.[1];
    return raw === undefined ? null : decodeWords(raw);
  };
  const body = rest.join('\n\n');
  const boundary = /boundary="?([^";\n]+)"?/.exec(unfolded)?.[1];
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1) : [body];
  const part = (type: string) => {
    const found = parts.find((p) => new RegExp(`^Content-Type: ${type}`, 'im').test(p));
    if (!found) return '';
    const [partHead = '', ...partBody] = found.replace(/^\n/, '').split(/\n\n/);
    const content = partBody.join('\n\n');
    if (/Content-Transfer-Encoding: base64/i.test(partHead)) return Buffer.from(content, 'base64').toString('utf8');
    if (/Content-Transfer-Encoding: quoted-printable/i.test(partHead)) return decodeQuotedPrintable(content);
    return content;
  };
  return { header, text: part('text/plain'), html: part('text/html') };
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}

/** RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`), adjacent ones joined. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

async function emailTranscript(server: TestServer, body: Record<string, unknown>) {
  return server.api('/transcript/email', { body: { includeAddress: false, ...body } });
}

const lastRow = async (server: TestServer) =>
  (await server.sql.all<OutboxRow>('SELECT * FROM outbox ORDER BY id DESC LIMIT 1'))[0];

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
      const rows = await server.sql.all<OutboxRow>('SELECT * FROM outbox ORDER BY id');
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
      assert.equal(await server.count('SELECT count(*) AS n FROM outbox'), 1);
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

  it('writes subject, body and dates in Spanish when asked, with the expired certifications and their links', async () => {
    const server = await startTestServer();
    try {
      await server.signIn();
      const learner = (await server.api('/learner')).json as Learner;
      const certifications = (await server.api('/certifications')).json as Certification[];
      assert.equal((await emailTranscript(server, { to: 'rrhh@empresa.example.es', lang: 'es' })).status, 204);
      const row = await lastRow(server);
      assert.equal(row.lang, 'es');
      assert.equal(row.subject, `Expediente académico de ${learner.name}`);
      const eml = readEml(readFileSync(row.eml_file!, 'utf8'));
      assert.equal(eml.header('Subject'), `Expediente académico de ${learner.name}`);
      assert.equal(eml.header('Content-Language'), 'es');
      const spanishDay = (iso: string) =>
        new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
      const expired = certifications.find((c) => c.status === 'expired')!;
      const earned = certifications.find((c) => c.status === 'earned')!;
      for (const body of [eml.text, eml.html]) {
        assert.match(body, /Generado el 2 de marzo de 2026/);
        for (const heading of ['Certificaciones', 'Certificaciones caducadas', 'Exámenes aprobados'])
          assert.ok(body.includes(heading), heading);
        assert.ok(body.includes(expired.title), 'the expired certification is on it');
        assert.ok(body.includes(`caducó el ${spanishDay(expired.expiresOn!)}`));
        assert.ok(body.includes(`Obtenida el ${spanishDay(earned.earnedOn!)}`));
        assert.ok(body.includes(`ID de credencial: ${earned.credentialId}`));
        assert.ok(body.includes(`ID de credencial: ${expired.credentialId}`));
        assert.ok(body.includes('pidió que se enviara este correo a rrhh@empresa.example.es'));
        assert.doesNotMatch(body, /\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}/, 'no raw ISO dates');
        assert.doesNotMatch(body, /Certifications|Generated|Passed exams/, 'no English');
      }
      // The expired section comes after the active one, and holds the expired certification.
      assert.ok(eml.text.indexOf(expired.title) > eml.text.indexOf('Certificaciones caducadas'));
      assert.ok(eml.text.includes(`Verificar en ${expired.verificationUrl}`));
      assert.ok(eml.html.includes(`<a href="${expired.verificationUrl}">${expired.verificationUrl}</a>`));
      assert.ok(eml.html.includes('<html lang="es">'));
    } finally {
      await server.dispose();
    }
  });

  it('writes French for fr-CA, with its dates as Canadian French writes them', async () => {
    const server = await startTestServer();
    try {
      await server.signIn();
      const learner = (await server.api('/learner')).json as Learner;
      const certifications = (await server.api('/certifications')).json as Certification[];
      assert.equal((await emailTranscript(server, { to: 'rh@exemple.example.ca', lang: 'fr-CA' })).status, 204);
      const row = await lastRow(server);
      assert.equal(row.lang, 'fr-CA');
      const eml = readEml(readFileSync(row.eml_file!, 'utf8'));
      assert.equal(eml.header('Subject'), `Relevé de notes de ${learner.name}`);
      const frenchDay = (iso: string) =>
        new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
      const earned = certifications.find((c) => c.status === 'earned')!;
      for (const body of [eml.text, eml.html]) {
        for (const heading of ['Certifications expirées', 'Examens réussis'])
          assert.ok(body.includes(heading), heading);
        assert.ok(body.includes(`Obtenue le ${frenchDay(earned.earnedOn!)}`));
        assert.ok(body.includes('a demandé l’envoi de cet e-mail à rh@exemple.example.ca'));
        assert.doesNotMatch(body, /Expired certifications|Generated|Passed exams/, 'no English');
      }
    } finally {
      await server.dispose();
    }
  });

  it('writes English without lang or for a language it has no wording for, and refuses an ill-formed tag', async () => {
    const server = await startTestServer();
    try {
      await server.signIn();
      const learner = (await server.api('/learner')).json as Learner;
      assert.equal((await emailTranscript(server, { to: 'a@example.com' })).status, 204);
      assert.equal((await lastRow(server)).lang, null);
      assert.equal((await lastRow(server)).subject, `Academic transcript of ${learner.name}`);
      // Swedish: a language the server has no wording for.
      assert.equal((await emailTranscript(server, { to: 'b@example.com', lang: 'sv-SE' })).status, 204);
      const row = await lastRow(server);
      assert.equal(row.lang, 'sv-SE');
      const eml = readEml(readFileSync(row.eml_file!, 'utf8'));
      assert.equal(eml.header('Subject'), `Academic transcript of ${learner.name}`);
      assert.match(eml.text, /Generated March 2, 2026 at 9:00 AM UTC/);
      assert.match(eml.text, /Expired certifications/);
      for (const lang of ['en_US', 'x', 'es-'.padEnd(40, 'a'), '']) {
        const refused = await emailTranscript(server, { to: 'c@example.com', lang });
        assert.equal(refused.status, 422, lang);
        assert.equal((refused.json as { field?: string }).field, 'lang');
      }
      assert.equal((await emailTranscript(server, { to: 'c@example.com', lang: 3 })).status, 400);
    } finally {
      await server.dispose();
    }
  });

  it('sets Reply-To to the learner’s address, and no Reply-To when that address is not valid', async () => {
    const server = await startTestServer();
    try {
      await server.signIn();
      const learner = (await server.api('/learner')).json as Learner;
      assert.equal((await emailTranscript(server, { to: 'hr@example.com' })).status, 204);
      const eml = readEml(readFileSync((await lastRow(server)).eml_file!, 'utf8'));
      assert.equal(eml.header('Reply-To'), learner.email);
      assert.equal(eml.header('From'), '"cert-elements demo" <no-reply@cert-elements.invalid>');
      const invalid = transcriptEmail(hostileTranscript({ email: 'not an address\r\nBcc: x@evil.example' }), {
        to: 'hr@example.com',
        from: 'no-reply@example.org',
        lang: null,
      });
      assert.equal(invalid.replyTo, undefined);
    } finally {
      await server.dispose();
    }
  });

  it('escapes every value from data in the HTML part, and links only http(s) URLs', () => {
    const message = transcriptEmail(hostileTranscript(), {
      to: 'hr@example.com',
      from: 'no-reply@example.org',
      lang: 'es',
    });
    const html = message.html;
    assert.ok(!html.includes('<script'), 'no markup from data');
    assert.ok(!html.includes('<img'), 'no markup from data');
    assert.ok(html.includes('&#60;script&#62;alert(&#34;name&#34;)&#60;/script&#62;'));
    assert.ok(html.includes('Data &#38; &#60;b&#62;Bold&#60;/b&#62;'));
    assert.ok(html.includes('&#60;img src=x onerror=alert(1)&#62;'));
    assert.ok(html.includes('<a href="https://verify.example.org/c?id=1&#38;x=%22y%22">'));
    assert.ok(!html.includes('javascript:'), 'a javascript: URL is no link and is left off');
    assert.ok(!message.text.includes('javascript:'));
    // The plain-text alternative carries the same data as written.
    assert.ok(message.text.includes('<script>alert("name")</script>'));
    assert.ok(message.text.includes('Data & <b>Bold</b>'));
    assert.equal(message.replyTo, 'learner@example.org');
  });

  it('refuses an identical request within a minute with 429 and Retry-After, and sends a different one', async () => {
    const server = await startTestServer();
    try {
      await server.signIn();
      const request = { to: 'hr@example.com', includeAddress: true, lang: 'es' };
      assert.equal((await emailTranscript(server, request)).status, 204);
      server.clock.advance(20_000);
      const again = await emailTranscript(server, { ...request, to: ' HR@example.com ' });
      assert.equal(again.status, 429);
      assert.equal(again.headers.get('retry-after'), '40');
      assert.match(again.headers.get('content-type') ?? '', /^application\/problem\+json/);
      // Any difference makes it another e-mail.
      for (const other of [{ to: 'cv@example.com' }, { includeAddress: false }, { lang: 'en' }, { lang: undefined }])
        assert.equal((await emailTranscript(server, { ...request, ...other })).status, 204, JSON.stringify(other));
      assert.equal(await server.count('SELECT count(*) AS n FROM outbox'), 5);
      server.clock.advance(40_000);
      assert.equal((await emailTranscript(server, request)).status, 204, 'a minute later it goes again');
    } finally {
      await server.dispose();
    }
  });

  it('sends at most the hourly cap when 200 requests arrive at once (the slot is reserved before the send)', async () => {
    const sent: MailMessage[] = [];
    const transport: MailTransport = {
      name: 'slow',
      async send(message) {
        sent.push(message);
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { messageId: null, file: null };
      },
    };
    const server = await startTestServer({ mailTransport: transport });
    try {
      await server.signIn();
      const replies = await Promise.all(
        Array.from({ length: 200 }, (_, i) => emailTranscript(server, { to: `hr${i}@example.com` })),
      );
      const statuses = replies.map((r) => r.status);
      assert.equal(sent.length, 20, 'no more e-mails than EMAILS_PER_HOUR');
      assert.equal(statuses.filter((s) => s === 204).length, 20);
      assert.equal(statuses.filter((s) => s === 429).length, 180);
      assert.equal(await server.count('SELECT count(*) AS n FROM outbox'), 20);
    } finally {
      await server.dispose();
    }
  });

  it('gives the slot back when the send fails, so a failed e-mail does not use up the cap', async () => {
    let failing = true;
    const transport: MailTransport = {
      name: 'flaky',
      send: () => (failing ? Promise.reject(new Error('down')) : Promise.resolve({ messageId: null, file: null })),
    };
    const server = await startTestServer({ mailTransport: transport, config: { emailsPerHour: 2 } });
    try {
      await server.signIn();
      for (let i = 0; i < 5; i++)
        assert.equal((await emailTranscript(server, { to: `f${i}@example.com` })).status, 503);
      failing = false;
      assert.equal(
        (await emailTranscript(server, { to: 'f0@example.com' })).status,
        204,
        'not an identical repeat either',
      );
      assert.equal((await emailTranscript(server, { to: 'f1@example.com' })).status, 204);
      assert.equal((await emailTranscript(server, { to: 'f2@example.com' })).status, 429);
    } finally {
      await server.dispose();
    }
  });

  it('sends one e-mail for two identical requests at once', async () => {
    let release!: () => void;
    const sent: MailMessage[] = [];
    const transport: MailTransport = {
      name: 'slow',
      async send(message) {
        sent.push(message);
        await new Promise<void>((resolve) => (release = resolve));
        return { messageId: null, file: null };
      },
    };
    const server = await startTestServer({ mailTransport: transport });
    try {
      await server.signIn();
      const first = emailTranscript(server, { to: 'hr@example.com' });
      while (sent.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      const second = await emailTranscript(server, { to: 'hr@example.com' });
      assert.equal(second.status, 429);
      assert.equal(second.headers.get('retry-after'), '60');
      release();
      assert.equal((await first).status, 204);
      assert.equal(sent.length, 1);
    } finally {
      await server.dispose();
    }
  });
});

/** A transcript whose every value tries to be markup or a script link. */
function hostileTranscript(learner: Partial<Transcript['learner']> = {}): Transcript {
  const certification = (overrides: Partial<Certification>): Certification => ({
    id: 'c',
    title: 'Data & <b>Bold</b>',
    code: '<i>X</i>',
    status: 'earned',
    earnedOn: '2025-03-14',
    expiresOn: null,
    credentialId: '"><img src=x onerror=alert(1)>',
    verificationUrl: 'https://verify.example.org/c?id=1&x="y"',
    issuer: { name: '<u>Issuer</u>' },
    exams: [],
    ...overrides,
  });
  return {
    learner: {
      id: 'l',
      name: '<script>alert("name")</script>',
      email: 'learner@example.org',
      address: { street: '<svg onload=alert(1)>', locality: 'Madrid' },
      ...learner,
    },
    certifications: [
      certification({}),
      certification({ id: 'd', status: 'expired', expiresOn: '2024-01-01', verificationUrl: 'javascript:alert(1)' }),
    ],
    exams: [{ code: '<EX>', title: '<img src=x onerror=alert(2)>', passedOn: '2025-03-01' }],
    generatedAt: '2026-03-02T09:00:00.000Z',
  };
}
