import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSmallNetwork } from '../../../test/support/small-network.js';
import { finishedImportRow, writeAsImport } from '../../../test/support/import-row.js';
import { openInitialisedStore } from '../../../test/support/initialised-store.js';
import { testBackend } from '../../../test/support/test-store.js';
import type { Store } from '../../storage/store.js';
import { AnalyticsService } from './analytics-service.js';

describe(`the analytics service on ${testBackend}`, () => {
  let store: Store;
  let service: AnalyticsService;
  beforeAll(async () => {
    store = await openInitialisedStore(() => new Date('2026-11-28T00:00:00Z'));
    await loadSmallNetwork(store);
    service = new AnalyticsService(store, () => new Date('2026-11-28T00:00:00Z'));
  });
  afterAll(() => store.close());

  it("computes Twente's helix configurations and T from the stored participations", async () => {
    const helix = await service.helix('NL213', { resamples: 200 });
    // Twente's participants per project: p1 ut+acme (UI), p2 ut+gem (UG), p3 acme (I), p4 ut (U).
    expect(helix.projects).toBe(4);
    expect(helix.configurations).toEqual({ U: 1, I: 1, G: 0, UI: 1, UG: 1, IG: 0, UIG: 0 });
    // H(U) = H(3/4) = 0.811278, H(I) = 1, H(G) = H(1/4) = 0.811278; H(UI) = H(UG) = H(IG) = 1.5;
    // H(UIG) = 2 (four configurations, 1/4 each). T = 2.622556 - 4.5 + 2 = 0.122556 bit.
    expect(helix.t_millibits).toBeCloseTo(122.556, 2);
    expect(helix.composition?.actors).toEqual({
      business: 1,
      research: 0,
      education: 1,
      government: 1,
      other: 0,
    });
    expect(helix.composition?.participations).toEqual({
      business: 2,
      research: 0,
      education: 3,
      government: 1,
      other: 0,
    });
  });

  it('gives no T, with the reason, for a region whose one project has business participants only', async () => {
    // NL414: philips alone, in p3. One project, business only: T would be 0 by its formula.
    const helix = await service.helix('NL414', { resamples: 50 });
    expect(helix).toMatchObject({ available: true, projects: 1, t_millibits: null });
    expect(helix.t_ci95_millibits).toBeNull();
    expect(helix.not_measured).toEqual([
      {
        measure: 't_millibits',
        reason_code: 'dimension_constant',
        reason: expect.stringMatching(
          /^the only project has no participant from knowledge institutions \(research or education\) or government/,
        ),
      },
    ]);
    const nl = await service.helix('NL414', { resamples: 50, lang: 'nl' });
    expect(nl.not_measured[0]!.reason).toMatch(/^het enige project heeft geen deelnemer uit/);
    // Twente's helix varies on all three: T is measured, nothing is listed.
    expect((await service.helix('NL213', { resamples: 50 })).not_measured).toEqual([]);
  });

  it('counts the organisations below a province as part of it', async () => {
    const overijssel = await service.helix('NL21', { resamples: 50 });
    expect(overijssel.projects).toBe(4);
    const nl = await service.helix('NL', { resamples: 50 });
    // p3 now has acme and philips, both business: still I.
    expect(nl.configurations).toEqual({ U: 1, I: 1, G: 0, UI: 1, UG: 1, IG: 0, UIG: 0 });
  });

  it("computes Twente's key-area shares and location quotients by hand-checkable numbers", async () => {
    const result = await service.keyAreas('NL213', {
      taxonomy: 'topsectoren-2011',
      measure: 'participations',
    });
    const area = (code: string) => result.areas.find((a) => a.code === code)!;
    // NL213: lsh 2 (p1: ut, acme), htsm 1.6 and chemistry 0.4 (p2 LEIT 0.8/0.2: ut, gem), energy 1 (p3: acme) -> 5.
    // NL: the same plus philips in energy -> energy 2, total 6.
    expect(result.region_total).toBeCloseTo(5, 12);
    expect(area('energy').share_of_national).toBeCloseTo(0.5, 12);
    expect(area('lsh').share_of_national).toBeCloseTo(1, 12);
    expect(area('energy').lq).toBeCloseTo(0.2 / (2 / 6), 12);
    expect(area('lsh').lq).toBeCloseTo(0.4 / (2 / 6), 12);
    expect(area('water').value).toBe(0);
    expect(area('water').lq).toBeNull();
  });

  it('measures key areas the loaded classification cannot tell apart in one row, named after both', async () => {
    const result = await service.keyAreas('NL213');
    // Only LEIT classifies into htsm and chemistry here, always 0.8/0.2: one row of 1.6 + 0.4.
    const merged = result.areas.find((a) => a.code === 'htsm+chemistry')!;
    expect(merged.key_area).toBe('topsectoren-2011/htsm');
    expect(merged.members.map((m) => m.key_area)).toEqual([
      'topsectoren-2011/htsm',
      'topsectoren-2011/chemistry',
    ]);
    expect(merged.name_en).toBe('High Tech Systems & Materials + Chemistry');
    expect(merged.value).toBeCloseTo(2, 12);
    expect(merged.note).toMatch(/measured together/);
    const dutch = await service.keyAreas('NL213', { lang: 'nl' });
    expect(dutch.areas.find((a) => a.code === 'htsm+chemistry')!.note).toMatch(/^samen gemeten: /);
    expect(result.areas.some((a) => a.code === 'chemistry')).toBe(false);
    expect(result.areas).toHaveLength(8);
  });

  it("shows the region's activity classified into no key area beside the classified total", async () => {
    const result = await service.keyAreas('NL213');
    // Twente's participations: p1 ut, acme; p2 ut, gem; p3 acme; p4 (ERC, unclassified) ut.
    const p4 = await store.db
      .selectFrom('participations')
      .innerJoin('actors', 'actors.id', 'participations.actor_id')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('project_id', '=', 'p4')
      .where('actors.region_code', 'like', 'NL213%')
      .executeTakeFirstOrThrow();
    expect(result.unclassified.value).toBe(Number(p4.n));
    expect(result.unclassified.share).toBeCloseTo(
      Number(p4.n) / (result.region_total! + Number(p4.n)),
      12,
    );
  });

  it('uses the whole data set as reference when asked for ALL', async () => {
    const result = await service.keyAreas('NL213', { reference: 'ALL' });
    // ALL adds bosch (DE) in p1: lsh 3 of 7.
    expect(result.areas.find((a) => a.code === 'lsh')!.lq).toBeCloseTo(0.4 / (3 / 7), 12);
  });

  it('gives a network of one organisation no density and no centralities, with the reasons', async () => {
    const network = await service.network('NL414');
    expect(network).toMatchObject({ available: true, nodes: 1, edges: 0, density: null });
    expect(network.organisations).toMatchObject([
      { id: 'philips', degree_centrality: null, betweenness_centrality: null },
    ]);
    expect(network.not_measured.map((m) => [m.measure, m.reason_code])).toEqual([
      ['density', 'fewer_than_two_organisations'],
      ['assortativity_helix', 'no_links'],
      ['modularity', 'no_links'],
      ['degree_centrality', 'fewer_than_two_organisations'],
      ['betweenness_centrality', 'fewer_than_three_organisations'],
    ]);
    expect(network.not_measured[0]!.reason).toBe(
      'the network has only one organisation; at least two are needed',
    );
    const nl = await service.network('NL414', { lang: 'nl' });
    expect(nl.not_measured[0]!.reason).toBe(
      'het netwerk heeft maar één organisatie; er zijn er ten minste twee nodig',
    );
    expect((await service.network('NL213')).not_measured).toEqual([]);
  });

  it('gives no ratio to a role pair no link is expected for, with the reason in the language asked for', async () => {
    // NL414: one organisation, no links: no pair is expected.
    const lone = await service.network('NL414', { lang: 'nl' });
    expect(lone.helix_pairs).toHaveLength(15);
    for (const p of lone.helix_pairs)
      expect(p).toMatchObject({ expected: 0, ratio: null, ratio_reason_code: 'no_links' });
    expect(lone.helix_pairs[0]!.ratio_reason).toMatch(/^het netwerk heeft geen verbindingen; /);
    // Twente: ut-acme and ut-gem; no organisation of the role `other` has a link end.
    const twente = await service.network('NL213');
    const pair = (a: string, b: string) =>
      twente.helix_pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))!;
    expect(pair('business', 'other')).toMatchObject({
      expected: 0,
      ratio: null,
      ratio_reason_code: 'role_without_links',
      ratio_reason: expect.stringMatching(/^no link of the network ends at an organisation/),
    });
    for (const p of twente.helix_pairs.filter((q) => q.expected > 0))
      expect(p).toMatchObject({
        ratio: p.observed / p.expected,
        ratio_reason_code: null,
        ratio_reason: null,
      });
  });

  it("measures Twente's collaboration network by hand-checkable numbers", async () => {
    const network = await service.network('NL213');
    // Inside Twente: ut-acme (p1) and ut-gem (p2); acme's link to philips and bosch lies outside.
    expect(network).toMatchObject({
      nodes: 3,
      edges: 2,
      components: 1,
      largest_component_share: 1,
    });
    expect(network.density).toBeCloseTo(2 / 3, 12);
    const ut = network.organisations.find((o) => o.id === 'ut')!;
    // ut lies on the only shortest path acme-gem: 1 pair x 2/((n-1)(n-2)) = 1.
    expect(ut).toMatchObject({
      degree: 2,
      degree_centrality: 1,
      betweenness_centrality: 1,
      external_links: 1,
    });
    expect(network.organisations.find((o) => o.id === 'acme')).toMatchObject({
      degree_centrality: 0.5,
      betweenness_centrality: 0,
      external_links: 2,
    });
    expect(network.organisations[0]!.id).toBe('ut');
    expect(network.links).toHaveLength(2);
  });

  it('writes the network as GEXF with every organisation and link', async () => {
    const gexf = await service.networkGexf('NL213');
    expect(gexf).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(gexf.match(/<node /g)).toHaveLength(3);
    expect(gexf.match(/<edge /g)).toHaveLength(2);
  });

  it('finds Zuidoost-Noord-Brabant like Twente in part, and says where each leads', async () => {
    const result = await service.similar('NL213');
    // LQ against NL: Twente lsh 1.2, htsm + chemistry (one column: only LEIT classifies into
    // them) 1.2 and energy 0.6; NL414 energy 3.
    // cosine = 0.6 x 3 / (sqrt(2 x 1.44 + 0.36) x 3) = 1/3
    const other = result.regions.find((r) => r.region === 'NL414')!;
    expect(other.similarity).toBeCloseTo(1.8 / (Math.sqrt(3.24) * 3), 9);
    expect(other.they_lead).toEqual(['topsectoren-2011/energy']);
    expect(other.we_lead.sort()).toEqual(['topsectoren-2011/htsm', 'topsectoren-2011/lsh']);
    expect(other.explanation_en).toMatch(/is specialised where Twente is not: Energy/);
    expect(other.explanation_en).toMatch(/High Tech Systems & Materials \+ Chemistry/);
  });

  it("lists Twente's five spearheads, their coverage and its cluster stars", async () => {
    const result = await service.clusters('NL213');
    expect(result.spearheads).toHaveLength(5);
    expect(result.coverage.covered.map((c) => c.key_area)).toContain('topsectoren-2011/htsm');
    expect(result.coverage.uncovered).toContain('topsectoren-2011/water');
    // Nine key areas in eight measured columns (htsm and chemistry together).
    expect(result.stars).toHaveLength(8);
    // Two regions compared: floor(0.1 x 2) = 0, so no size or focus star is possible.
    expect(result.stars.every((s) => !s.size.star && !s.focus.star)).toBe(true);
    expect(result.funds).toEqual([]);
  });

  it('ranks regions for the next visit, leaving out Twente, whose visit is planned', async () => {
    const result = await service.nextVisit();
    expect(result.excluded.map((e) => e.region)).toEqual(['NL213']);
    expect(result.ranking).toHaveLength(39);
    for (const row of result.ranking) {
      expect(row.score).not.toBeNull();
      expect(row.parts.reduce((sum, p) => sum + (p.contribution ?? 0), 0)).toBeCloseTo(
        row.score!,
        12,
      );
    }
    expect(result.ranking[0]!.score).toBeGreaterThanOrEqual(result.ranking.at(-1)!.score!);
  });

  it('shows a next-visit part it cannot measure as null with the reason, in the language asked for', async () => {
    // The fixture holds no index indicators: no region has an index score.
    const nl = await service.nextVisit({ lang: 'nl' });
    for (const row of nl.ranking) {
      const parts = Object.fromEntries(row.parts.map((p) => [p.part, p]));
      for (const part of ['strength', 'gaps'])
        expect(parts[part]).toMatchObject({
          value: null,
          contribution: null,
          reason_code: 'no_index_scores',
          reason:
            'de regio heeft geen indexscore, niet op haar eigen niveau en niet van haar provincie',
        });
      expect(parts['recency']).toMatchObject({ reason_code: null, reason: null });
      // The score is the mean of recency and coverage alone, weighed 0.3 each.
      expect(row.score).toBeCloseTo(
        (0.3 * parts['recency']!.value! + 0.3 * parts['coverage']!.value!) / 0.6,
        12,
      );
    }
    const en = await service.nextVisit({ lang: 'en' });
    expect(en.ranking[0]!.parts[2]!.reason).toBe(
      'the region has no index score, neither at its own level nor from its province',
    );
  });

  it('saves edited next-visit weights and refuses impossible ones', async () => {
    await service.saveNextVisitWeights({ recency: 1, coverage: 0, strength: 0, gaps: 0 });
    expect(await service.nextVisitWeights()).toEqual({
      recency: 1,
      coverage: 0,
      strength: 0,
      gaps: 0,
    });
    const result = await service.nextVisit();
    expect(result.weights.recency).toBe(1);
    await expect(
      service.saveNextVisitWeights({ recency: 0, coverage: 0, strength: 0, gaps: 0 }),
    ).rejects.toThrow(/are all 0: at least one must be above 0/);
    await service.saveNextVisitWeights({ recency: 0.3, coverage: 0.3, strength: 0.2, gaps: 0.2 });
  });

  it('suggests organisations elsewhere active in the same key areas and not yet linked', async () => {
    // Philips (NL414) is active in energy only; Twente's acme shares p3 with it: no suggestion.
    expect((await service.partners('NL213')).organisations).toEqual([]);
    // Add TU/e (NL414) alone in an SC1 project: active in life sciences & health, like ut and acme (p1).
    const stamp = '2026-11-28T00:00:00Z';
    const tue = finishedImportRow('partners-test', 'participations', 'tue.csv', stamp);
    await writeAsImport(store, tue, async (tx) => {
      await tx.upsert(
        'actors',
        ['id'],
        [
          {
            id: 'tue',
            name: 'TUE',
            helix_role: 'education',
            region_code: 'NL414',
            country_code: 'NL',
          },
        ],
      );
      await tx.upsert('projects', ['id'], [{ id: 'p5', programme: 'H2020', funding_source: 'eu' }]);
      await tx.upsert(
        'project_programme_parts',
        ['project_id', 'programme_part'],
        [{ project_id: 'p5', programme_part: 'SC1' }],
      );
      await tx.upsert(
        'participations',
        ['project_id', 'actor_id'],
        [{ project_id: 'p5', actor_id: 'tue', role: 'coordinator' }],
      );
    });
    try {
      const result = await service.partners('NL213');
      expect(result.organisations.map((o) => o.id)).toEqual(['tue']);
      expect(result.organisations[0]!.shared_key_areas).toEqual(['topsectoren-2011/lsh']);
      expect(result.organisations[0]!.local_partners.map((p) => p.id).sort()).toEqual([
        'acme',
        'ut',
      ]);
      expect(result.organisations[0]!.reason_en).toMatch(
        /^Active in Life Sciences & Health, like /,
      );
    } finally {
      await store.db.deleteFrom('participations').where('project_id', '=', 'p5').execute();
      await store.db.deleteFrom('project_programme_parts').where('project_id', '=', 'p5').execute();
      await store.db.deleteFrom('projects').where('id', '=', 'p5').execute();
      await store.db.deleteFrom('actors').where('id', '=', 'tue').execute();
      await store.db.deleteFrom('imports').where('id', '=', 'partners-test').execute();
    }
  });

  it('refuses an unknown region, taxonomy or measure with a message naming the fix', async () => {
    await expect(service.helix('XX9')).rejects.toThrow(/no region with code XX9/);
    await expect(service.keyAreas('NL213', { taxonomy: 'nope' })).rejects.toThrow(
      /unknown taxonomy nope; use one of/,
    );
    await expect(service.keyAreas('NL213', { measure: 'nope' })).rejects.toThrow(
      /unknown measure nope; use one of participations/,
    );
  });

  it('recomputes only when the data change', async () => {
    await service.helix('NL213', { resamples: 200 });
    const hits = service.cache.hits;
    await service.helix('NL213', { resamples: 200 });
    expect(service.cache.hits).toBeGreaterThan(hits);
    // An import writes its rows and its provenance row together; the provenance tells the cache.
    const stamp = '2026-11-28T00:00:00Z';
    const extra = finishedImportRow('participations-test', 'participations', 'extra.csv', stamp);
    await writeAsImport(store, extra, async (tx) => {
      await tx.upsert(
        'participations',
        ['project_id', 'actor_id'],
        [
          {
            project_id: 'p4',
            actor_id: 'gem',
            role: 'participant',
            contribution_eur: 1,
            import_id: 'participations-test',
          },
        ],
      );
    });
    const after = await service.helix('NL213', { resamples: 200 });
    expect(after.configurations?.UG).toBe(2);
    expect(after.source.imports.map((i) => i.file)).toContain('extra.csv');
    await store.db
      .deleteFrom('participations')
      .where('import_id', '=', 'participations-test')
      .execute();
    await store.db.deleteFrom('imports').where('id', '=', 'participations-test').execute();
  });
});
