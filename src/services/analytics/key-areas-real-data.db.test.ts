import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRealH2020, openInitialisedStore } from '../../../test/support/initialised-store.js';
import { testBackend } from '../../../test/support/test-store.js';
import type { Store } from '../../storage/store.js';
import { AnalyticsService } from './analytics-service.js';

// The real H2020 data: the NUTS regions, the CBS place table (to place Dutch organisations), the
// CORDIS organisations, participations and programme parts, and the default programme mapping.

describe(`key areas of the real data on ${testBackend}`, () => {
  let store: Store;
  let analytics: AnalyticsService;
  const now = () => new Date('2026-11-28T10:00:00Z');

  beforeAll(async () => {
    store = await openInitialisedStore(now);
    await importRealH2020(store, now);
    analytics = new AnalyticsService(store, now);
  }, 300_000);
  afterAll(() => store?.close());

  it('measures Agri & Food and Horticulture in one row: only SC2 classifies into them, always 3 to 1', async () => {
    const result = await analytics.keyAreas('NL213');
    const merged = result.areas.filter((a) => a.members.length > 1);
    expect(merged.map((a) => a.members.map((m) => m.key_area))).toEqual([
      ['topsectoren-2011/agri-food', 'topsectoren-2011/horticulture'],
    ]);
    expect(merged[0]!.name_nl).toBe('Agri & Food + Tuinbouw & Uitgangsmaterialen');
    expect(result.areas.some((a) => a.key_area === 'topsectoren-2011/horticulture')).toBe(false);
  });

  it('gives Twente no two key areas the same share of the national total or the same LQ', async () => {
    for (const taxonomy of ['topsectoren-2011', 'sleutelgebieden-2004']) {
      const result = await analytics.keyAreas('NL213', { taxonomy });
      const shares = result.areas.map((a) => a.share_of_national);
      const lqs = result.areas.map((a) => a.lq);
      expect(new Set(shares).size).toBe(shares.length);
      expect(new Set(lqs).size).toBe(lqs.length);
    }
  });

  it("shows Twente's unclassified activity (ERC, MSCA, SME instrument ...) beside the classified total", async () => {
    const result = await analytics.keyAreas('NL213');
    expect(result.unclassified.value).toBeGreaterThan(0);
    // Each classified project's weights add up to 1, so classified + unclassified = all participations.
    expect(result.unclassified.share).toBeCloseTo(
      result.unclassified.value! / (result.unclassified.value! + result.region_total!),
      9,
    );
  });

  it('never counts Agri & Food and Horticulture as two specialisations or two gaps elsewhere', async () => {
    const similar = await analytics.similar('NL213');
    for (const r of similar.regions)
      expect([...r.they_lead, ...r.we_lead]).not.toContain('topsectoren-2011/horticulture');
    const next = await analytics.nextVisit({ level: 3 });
    const coverage = next.ranking.flatMap((r) => r.parts.filter((p) => p.part === 'coverage'));
    expect(coverage.length).toBeGreaterThan(0);
    const clusters = await analytics.clusters('NL213');
    expect(clusters.stars.map((s) => s.key_area)).not.toContain('topsectoren-2011/horticulture');
  });
});
