import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, testBackend } from '../../../test/support/test-store.js';
import type { Store } from '../../storage/store.js';
import { AnalyticsService } from './analytics-service.js';

describe(`figures asked of a database without regions on ${testBackend}`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(() => store.close());

  it('say that the database is empty and how to fill it, not that the region is unknown', async () => {
    const service = new AnalyticsService(store);
    await expect(service.helix('NL213')).rejects.toThrow(
      /holds no regions yet: run `regiokracht init` first, or check --db/,
    );
  });
});
