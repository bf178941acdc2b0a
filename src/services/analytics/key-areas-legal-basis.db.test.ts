import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCordisProjectFile } from '../../../test/support/cordis-project-file.js';
import { importRealH2020, openInitialisedStore } from '../../../test/support/initialised-store.js';
import { testBackend } from '../../../test/support/test-store.js';
import { createApp } from '../../http/create-app.js';
import { IMPORTERS, runImport } from '../../importers/index.js';
import type { Store } from '../../storage/store.js';
import { AnalyticsService } from './analytics-service.js';
import type { RegionKeyAreas } from './region-key-areas.js';

// The real H2020 data as in key-areas-real-data.db.test.ts, then CORDIS's project file in its
// current layout made from the same data (test/support/cordis-project-file.ts): every project
// with the legal-basis code of its programme part.

describe(`key areas with CORDIS's project file loaded on ${testBackend}`, () => {
  let store: Store;
  let app: FastifyInstance;
  const now = () => new Date('2026-11-28T10:00:00Z');
  const byPart = new Map<string, RegionKeyAreas>();

  beforeAll(async () => {
    store = await openInitialisedStore(now);
    await importRealH2020(store, now);
    const before = new AnalyticsService(store, now);
    for (const taxonomy of ['topsectoren-2011', 'sleutelgebieden-2004'])
      byPart.set(taxonomy, await before.keyAreas('NL213', { taxonomy }));
    const project = await writeCordisProjectFile(
      await mkdtemp(join(tmpdir(), 'cordis-keyareas-')),
      'current',
    );
    await runImport(store, IMPORTERS.cordis!, project.path, { clock: now });
    app = await createApp({ store, version: 'test', now });
  }, 400_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('says the figures before the file was loaded were classified by programme part', () => {
    expect(byPart.get('topsectoren-2011')!.classification).toBe('programme_part');
  });

  it('classifies by legal basis once the file is loaded, and at programme-part depth gives the same figures', async () => {
    const analytics = new AnalyticsService(store, now);
    for (const taxonomy of ['topsectoren-2011', 'sleutelgebieden-2004']) {
      const result = await analytics.keyAreas('NL213', { taxonomy });
      const earlier = byPart.get(taxonomy)!;
      expect(result.classification).toBe('legal_basis');
      expect(result.source.method).toMatch(/legal-basis codes and call topics/);
      expect(result.source.method_nl).toMatch(/rechtsgrondslagcodes en call-topics/);
      // Every code of this file is the code of the project's programme part, and each such code
      // is classified as its part is: the figures must not move.
      expect(result.areas.map((a) => a.key_area)).toEqual(earlier.areas.map((a) => a.key_area));
      result.areas.forEach((a, i) => {
        expect(a.value).toBeCloseTo(earlier.areas[i]!.value!, 9);
        expect(a.lq).toBeCloseTo(earlier.areas[i]!.lq!, 9);
      });
      expect(result.unclassified.value).toBe(earlier.unclassified.value);
    }
  });

  it('gives no two key areas the same activity share in every Dutch province: none is a fixed share of another', async () => {
    // Two key areas may share a value by chance in one region (Twente has 8.4 participations in
    // both Agri & Food and Logistics); a pair the classification cannot tell apart would share it
    // in every province.
    const analytics = new AnalyticsService(store, now);
    const regions = await store.db
      .selectFrom('regions')
      .select('code')
      .where('country_code', '=', 'NL')
      .where('level', '=', 2)
      .execute();
    expect(regions.length).toBe(12);
    for (const taxonomy of ['topsectoren-2011', 'sleutelgebieden-2004']) {
      const profiles = new Map<string, string[]>();
      for (const { code } of regions) {
        const result = await analytics.keyAreas(code, { taxonomy });
        for (const a of result.areas) {
          const share = result.region_total ? (a.value ?? 0) / result.region_total : 0;
          profiles.set(a.key_area, [...(profiles.get(a.key_area) ?? []), share.toFixed(12)]);
        }
      }
      const distinct = new Set([...profiles.values()].map((p) => p.join('|')));
      expect(distinct.size).toBe(profiles.size);
    }
  });

  it('answers GET /api/regions/NL213/keyareas with the classification and the unclassified share', async () => {
    const response = await app.inject({ url: '/api/regions/NL213/keyareas' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      classification: string;
      unclassified: { value: number; share: number };
      region_total: number;
    }>();
    expect(body.classification).toBe('legal_basis');
    expect(body.unclassified.share).toBeGreaterThan(0);
    expect(body.unclassified.share).toBeLessThan(1);
    expect(body.unclassified.share).toBeCloseTo(
      body.unclassified.value / (body.unclassified.value + body.region_total),
      9,
    );
  });
});
