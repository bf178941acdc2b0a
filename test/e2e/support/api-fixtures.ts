import { refreshIndicatorSummary } from '../../../src/storage/indicator-summary-refresh.js';
import type { Store } from '../../../src/storage/store.js';
import { upsertTables } from '../../support/upsert-tables.js';

/** The data set behind the fixtures' test indicator, as stored and as the API describes it. */
export const TEST_RD_DATASET = {
  id: 'test-rd',
  title: 'Test data set: regional R&D',
  publisher: 'Test publisher',
  licence: 'CC BY 4.0',
  url: 'https://example.org/test-rd',
  retrieved_at: '2026-01-15',
};

/** A value of the fixtures' test indicator, from the fixtures' import. */
const value = (region_code: string, year: number, v: number | null, flags: string | null) => ({
  indicator_id: 'test_rd_pc_gdp',
  region_code,
  year,
  value: v,
  flags,
  import_id: 'test-import-1',
});

/**
 * Small, clearly fictitious rows for the in-process API tests of the web application's endpoints
 * (indicators, sources, places, SME, practices). Every name says "Test" where it is made up; the
 * place and region codes are real so that joins to the NUTS regions work. Needs `initialise` first.
 */
export async function seedWebApiFixtures(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    await upsertTables(tx, {
      datasets: [
        TEST_RD_DATASET,
        {
          id: 'test-register',
          title: 'Test register of contact points',
          publisher: 'Test region',
          licence: null,
          url: null,
          retrieved_at: '2026-02-01',
        },
      ],
      imports: [
        {
          id: 'test-import-1',
          dataset_id: 'test-rd',
          kind: 'eurostat',
          file: 'test-rd.csv',
          checksum: 'sha256:0123',
          started_at: '2026-01-15T10:00:00Z',
          finished_at: '2026-01-15T10:00:02Z',
          rows_read: 6,
          rows_inserted: 6,
          rows_updated: 0,
          rows_refused: 0,
          status: 'done',
        },
      ],
      indicators: [
        {
          id: 'test_rd_pc_gdp',
          name_en: 'Test R&D expenditure',
          name_nl: 'Test R&D-uitgaven',
          unit: '% of GDP',
          aggregation: 'rate',
          dataset_id: 'test-rd',
        },
      ],
      indicator_values: [
        value('NL21', 2018, 1.5, null),
        value('NL41', 2018, 2.9, null),
        value('NL21', 2019, 2.0, 'p'),
        value('NL41', 2019, null, 'c'),
        value('BE21', 2019, 1.2, null),
        value('NL213', 2019, 1.1, null),
      ],
      municipalities: [
        {
          code: 'GM0153',
          name: 'Enschede',
          corop_code: '12',
          nuts3_code: 'NL213',
          geojson: null,
          source_id: null,
        },
        {
          code: 'GM0164',
          name: 'Hengelo',
          corop_code: '12',
          nuts3_code: 'NL213',
          geojson: null,
          source_id: null,
        },
        {
          code: 'GM0772',
          name: 'Eindhoven',
          corop_code: '36',
          nuts3_code: 'NL414',
          geojson: null,
          source_id: null,
        },
      ],
      places: [
        {
          code: '1145',
          name: 'Enschede',
          name_key: 'ENSCHEDE',
          municipality_code: 'GM0153',
          source_id: null,
        },
        {
          code: '1146',
          name: 'Hengelo',
          name_key: 'HENGELO',
          municipality_code: 'GM0164',
          source_id: null,
        },
        {
          code: '2400',
          name: 'Eindhoven',
          name_key: 'EINDHOVEN',
          municipality_code: 'GM0772',
          source_id: null,
        },
      ],
      place_aliases: [{ alias_key: 'HENGELO OV', place_code: '1146', source_id: null }],
      postcodes: [
        { country_code: 'NL', postcode: '7511 AB', nuts3_code: 'NL213', import_id: null },
        { country_code: 'NL', postcode: '5611 AA', nuts3_code: 'NL414', import_id: null },
      ],
      actors: [
        actor('TEST-A', 'Test Sensor Company', 'business', 1, 'ENSCHEDE', 'NL213'),
        actor('TEST-B', 'Test University', 'research', 0, 'ENSCHEDE', 'NL213'),
        actor('TEST-C', 'Test Large Company', 'business', 0, 'HENGELO', 'NL213'),
        actor('TEST-D', 'Test Brabant Company', 'business', 1, 'EINDHOVEN', 'NL414'),
      ],
      projects: [
        {
          id: 'TEST-P1',
          acronym: 'TESTP1',
          title: 'Test project',
          programme: 'H2020',
          funding_source: 'eu',
          start_date: '2018-01-01',
          end_date: '2020-12-31',
          total_cost_eur: 1000,
          ec_max_contribution_eur: 700,
          source_id: null,
          import_id: null,
        },
        {
          id: 'TEST-P2',
          acronym: 'TESTP2',
          title: 'Second test project',
          programme: 'H2020',
          funding_source: 'eu',
          start_date: '2019-01-01',
          end_date: '2021-12-31',
          total_cost_eur: 2000,
          ec_max_contribution_eur: 1500,
          source_id: null,
          import_id: null,
        },
      ],
      participations: [
        part('TEST-P1', 'TEST-B'),
        part('TEST-P2', 'TEST-B'),
        part('TEST-P1', 'TEST-C'),
      ],
      contact_points: [
        {
          id: 'test-cp-brabant',
          name: 'Test contact point Brabant',
          actor_id: 'TEST-D',
          channels: 'phone|email',
          url: 'https://example.org/cp',
          smes_served_per_year: 120,
          smes_served_year: 2025,
          source_id: 'test-register',
        },
      ],
      contact_point_regions: [{ contact_point_id: 'test-cp-brabant', region_code: 'NL41' }],
      funds: [
        {
          id: 'test-fund-oost',
          region_code: 'NL21',
          name: 'Test investment fund Overijssel',
          size_eur: 5_000_000,
          instruments: 'loans, equity',
          target_sectors: 'HTSM',
          manager: 'Test manager',
          url: null,
          source_id: 'test-register',
        },
      ],
      good_practices: [
        practice(
          'test-gp-1',
          'Test practice: shared cleanroom for SMEs',
          'NL213',
          1,
          'published',
          'Companies share a cleanroom with the university.',
          '2026-03-01T00:00:00Z',
        ),
        practice(
          'test-gp-2',
          'Test practice: regional fund for scale-ups',
          'NL41',
          3,
          'published',
          'A fund invests in scale-ups of the brainport region.',
          '2026-02-01T00:00:00Z',
        ),
        practice(
          'test-gp-3',
          'Test practice: draft, not shown',
          'NL213',
          2,
          'draft',
          'A draft practice with the word cleanroom.',
          '2026-04-01T00:00:00Z',
        ),
      ],
      good_practice_key_areas: [
        { practice_id: 'test-gp-1', key_area_id: 'topsectoren-2011/htsm' },
        { practice_id: 'test-gp-2', key_area_id: 'topsectoren-2011/lsh' },
      ],
      practice_transfers: [
        {
          id: 'test-tr-1',
          practice_id: 'test-gp-1',
          to_region_code: 'NL41',
          year: 2025,
          outcome: 'adopted',
        },
      ],
    });
    // As an import does: the indicator list's levels and years, in the same transaction.
    await refreshIndicatorSummary(tx.db, ['test_rd_pc_gdp']);
  });
}

function actor(
  id: string,
  name: string,
  helix_role: string,
  is_sme: number,
  city: string,
  region_code: string,
) {
  return {
    id,
    name,
    short_name: null,
    helix_role,
    activity_type: null,
    is_sme,
    pic: null,
    kvk: null,
    street: null,
    postcode: null,
    city,
    country_code: 'NL',
    municipality_code: null,
    region_code,
    placement: 'test',
    source_id: null,
    import_id: null,
  };
}

function part(project_id: string, actor_id: string) {
  return {
    project_id,
    actor_id,
    role: 'participant',
    contribution_eur: 100,
    total_cost_eur: 150,
    import_id: null,
  };
}

function practice(
  id: string,
  title: string,
  region_code: string,
  topic: number,
  status: string,
  description: string,
  updated_at: string,
) {
  return {
    id,
    title,
    region_code,
    topic,
    period_start: '2024-01-01',
    period_end: null,
    description,
    resources: null,
    evidence: 'Test evidence',
    transfer_potential: null,
    contact: null,
    source_url: null,
    language: 'en',
    status,
    created_at: updated_at,
    updated_at,
  };
}
