/** The store keeps only learner data shaped as openapi.yaml's responses, and gives it back as kept. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoData } from '../../src/demo/demo-data.js';
import { openDatabase } from '../src/database.js';
import { Store } from '../src/store.js';
import { testDatabase } from './helpers.js';

const NOW = new Date('2026-03-02T09:00:00Z');

/** A store on an empty database (SQLite or PostgreSQL, as the run has it), closed and dropped after `use`. */
async function withEmptyStore(use: (store: Store) => Promise<void>): Promise<void> {
  const database = await testDatabase();
  const sql = await openDatabase(database.location);
  try {
    await use(new Store(sql));
  } finally {
    await sql.close();
    await database.dispose();
  }
}

describe('learner data in the store', () => {
  it('keeps the demo learner and gives back exactly what it was given', () =>
    withEmptyStore(async (store) => {
      const demo = demoData(NOW);
      await store.putLearner(demo.learner, demo.certifications, demo.badges, NOW);
      assert.deepEqual(await store.learner(demo.learner.id), demo.learner);
      assert.deepEqual(await store.certifications(demo.learner.id), demo.certifications);
      assert.deepEqual(await store.badges(demo.learner.id), demo.badges);
    }));

  it('refuses a property the contract does not list, a date that does not exist and a wrong status, storing nothing', () =>
    withEmptyStore(async (store) => {
      const { learner, certifications, badges } = demoData(NOW);
      const [first, ...rest] = certifications;
      const refused = [
        () => store.putLearner({ ...learner, password: 'x' } as typeof learner, certifications, badges, NOW),
        () => store.putLearner(learner, [{ ...first, earnedOn: '2023-02-29' }, ...rest], badges, NOW),
        () => store.putLearner(learner, [{ ...first, status: 'pending' as 'earned' }, ...rest], badges, NOW),
        () => store.putLearner(learner, certifications, [{ ...badges[0], secret: true } as (typeof badges)[0]], NOW),
      ];
      for (const put of refused) await assert.rejects(put, /Not as openapi\.yaml has it/);
      assert.equal(await store.hasLearner(learner.id), false);
    }));
});
