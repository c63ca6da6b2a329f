/**
 * Opening a share does the same hashing whatever the transcript ID: an unknown, a revoked or an
 * expired share costs what a live share with a wrong code costs, so response time cannot tell
 * which IDs exist. Counted through the injected hashing, never timed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoData } from '../../src/demo/demo-data.js';
import { SCRYPT_ACCESS_CODES, type AccessCodeHashing } from '../src/access-codes.js';
import { defaultConfig } from '../src/config.js';
import { openDatabase } from '../src/database.js';
import { TranscriptShares, type ShareRules } from '../src/shares.js';
import { Store } from '../src/store.js';
import { DAY_MS, ManualClock, testDatabase } from './helpers.js';

/** scrypt as the server uses it, counting each hash and each verification. */
class CountingCodes implements AccessCodeHashing {
  hashes = 0;
  verifications = 0;
  hash = (code: string, log2N: number) => {
    this.hashes++;
    return SCRYPT_ACCESS_CODES.hash(code, log2N);
  };
  verify = (code: string, stored: string) => {
    this.verifications++;
    return SCRYPT_ACCESS_CODES.verify(code, stored);
  };
}

describe('hashing work per view', () => {
  it('is the same for an unknown, a revoked and an expired share as for a wrong code', async (t) => {
    const config = defaultConfig();
    const rules: ShareRules = {
      lifetimeDays: config.shareLifetimeDays,
      maxFailedPerTranscript: 1000,
      maxFailedPerClient: 1000,
      suspendAfterFailures: 1000,
      windowMs: config.shareAttemptWindowMs,
      maxActive: 100,
      scryptLog2N: 10,
    };
    const clock = new ManualClock();
    const database = await testDatabase();
    const sql = await openDatabase(database.location);
    t.after(async () => {
      await sql.close();
      await database.dispose();
    });
    const store = new Store(sql);
    const demo = demoData(clock.now());
    await store.putLearner(demo.learner, demo.certifications, demo.badges, clock.now());
    const codes = new CountingCodes();
    const shares = new TranscriptShares(store, rules, clock.now, codes);
    await shares.prepare();

    const code = 'the-right-code';
    const expired = await shares.create(demo.learner.id, code, false);
    clock.advance(rules.lifetimeDays * DAY_MS);
    const live = await shares.create(demo.learner.id, code, false);
    const revoked = await shares.create(demo.learner.id, code, false);
    assert.ok(await shares.revoke(demo.learner.id, revoked.transcriptId));

    let client = 0;
    const work = async (transcriptId: string, accessCode: string) => {
      const [hashes, verifications] = [codes.hashes, codes.verifications];
      const result = await shares.view(transcriptId, accessCode, `client-${client++}`);
      return {
        outcome: result.outcome,
        hashes: codes.hashes - hashes,
        verifications: codes.verifications - verifications,
      };
    };

    const wrongCode = await work(live.transcriptId, 'not-the-code');
    assert.deepEqual(wrongCode, { outcome: 'no-match', hashes: 0, verifications: 1 });
    for (const [what, transcriptId] of [
      ['unknown', 'ZZZZZZZZZZZZZ'],
      ['revoked', revoked.transcriptId],
      ['expired', expired.transcriptId],
    ]) {
      assert.deepEqual(await work(transcriptId, code), wrongCode, what);
    }
    assert.deepEqual(
      await work(live.transcriptId, code),
      { ...wrongCode, outcome: 'shown' },
      'the right code costs the same too',
    );
  });
});
