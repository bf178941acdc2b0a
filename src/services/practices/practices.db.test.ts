import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSmallNetwork } from '../../../test/support/small-network.js';
import { openInitialisedStore } from '../../../test/support/initialised-store.js';
import { testBackend } from '../../../test/support/test-store.js';
import type { Store } from '../../storage/store.js';
import { AnalyticsService } from '../analytics/analytics-service.js';
import { createPractice, type NewPracticeInput } from './create-practice.js';
import { getPractice } from './practice-records.js';
import { addPracticeTransfer } from './practice-transfers.js';
import { listPractices, type PracticeFilter } from './practice-service.js';
import { recommendedPractices } from './recommended-practices.js';
import { publishPractice, updatePractice } from './update-practice.js';

const now = () => new Date('2027-03-01T09:00:00Z');
const page = { limit: 100, offset: 0 };

/** A test practice: every title says "Test" (none of these is a real practice). */
const practice = (fields: Partial<NewPracticeInput> & { title: string }): NewPracticeInput => ({
  region: 'NL213',
  topic: 1,
  description: 'Test description.',
  ...fields,
});

describe(`good practices on ${testBackend}`, () => {
  let store: Store;
  let deps: { store: Store; now: () => Date };
  const ids = async (filter: PracticeFilter) =>
    (await listPractices(store, filter, page)).items.map((p) => p.id);

  beforeAll(async () => {
    store = await openInitialisedStore(() => new Date('2026-11-28T10:00:00Z'));
    await loadSmallNetwork(store);
    deps = { store, now };
  });
  afterAll(() => store.close());

  it('creates a draft, edits it with its version, and publishes it', async () => {
    const draft = await createPractice(
      deps,
      practice({
        title: 'Test practice: innovation vouchers for SMEs',
        key_areas: ['topsectoren-2011/htsm'],
        period_start: '2019',
        period_end: '2023-06',
        resources: 'Test: two advisers',
        evidence: 'Test: 120 vouchers used',
        transfer_potential: 'Test: needs a regional fund',
        contact: 'test@example.org',
        source_url: 'https://example.org/test-practice',
        language: 'en',
      }),
    );
    expect(draft).toMatchObject({
      id: 'gp-test-practice-innovation-vouchers-for-smes',
      status: 'draft',
      version: 1,
      region: { code: 'NL213' },
      key_areas: [{ id: 'topsectoren-2011/htsm' }],
      period_start: '2019',
      period_end: '2023-06',
      language: 'en',
      created_at: '2027-03-01T09:00:00.000Z',
    });
    const edited = await updatePractice(deps, draft.id, {
      version: 1,
      topic: 3,
      key_areas: ['topsectoren-2011/energy', 'topsectoren-2011/lsh'],
      contact: null,
    });
    expect(edited).toMatchObject({ topic: 3, contact: null, version: 2, status: 'draft' });
    expect(edited.key_areas.map((k) => k.id).sort()).toEqual([
      'topsectoren-2011/energy',
      'topsectoren-2011/lsh',
    ]);
    const published = await publishPractice(deps, draft.id, { version: 2 });
    expect(published).toMatchObject({ status: 'published', version: 3 });
    expect(await ids({})).toContain(draft.id);
  });

  it('lists drafts to nobody by default: drafts are not listed publicly', async () => {
    const draft = await createPractice(deps, practice({ title: 'Test practice: a draft' }));
    expect(await ids({})).not.toContain(draft.id);
    expect(await ids({ status: 'draft' })).toEqual([draft.id]);
    expect(await ids({ status: 'all' })).toContain(draft.id);
    expect((await listPractices(store, {}, page)).facets.topics.every((t) => t.count > 0)).toBe(
      true,
    );
    await expect(getPractice(store.db, draft.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await getPractice(store.db, draft.id, { includeDrafts: true })).toMatchObject({
      status: 'draft',
    });
  });

  it('refuses a stale version with a CONFLICT carrying the current practice', async () => {
    const created = await createPractice(deps, practice({ title: 'Test practice: versions' }));
    await updatePractice(deps, created.id, { version: 1, title: 'Test practice: versions 2' });
    await expect(
      updatePractice(deps, created.id, { version: 1, title: 'Test practice: lost update' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      current: { id: created.id, title: 'Test practice: versions 2', version: 2 },
    });
    await expect(publishPractice(deps, created.id, { version: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await getPractice(store.db, created.id, { includeDrafts: true })).version).toBe(2);
  });

  it('refuses bad fields with INVALID_INPUT naming the field', async () => {
    const refused = (input: NewPracticeInput, field: string) =>
      expect(createPractice(deps, input)).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        message: expect.stringMatching(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}: `)),
      });
    await refused(practice({ title: 'Test', topic: 4 }), 'topic');
    await refused(practice({ title: 'Test', region: 'XX99' }), 'region');
    await refused(practice({ title: 'Test', key_areas: ['nope'] }), 'key_areas');
    await refused(practice({ title: 'Test', source_url: 'ftp://x' }), 'source_url');
    await refused(practice({ title: 'Test', language: 'de' }), 'language');
    await refused(
      practice({ title: 'Test', period_start: '2020', period_end: '2019' }),
      'period_end',
    );
    await refused(practice({ title: '  ' }), 'title');
    expect(await ids({ status: 'all', q: 'Test' })).not.toContain('gp-test');
  });

  it('Full-text search finds a practice by a Dutch inflected form ("samenwerkingen" finds "samenwerking")', async () => {
    const dutch = await createPractice(
      deps,
      practice({
        title: 'Testpraktijk: samenwerking tussen mkb en hogescholen',
        description: 'Bedrijven en kennisinstellingen delen een testlab.',
        evidence: 'Veel nieuwe innovaties in de regio.',
        language: 'nl',
        status: 'published',
      }),
    );
    expect(await ids({ q: 'samenwerkingen' })).toEqual([dutch.id]);
    expect(await ids({ q: 'Samenwerking' })).toEqual([dutch.id]);
    expect(await ids({ q: 'samenwerkingen hogeschool' })).toEqual([dutch.id]);
    // Every word must occur; stop words are ignored, and stop words alone find nothing.
    expect(await ids({ q: 'samenwerkingen zeppelin' })).toEqual([]);
    expect(await ids({ q: 'de samenwerkingen' })).toEqual([dutch.id]);
    expect(await ids({ q: 'de het een' })).toEqual([]);
    // Drafts stay out of a search too, unless asked for.
    const draft = await createPractice(
      deps,
      practice({ title: 'Testpraktijk: samenwerkingen in concept', language: 'nl' }),
    );
    expect(await ids({ q: 'samenwerking' })).toEqual([dutch.id]);
    expect(await ids({ q: 'samenwerking', status: 'draft' })).toEqual([draft.id]);
  });

  it("English stemming: 'collaborations' finds 'collaboration'", async () => {
    const english = await createPractice(
      deps,
      practice({
        title: 'Test practice: collaboration platform for regional clusters',
        description: 'Companies and universities share a test laboratory.',
        language: 'en',
        status: 'published',
      }),
    );
    expect(await ids({ q: 'collaborations' })).toEqual([english.id]);
    expect(await ids({ q: 'the clusters of regions' })).toEqual([english.id]);
    expect(await ids({ q: 'laboratories' })).toEqual([english.id]);
  });

  it('keeps the search index in step with edits and with rows written outside the service', async () => {
    const created = await createPractice(
      deps,
      practice({
        title: 'Test practice: waterstofnetwerk',
        description: 'Testbeschrijving.',
        status: 'published',
      }),
    );
    expect(await ids({ q: 'waterstofnetwerken' })).toEqual([created.id]);
    await updatePractice(deps, created.id, { version: 1, title: 'Test practice: zonneparken' });
    expect(await ids({ q: 'waterstofnetwerken' })).toEqual([]);
    expect(await ids({ q: 'zonnepark' })).toEqual([created.id]);
    // As an importer writes: straight into the table, in a transaction.
    await store.transaction((tx) =>
      tx.upsert(
        'good_practices',
        ['id'],
        [
          {
            id: 'test-imported',
            title: 'Test practice: imported windmolenparken',
            region_code: 'NL41',
            topic: 2,
            description: 'Test.',
            language: 'nl',
            status: 'published',
            created_at: '2027-01-01T00:00:00Z',
            updated_at: '2027-01-01T00:00:00Z',
          },
        ],
      ),
    );
    expect(await ids({ q: 'windmolenpark' })).toEqual(['test-imported']);
    await store.db.deleteFrom('good_practices').where('id', '=', 'test-imported').execute();
    expect(await ids({ q: 'windmolenpark' })).toEqual([]);
  });

  it('records transfers to other regions with their outcome', async () => {
    const created = await createPractice(
      deps,
      practice({ title: 'Test practice: transferred', status: 'published' }),
    );
    const moved = await addPracticeTransfer(deps, created.id, {
      to_region: 'nl414',
      year: 2026,
      outcome: 'Test: adopted with changes',
    });
    expect(moved.transfers).toMatchObject([
      { region: 'NL414', year: 2026, outcome: 'Test: adopted with changes' },
    ]);
    expect(moved.version).toBe(1);
    await expect(
      addPracticeTransfer(deps, created.id, { to_region: 'NL213' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^to_region:/),
    });
    await expect(
      addPracticeTransfer(deps, created.id, { to_region: 'NL41', year: 1066 }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^year:/) });
  });

  it('recommends practices from regions that do well where the region does worst, with the reason', async () => {
    // Small network: Twente's LQs are 1.2 for lsh and for htsm + chemistry and 0.6 for energy;
    // Zuidoost-Noord-Brabant (NL414) has all its activity in energy (LQ 3).
    const brabant = await createPractice(
      deps,
      practice({
        title: 'Test practice: energy transition cooperative',
        region: 'NL414',
        key_areas: ['topsectoren-2011/energy'],
        status: 'published',
      }),
    );
    await createPractice(
      deps,
      practice({
        title: 'Test practice: water management, draft',
        region: 'NL414',
        status: 'draft',
      }),
    );
    await createPractice(
      deps,
      practice({
        title: 'Test practice: food cluster in Brabant',
        region: 'NL414',
        key_areas: ['topsectoren-2011/agri-food'],
        status: 'published',
      }),
    );
    const result = await recommendedPractices(deps, new AnalyticsService(store, now), 'NL213', {
      criteria: 'key-areas',
    });
    // htsm and chemistry are one weak point, not two: only LEIT classifies into them here.
    expect(result.weakest.map((w) => w.id)).toEqual([
      'topsectoren-2011/energy',
      'topsectoren-2011/htsm',
      'topsectoren-2011/lsh',
    ]);
    expect(result.weakest[1]!.name_en).toBe('High Tech Systems & Materials + Chemistry');
    // Key-area LQs are Twente's own: the sentence names Twente.
    expect(result.weakest.map((w) => w.score_of)).toEqual(['NL213', 'NL213', 'NL213']);
    expect(result.weakest_texts.map((w) => [w.kind, w.of, w.text_en])).toEqual([
      [
        'key-area',
        'NL213',
        'Twente is weakest in these key areas: Energy; High Tech Systems & Materials + Chemistry; Life Sciences & Health.',
      ],
    ]);
    // The energy practice answers Twente's weakest key area; the food practice names a key area
    // that is not among Twente's weak points; drafts and Twente's own practices never show.
    expect(result.items.map((i) => i.practice.id)).toEqual([brabant.id]);
    const [reason] = result.items[0]!.reasons;
    expect(reason).toMatchObject({
      kind: 'key-area',
      id: 'topsectoren-2011/energy',
      measure: 'LQ',
      name_en: 'Energy',
    });
    expect(reason!.region_score).toBeCloseTo(0.6, 9);
    expect(reason!.practice_region_score).toBeCloseTo(3, 9);
    expect(reason!.gap).toBeCloseTo(2.4, 9);
    expect(reason!.text_en).toBe(
      "Zuidoost-Noord-Brabant is more specialised in Energy (LQ 3.00) than Twente (LQ 0.60), one of Twente's weakest key areas.",
    );
    expect(reason!.text_nl).toContain(
      'sterker gespecialiseerd in Energie (LQ 3,00) dan Twente (LQ 0,60)',
    );
    // Without indicator data the index criteria add nothing, and nothing fails.
    const both = await recommendedPractices(deps, new AnalyticsService(store, now), 'NL213');
    expect(both.items.map((i) => i.practice.id)).toEqual([brabant.id]);
    await expect(
      recommendedPractices(deps, new AnalyticsService(store, now), 'XX9'),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("names whose index score a reason compares, and compares a province's only with a province's", async () => {
    const veluwe = await createPractice(
      deps,
      practice({
        title: 'Test practice: patent desk in Veluwe',
        region: 'NL221',
        status: 'published',
      }),
    );
    const east = await createPractice(
      deps,
      practice({
        title: 'Test practice: patents in East Netherlands',
        region: 'NL2',
        status: 'published',
      }),
    );
    // NUTS3 regions get their province's index; a NUTS1 region its own, on another scale.
    const indexOf: Record<string, { computed_for: string; score: number }> = {
      NL213: { computed_for: 'NL21', score: 0.27 },
      NL221: { computed_for: 'NL22', score: 0.35 },
      NL2: { computed_for: 'NL2', score: 0.9 },
    };
    const analytics = {
      regionIndex: async (code: string) => {
        const index = indexOf[code];
        if (!index) throw new Error(`no index for ${code}`);
        return {
          computed_for: index.computed_for,
          indicators: [{ id: 'pat_ep_rtec_p_mhab', score: index.score }],
        };
      },
    } as unknown as AnalyticsService;
    const result = await recommendedPractices(deps, analytics, 'NL213', { criteria: 'indicators' });
    expect(result.items.map((i) => i.practice.id)).toEqual([veluwe.id]);
    expect(result.items.map((i) => i.practice.id)).not.toContain(east.id);
    const [reason] = result.items[0]!.reasons;
    expect(reason).toMatchObject({
      region_score: 0.27,
      practice_region_score: 0.35,
      region_score_of: 'NL21',
      practice_region_score_of: 'NL22',
    });
    expect(reason!.text_en).toMatch(
      /^Gelderland \(the province Veluwe lies in\) scores 0\.35 on .+ against 0\.27 for Overijssel \(the province Twente lies in\) \(normalised, 0-1\), one of Overijssel's weakest indicators\.$/,
    );
    expect(reason!.text_nl).toMatch(
      /^Gelderland \(de provincie waarin Veluwe ligt\) scoort 0,35 op .+, Overijssel \(de provincie waarin Twente ligt\) 0,27 \(genormaliseerd, 0-1\), een van de zwakste indicatoren van Overijssel\.$/,
    );
    // The weak points are the province's index scores: the sentence says whose they are.
    expect(result.weakest.map((w) => [w.id, w.score_of])).toEqual([['pat_ep_rtec_p_mhab', 'NL21']]);
    expect(result.weakest_texts).toHaveLength(1);
    expect(result.weakest_texts[0]).toMatchObject({ kind: 'indicator', of: 'NL21' });
    expect(result.weakest_texts[0]!.text_en).toMatch(
      /^Overijssel, the province Twente lies in, is weakest in these index indicators: .+\.$/,
    );
    expect(result.weakest_texts[0]!.text_nl).toMatch(
      /^Overijssel, de provincie waarin Twente ligt, is het zwakst in deze indicatoren van de index: .+\.$/,
    );
  });
});
