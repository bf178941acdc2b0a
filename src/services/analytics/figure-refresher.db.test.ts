import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedKeyAreas } from '../../../test/support/seed-key-areas.js';
import { seedNutsRegions } from '../../../test/support/seed-regions.js';
import { loadSmallNetwork } from '../../../test/support/small-network.js';
import { openTestStore, testBackend } from '../../../test/support/test-store.js';
import type { Store } from '../../storage/store.js';
import { AnalyticsService } from './analytics-service.js';
import { FigureRefresher } from './figure-refresher.js';
import { eventLoopTurnsDuring } from '../../../test/support/event-loop-turns.js';

const now = () => new Date('2026-12-01T00:00:00Z');

describe(`the background refresh of the stored figures on ${testBackend}`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
    await seedNutsRegions(store);
    await seedKeyAreas(store);
    await loadSmallNetwork(store);
  });
  afterAll(() => store.close());

  it('stores the Dutch regions’ figures a moment after it is asked to', async () => {
    const lines: string[] = [];
    const refresher = new FigureRefresher(new AnalyticsService(store, now), {
      delayMs: 5,
      log: (line) => lines.push(line),
    });
    refresher.schedule();
    await expect.poll(() => refresher.last, { timeout: 60_000 }).not.toBeNull();
    expect(refresher.last!.regions).toBe(57);
    expect(refresher.last!.computed).toBeGreaterThan(0);
    expect(lines[0]).toMatch(/^figures of 57 regions current: \d+ computed/);
    const twente = await store.db
      .selectFrom('figures')
      .select('key')
      .where('key', '=', 'helix:NL213:1000:1:en')
      .execute();
    expect(twente).toHaveLength(1);
    await refresher.stop();
  });

  it('gives the event loop a turn between two figures, so that requests are answered meanwhile', async () => {
    // On SQLite every read settles at once: without the turns, nothing else would run until the
    // whole run had ended. The figures are stored by now (the test above), so the run reads them.
    const refresher = new FigureRefresher(new AnalyticsService(store, now));
    let turns = 0;
    try {
      ({ turns } = await eventLoopTurnsDuring(() => refresher.run()));
    } finally {
      await refresher.stop();
    }
    const figures = refresher.last!.figures;
    expect(figures).toBeGreaterThan(100);
    expect(turns).toBeGreaterThanOrEqual(figures / 2);
  }, 180_000);

  it('runs no more once stopped', async () => {
    await store.db.deleteFrom('figures').execute();
    const refresher = new FigureRefresher(new AnalyticsService(store, now), { delayMs: 5 });
    await refresher.stop();
    refresher.schedule();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(refresher.last).toBeNull();
    expect(await store.db.selectFrom('figures').select('key').execute()).toEqual([]);
  });
});
