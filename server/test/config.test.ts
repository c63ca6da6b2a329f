/** Settings from environment variables. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { configFromEnv, defaultConfig, REPOSITORY_ROOT } from '../src/config.js';

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

  it('refuses an unreadable value, naming the variable', () => {
    assert.throws(() => configFromEnv({ PORT: 'eighty' }), /^Error: PORT must be a whole number/);
    assert.throws(() => configFromEnv({ SCRYPT_LOG2_N: '8' }), /SCRYPT_LOG2_N must be a whole number from 10 to 20/);
    assert.throws(() => configFromEnv({ DEMO_SIGN_IN: 'perhaps' }), /DEMO_SIGN_IN must be true or false/);
    assert.throws(() => configFromEnv({ SMTP_URL: 'mail.example.com' }), /SMTP_URL must be an smtp/);
    assert.throws(() => configFromEnv({ API_BASE: 'api/' }), /API_BASE must be a path/);
  });
});
