/** Settings from environment variables. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { configFromEnv, defaultConfig, REPOSITORY_ROOT } from '../src/config.js';
import { displayedDatabaseUrl } from '../src/database.js';

describe('configuration', () => {
  it('defaults to 127.0.0.1:8080, data/ in the repository and the documented share rules', () => {
    const config = configFromEnv({});
    assert.deepEqual(config, defaultConfig());
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 8080);
    assert.equal(config.databaseFile, join(REPOSITORY_ROOT, 'data', 'cert-elements.sqlite'));
    assert.equal(config.shareLifetimeDays, 90);
    assert.equal(config.shareMaxFailedAttempts, 10);
    assert.equal(config.shareAttemptWindowMs, 15 * 60_000);
  });

  it('reads the environment, with files following DATA_DIR unless set themselves', () => {
    const config = configFromEnv({
      PORT: '0',
      DATA_DIR: '/srv/certs',
      OUTBOX_DIR: '/var/mail/certs',
      SHARE_LIFETIME_DAYS: '30',
      SHARE_ATTEMPT_WINDOW_MINUTES: '60',
      TRUSTED_ORIGINS: 'https://learn.example.com/, https://other.example.org:8443/path',
      DEMO_SIGN_IN: 'false',
      COOKIE_SECURE: 'true',
      WEB_ROOT: 'none',
    });
    assert.equal(config.port, 0);
    assert.equal(config.databaseFile, '/srv/certs/cert-elements.sqlite');
    assert.equal(config.outboxDir, '/var/mail/certs');
    assert.equal(config.shareLifetimeDays, 30);
    assert.equal(config.shareAttemptWindowMs, 60 * 60_000);
    assert.deepEqual(config.trustedOrigins, ['https://learn.example.com', 'https://other.example.org:8443']);
    assert.equal(config.demoSignIn, false);
    assert.equal(config.cookieSecure, true);
    assert.equal(config.webRoot, null);
  });

  it('reads the production settings: proxies, public URL, suspension, demo sign-in, the scrypt queue', () => {
    const defaults = configFromEnv({});
    assert.equal(defaults.trustProxy, false);
    assert.equal(defaults.publicBaseUrl, null);
    assert.equal(defaults.demoSignIn, false);
    assert.equal(defaults.shareSuspendAfterFailures, 50);
    assert.ok(defaults.scryptConcurrency >= 1 && defaults.scryptConcurrency <= 2);
    const config = configFromEnv({
      TRUST_PROXY: '1',
      PUBLIC_BASE_URL: 'https://learn.example.com/certs',
      SHARE_SUSPEND_AFTER_FAILURES: '80',
      DEMO_SIGN_IN: 'true',
      DEMO_SIGN_INS_PER_MINUTE: '3',
      SCRYPT_CONCURRENCY: '2',
      SCRYPT_QUEUE_LENGTH: '8',
    });
    assert.equal(config.trustProxy, 1);
    assert.equal(config.publicBaseUrl, 'https://learn.example.com/certs/');
    assert.equal(config.shareSuspendAfterFailures, 80);
    assert.equal(config.demoSignIn, true);
    assert.equal(config.demoSignInsPerMinute, 3);
    assert.equal(config.scryptConcurrency, 2);
    assert.equal(config.scryptQueueLength, 8);
    assert.throws(() => configFromEnv({ PUBLIC_BASE_URL: 'https://x.example/?a=1' }), /PUBLIC_BASE_URL/);
    assert.throws(() => configFromEnv({ TRUST_PROXY: '10.0.0.0/33' }), /TRUST_PROXY/);
  });

  it('reads DATABASE_URL and DATABASE_POOL_SIZE, and prints the URL without its password', () => {
    assert.equal(configFromEnv({}).databaseUrl, null, 'SQLite unless set');
    const config = configFromEnv({
      DATABASE_URL: 'postgres://certs:s3cret-pw@db.example.com:5432/certs?sslmode=require',
      DATABASE_POOL_SIZE: '4',
    });
    assert.equal(config.databaseUrl, 'postgres://certs:s3cret-pw@db.example.com:5432/certs?sslmode=require');
    assert.equal(config.databasePoolSize, 4);
    assert.equal(
      displayedDatabaseUrl(config.databaseUrl),
      'postgres://certs:***@db.example.com:5432/certs?sslmode=require',
    );
    assert.throws(
      () => configFromEnv({ DATABASE_URL: 'mysql://db.example.com/certs' }),
      /DATABASE_URL must be a postgres/,
    );
  });

  it('has every variable it reads documented in server/README.md', () => {
    const source = readFileSync(join(REPOSITORY_ROOT, 'server', 'src', 'config.ts'), 'utf8');
    const readme = readFileSync(join(REPOSITORY_ROOT, 'server', 'README.md'), 'utf8');
    const names = [...source.matchAll(/set\(\s*'\w+',\s*'([A-Z0-9_]+)'/g)].map((m) => m[1]);
    assert.ok(names.length > 20, `found ${names.length}`);
    for (const name of names) assert.match(readme, new RegExp(`^\\| \`${name}\``, 'm'), `${name} in the table`);
  });

  it('refuses an unreadable value, naming the variable', () => {
    assert.throws(() => configFromEnv({ PORT: 'eighty' }), /^Error: PORT must be a whole number/);
    assert.throws(() => configFromEnv({ SCRYPT_LOG2_N: '8' }), /SCRYPT_LOG2_N must be a whole number from 10 to 20/);
    assert.throws(() => configFromEnv({ DEMO_SIGN_IN: 'perhaps' }), /DEMO_SIGN_IN must be true or false/);
    assert.throws(() => configFromEnv({ SMTP_URL: 'mail.example.com' }), /SMTP_URL must be an smtp/);
    assert.throws(() => configFromEnv({ API_BASE: 'api/' }), /API_BASE must be a path/);
  });
});
