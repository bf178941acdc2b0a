import { describe, expect, it } from 'vitest';
import { useInitialisedStore } from '../../../test/support/initialised-store-suite.js';
import { testBackend } from '../../../test/support/test-store.js';
import { getPractice } from '../practices/practice-records.js';
import { listPractices } from '../practices/practice-service.js';
import { updatePractice } from '../practices/update-practice.js';
import { STARTER_PRACTICES } from './starter-practices.js';

const now = () => new Date('2026-12-05T10:00:00Z');

describe(`starter good practices on ${testBackend}`, () => {
  const suite = useInitialisedStore(now, { starterPractices: true });

  it('are published with the public address they come from, in their regions and key areas', async () => {
    const page = await listPractices(suite.store, {}, { limit: 100, offset: 0 });
    expect(page.items.map((p) => p.id).sort()).toEqual(STARTER_PRACTICES.map((p) => p.id).sort());
    for (const starter of STARTER_PRACTICES) {
      const practice = await getPractice(suite.store.db, starter.id);
      expect(practice).toMatchObject({
        status: 'published',
        region: { code: starter.region_code },
        topic: starter.topic,
        source_url: starter.source_url,
      });
      expect(practice.source_url).toMatch(/^https:\/\//);
      expect(practice.key_areas.map((k) => k.id).sort()).toEqual(
        starter.keyAreas.map(([taxonomy, code]) => `${taxonomy}/${code}`).sort(),
      );
    }
  });

  it('are found by full-text search', async () => {
    const found = await listPractices(suite.store, { q: 'Kennispark' }, { limit: 10, offset: 0 });
    expect(found.items.map((p) => p.id)).toEqual(['gp-kennispark-twente']);
  });

  it('are written once: a second init duplicates nothing and keeps an edit', async () => {
    await updatePractice({ store: suite.store, now }, 'gp-food-valley', {
      version: 1,
      contact: 'Test: changed by an editor',
    });
    const { before, after } = await suite.initialiseAgain();
    expect(after).toEqual(before);
    expect(await getPractice(suite.store.db, 'gp-food-valley')).toMatchObject({
      contact: 'Test: changed by an editor',
      version: 2,
    });
  });
});
