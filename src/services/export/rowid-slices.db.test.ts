import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededStore } from '../../../test/support/seeded-store.js';
import { loadSmallNetwork } from '../../../test/support/small-network.js';
import { openTestStore, testBackend } from '../../../test/support/test-store.js';
import type { Store } from '../../storage/store.js';
import { inRowidSlices } from './rowid-slices.js';

describe(`reading a whole table in rowid slices on ${testBackend}`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openSeededStore();
    await loadSmallNetwork(store);
  });
  afterAll(() => store.close());

  const everyParticipation = (slice: number, calls: { n: number }) =>
    inRowidSlices(
      store,
      'participations',
      'p',
      (range) => {
        calls.n++;
        return store.db
          .selectFrom('participations as p')
          .select(['p.project_id', 'p.actor_id'])
          .$if(range !== undefined, (q) => q.where(range!))
          .execute();
      },
      slice,
    );

  it('returns every row once, as one statement over the whole table does', async () => {
    const whole = await store.db
      .selectFrom('participations')
      .select(['project_id', 'actor_id'])
      .execute();
    expect(whole.length).toBeGreaterThan(6);
    const key = (r: { project_id: string; actor_id: string }) => `${r.project_id} ${r.actor_id}`;
    const calls = { n: 0 };
    const sliced = await everyParticipation(3, calls);
    expect(sliced.map(key).sort()).toEqual(whole.map(key).sort());
    // SQLite: one statement per three rowids; PostgreSQL: one statement, run by the server.
    expect(calls.n).toBe(testBackend === 'sqlite' ? Math.ceil(whole.length / 3) : 1);
  });

  it('gives the event loop a turn between two slices', async () => {
    const order: string[] = [];
    const calls = { n: 0 };
    const reading = everyParticipation(2, calls).then(() => order.push('read'));
    setImmediate(() => order.push('turn'));
    await reading;
    // Before the last slice is read, a callback waiting for the next turn has run.
    expect(order).toEqual(['turn', 'read']);
  });

  it('reads nothing from an empty table', async () => {
    const empty = await openTestStore();
    try {
      const calls = { n: 0 };
      const rows = await inRowidSlices(empty, 'actors', 'a', (range) => {
        calls.n++;
        return empty.db
          .selectFrom('actors as a')
          .select('a.id')
          .$if(range !== undefined, (q) => q.where(range!))
          .execute();
      });
      expect(rows).toEqual([]);
      expect(calls.n).toBe(testBackend === 'sqlite' ? 0 : 1);
    } finally {
      await empty.close();
    }
  });
});
