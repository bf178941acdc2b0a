import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSmallNetwork } from '../../../test/support/small-network.js';
import { openInitialisedStore } from '../../../test/support/initialised-store.js';
import { testBackend } from '../../../test/support/test-store.js';
import type { Store } from '../../storage/store.js';
import { AnalyticsService } from './analytics-service.js';
import { HELIX_AT_COUNTRY_LEVEL_ONLY } from '../../../test/support/country-level-region.js';
import { NETWORK_MEASURES } from '../../core/network/network-undefined-measures.js';

/** Two Dutch organisations placed at country level only, beside the small network's placed ones. */
const unplacedActors = [
  {
    id: 'nlco',
    name: 'NLCO',
    helix_role: 'business',
    region_code: 'NL',
    country_code: 'NL',
    is_sme: 1,
  },
  {
    id: 'nlgov',
    name: 'NLGOV',
    helix_role: 'government',
    region_code: 'NL',
    country_code: 'NL',
    is_sme: 0,
  },
];
const unplacedParticipations = [
  { project_id: 'p3', actor_id: 'nlco', role: 'participant', contribution_eur: 400 },
  { project_id: 'p4', actor_id: 'nlco', role: 'participant', contribution_eur: 100 },
  { project_id: 'p2', actor_id: 'nlgov', role: 'participant', contribution_eur: 100 },
];

describe(`availability and coverage of the region figures on ${testBackend}`, () => {
  let store: Store;
  let service: AnalyticsService;
  beforeAll(async () => {
    store = await openInitialisedStore(() => new Date('2026-11-28T00:00:00Z'));
    await loadSmallNetwork(store);
    await store.transaction(async (tx) => {
      await tx.upsert('actors', ['id'], unplacedActors);
      await tx.upsert('participations', ['project_id', 'actor_id'], unplacedParticipations);
      await tx.db
        .updateTable('projects')
        .set({ start_date: '2015-03-01' })
        .where('id', 'in', ['p1', 'p2'])
        .execute();
      await tx.db
        .updateTable('projects')
        .set({ start_date: '2019-01-01' })
        .where('id', '=', 'p3')
        .execute();
    });
    service = new AnalyticsService(store);
  });
  afterAll(() => store.close());

  it('states a Dutch region measured, with the coverage recounted from the seeded rows', async () => {
    const rows = await store.db
      .selectFrom('participations as p')
      .innerJoin('actors as a', 'a.id', 'p.actor_id')
      .select(['a.region_code', 'a.country_code', 'a.helix_role', 'p.contribution_eur'])
      .where('a.country_code', '=', 'NL')
      .execute();
    const placed = rows.filter((r) => (r.region_code ?? '').length === 5);
    const unplaced = rows.filter((r) => (r.region_code ?? '').length < 5);
    const eur = (list: typeof rows) => list.reduce((s, r) => s + (r.contribution_eur ?? 0), 0);

    const helix = await service.helix('NL213', { resamples: 50 });
    expect(helix.available).toBe(true);
    expect(helix.reason).toBeNull();
    expect(helix.reason_code).toBeNull();
    expect(helix.coverage.placed_participations).toBe(placed.length);
    expect(helix.coverage.unplaced_participations).toBe(unplaced.length);
    expect(helix.coverage.unplaced_business_participations).toBe(
      unplaced.filter((r) => r.helix_role === 'business').length,
    );
    expect(helix.coverage.placed_share).toBeCloseTo(placed.length / rows.length, 12);
    expect(helix.coverage.placed_contribution_share).toBeCloseTo(eur(placed) / eur(rows), 12);
    expect(helix.coverage.note).toContain(`${unplaced.length} participations`);
    expect(helix.period).toEqual({ first_year: 2015, last_year: 2019 });
  });

  it('states the same coverage in Dutch when asked', async () => {
    const keyAreas = await service.keyAreas('NL213', { lang: 'nl' });
    expect(keyAreas.available).toBe(true);
    expect(keyAreas.coverage.note).toMatch(/deelnames van organisaties in Nederland/);
  });

  it('gives the counts of a measured region without placed organisations as null, not 0', async () => {
    // NL111's organisations may be among the country's unplaced participations: 0 would be no finding.
    const helix = await service.helix('NL111', { resamples: 50 });
    expect(helix.available).toBe(true);
    expect(helix).toMatchObject({
      projects: null,
      projects_without_helix_role: null,
      configurations: null,
      composition: null,
      t_millibits: null,
      period: null,
    });
    const network = await service.network('NL111');
    expect(network).toMatchObject({
      available: true,
      nodes: null,
      edges: null,
      communities: { count: null, modularity: null },
      helix_pairs: [],
      organisations: [],
      links: [],
    });
    const keyAreas = await service.keyAreas('NL111');
    expect(keyAreas.available).toBe(true);
    expect(keyAreas.region_total).toBeNull();
    expect(keyAreas.areas.length).toBeGreaterThan(0);
    for (const area of keyAreas.areas) expect(area.value).toBeNull();
    expect(keyAreas.unclassified.value).toBeNull();
    // A region with placed organisations keeps its counts.
    const twente = await service.helix('NL213', { resamples: 50 });
    expect(twente.projects).toBeGreaterThan(0);
  });

  it("gives the figures built on a region's activity as not measured where no organisation is placed in it, not as none found", async () => {
    const status = {
      available: false,
      reason_code: 'no_placed_organisations',
      reason: 'geen organisatie uit CORDIS is in de regio geplaatst',
    };
    expect(await service.similar('NL111', { lang: 'nl' })).toMatchObject({
      ...status,
      regions: [],
    });
    expect(await service.partners('NL111', { lang: 'nl' })).toMatchObject({
      ...status,
      organisations: [],
    });
    // Its registered spearheads and funds stay: they are the region's own facts.
    expect(await service.clusters('NL111', { lang: 'nl' })).toMatchObject({
      ...status,
      stars: [],
      compared_with: [],
      spearheads: [],
      funds: [],
    });
    // A region with placed organisations is measured.
    expect((await service.similar('NL213')).available).toBe(true);
    expect((await service.clusters('NL213')).stars.length).toBeGreaterThan(0);
  });

  it('says how many organisations are placed in the region: those in it, none where the data place none', async () => {
    const placedIn = async (region: string) =>
      (
        await store.db
          .selectFrom('actors')
          .select('id')
          .where('region_code', 'like', `${region}%`)
          .execute()
      ).length;
    const twente = await service.helix('NL213', { resamples: 50 });
    expect(twente.coverage.region_organisations).toBe(await placedIn('NL213'));
    expect(twente.coverage.region_organisations).toBeGreaterThan(0);
    expect(await placedIn('NL111')).toBe(0);
    for (const figure of [
      await service.helix('NL111', { resamples: 50 }),
      await service.network('NL111'),
      await service.keyAreas('NL111'),
    ]) {
      expect(figure.available).toBe(true);
      expect(figure.coverage.region_organisations).toBe(0);
      // The country's unplaced participations, which the region's organisations may be among.
      expect(figure.coverage.unplaced_participations).toBe(unplacedParticipations.length);
    }
  });

  it('gives every measure of a region without placed organisations that reason, in the language asked for', async () => {
    // NL111 is measured (the country is placed at NUTS 3) and has no organisation placed in it.
    const nlPlaced = 'geen organisatie uit CORDIS is in de regio geplaatst';
    const enPlaced = 'no organisation in CORDIS is placed in the region';
    const nl = await service.keyAreas('NL111', { lang: 'nl' });
    expect(nl.region_total).toBeNull();
    expect(nl.unclassified).toEqual({ value: null, share: null, note: nlPlaced });
    const en = await service.keyAreas('NL111', { lang: 'en' });
    expect(en.unclassified.note).toBe(enPlaced);
    for (const area of nl.areas) {
      expect(area.not_measured).toEqual(
        ['share_of_national', 'lq'].map((measure) => ({
          measure,
          reason_code: 'no-placed-organisations',
          reason: nlPlaced,
        })),
      );
      expect(area.note?.startsWith(nlPlaced)).toBe(true);
    }
    const helix = await service.helix('NL111', { resamples: 50, lang: 'nl' });
    expect(helix.not_measured).toEqual([
      { measure: 't_millibits', reason_code: 'no_placed_organisations', reason: nlPlaced },
    ]);
    const network = await service.network('NL111', { lang: 'en' });
    expect(network.not_measured).toEqual(
      NETWORK_MEASURES.map((measure) => ({
        measure,
        reason_code: 'no_placed_organisations',
        reason: enPlaced,
      })),
    );
  });

  it('gives a measured share or LQ no reason, and a missing one its reason', async () => {
    const keyAreas = await service.keyAreas('NL213', { lang: 'nl' });
    expect(keyAreas.region_total).toBeGreaterThan(0);
    for (const area of keyAreas.areas) {
      const measures = area.not_measured.map((m) => m.measure);
      expect(measures.includes('share_of_national')).toBe(area.share_of_national === null);
      expect(measures.includes('lq')).toBe(area.lq === null);
    }
    // The small network's projects fall in few key areas: the country has none in the others.
    const without = keyAreas.areas.filter((a) => a.share_of_national === null);
    expect(without.length).toBeGreaterThan(0);
    expect(without[0]!.not_measured).toContainEqual({
      measure: 'share_of_national',
      reason_code: 'reference-key-area-zero',
      reason: 'aandeel niet gemeten: het land heeft geen activiteit in dit sleutelgebied',
    });
  });

  it('states a German region unavailable with the reason, and its counts null rather than 0', async () => {
    const helix = await service.helix('DE11', { resamples: 50 });
    expect(helix).toMatchObject({
      ...HELIX_AT_COUNTRY_LEVEL_ONLY,
      t_millibits: null,
      period: null,
    });
    expect(helix.reason).toMatch(/organisations in Germany are placed at country level only/);
    expect(helix.coverage).toMatchObject({ country: 'DE', level: 2, placed_participations: 0 });
    expect(helix.coverage.unplaced_participations).toBe(1);

    const nl = await service.helix('DE11', { resamples: 50, lang: 'nl' });
    expect(nl.reason).toMatch(/organisaties in Duitsland zijn .* alleen op landniveau geplaatst/);

    const network = await service.network('DE11');
    expect(network).toMatchObject({ available: false, nodes: null, edges: null, density: null });
    expect(network.communities.count).toBeNull();
    expect(network.organisations).toEqual([]);

    const keyAreas = await service.keyAreas('DE11');
    expect(keyAreas.available).toBe(false);
    expect(keyAreas.region_total).toBeNull();
    expect(keyAreas.areas.length).toBeGreaterThan(0);
    expect(keyAreas.areas.every((a) => a.value === null && a.lq === null)).toBe(true);

    for (const result of [
      await service.clusters('DE11'),
      await service.similar('DE11'),
      await service.partners('DE11'),
    ])
      expect(result).toMatchObject({ available: false, reason_code: 'country_level_only' });
  });

  it('measures a country at country level, with every participation placed', async () => {
    const helix = await service.helix('DE', { resamples: 50 });
    expect(helix.available).toBe(true);
    expect(helix.projects).toBe(1);
    expect(helix.coverage.placed_share).toBe(1);
  });
});
