import { NETWORK_MEASURES } from '../../src/core/network/network-undefined-measures.js';
import { keyAreaNotMeasured } from '../../src/services/analytics/key-area-note.js';
import { noPlacedNotMeasured } from '../../src/services/analytics/not-measured.js';
import { PERFORMANCE_GROUPS } from '../../src/services/analytics/index-report.js';
import type { FigureSource } from '../../src/services/analytics/provenance.js';
import {
  DOSSIER_SOURCE_KEYS,
  type DossierInputs,
  type DossierSourceKey,
} from '../../src/services/dossier/dossier-inputs.js';

const source = (method: string, method_nl: string): FigureSource => ({
  datasets: [
    {
      id: 'cordis:h2020',
      title: 'CORDIS - EU research projects under Horizon 2020',
      publisher: 'European Commission, CORDIS',
      licence: 'CC BY 4.0',
      url: 'https://data.europa.eu/data/datasets/cordish2020projects',
      retrieved_at: '2026-11-01',
    },
  ],
  imports: [
    {
      id: 'cordis-1',
      file: '/data/cordis/h2020_participations_eunets.csv.gz',
      checksum: 'bafe685bb57c262aeb81ec88c6f9c47cd9d4087224ac264c2aa29fb72d7458cd',
      finished_at: '2026-11-28T07:26:44.714Z',
    },
  ],
  method,
  method_nl,
});

/** A square polygon of `size` degrees with its south-west corner at (x, y): a made-up region outline. */
export const square = (x: number, y: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ] as [number, number][],
  ],
});

/** Overijssel (NL21) drawn around the made-up squares of its COROP regions NL211-NL213. */
export const OVERIJSSEL_OUTLINE = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [6, 52.1],
      [7, 52.1],
      [7, 52.6],
      [6.5, 52.6],
      [6.5, 53.1],
      [6, 53.1],
      [6, 52.1],
    ] as [number, number][],
  ],
};

const keyArea = (code: string, nl: string, en: string) => ({
  key_area: `topsectoren-2011/${code}`,
  code,
  name_nl: nl,
  name_en: en,
});
const HTSM = keyArea('htsm', 'High Tech Systemen & Materialen', 'High Tech Systems & Materials');
const ENERGY = keyArea('energy', 'Energie', 'Energy');
const WATER = keyArea('water', 'Water & Maritiem', 'Water & Maritime');

/** A key area alone in its row, with its count, share of the national count and LQ; none when `empty`. */
const areaRow = (
  area: ReturnType<typeof keyArea>,
  value: number,
  share: number,
  lq: number,
  empty: boolean,
) => ({
  ...area,
  members: [area],
  value: empty ? null : value,
  share_of_national: empty ? null : share,
  lq: empty ? null : lq,
  note: empty ? 'no classified activity in the region' : null,
  not_measured: empty
    ? [
        keyAreaNotMeasured('share_of_national', 'no-classified-activity', 'en'),
        keyAreaNotMeasured('lq', 'no-classified-activity', 'en'),
      ]
    : [],
});

/**
 * Hand-made inputs of a dossier for Twente: small, every section filled, numbers easy to follow.
 * Pass `empty: true` for a region without any registered facts or activity.
 */
export function dossierInputsFixture(options: { empty?: boolean } = {}): DossierInputs {
  const empty = options.empty ?? false;
  const sources = Object.fromEntries(
    DOSSIER_SOURCE_KEYS.map((k) => [k, source(`Method of ${k}.`, `Werkwijze van ${k}.`)]),
  ) as Record<DossierSourceKey, FigureSource>;
  return {
    generatedAt: new Date('2026-11-28T09:00:00Z'),
    region: {
      code: 'NL213',
      level: 3,
      name_nl: 'Twente',
      name_en: 'Twente',
      country_code: 'NL',
      parent: { code: 'NL21', name_nl: 'Overijssel', name_en: 'Overijssel' },
    },
    placement: placement(empty),
    links: {
      ...placement(empty),
      asked: 'NL213',
      region: 'NL213',
      level: 3,
      country: 'NL',
      projects: empty ? null : 4,
      linked_projects: empty ? null : 2,
      by_year: empty ? [] : [{ year: 2016, shared_projects: 2 }],
      centroid: [6.75, 52.35],
      partners: empty
        ? []
        : [
            linkPartner('NL414', 'region', 'Zuidoost-Noord-Brabant', 2, 0.5, [5.75, 52.35]),
            linkPartner('DE', 'country', 'Duitsland', 1, 0.25, null),
            linkPartner('NL221', 'region', 'Veluwe', 1, 0.2, [5.75, 52.35]),
          ],
      source: sources.links,
    },
    missingLinks: {
      region: 'NL213',
      level: 3,
      taxonomy: 'topsectoren-2011',
      weak_below: empty ? null : 0.3,
      peers: empty ? null : 3,
      links: empty
        ? []
        : [
            {
              region: 'NL212',
              name_nl: 'Zuidwest-Overijssel',
              name_en: 'Zuidwest-Overijssel',
              kind: 'similar',
              similarity: 0.8,
              shared_projects: 0,
              strength: 0,
              score: 0.8,
              explanation_nl:
                'Twente en Zuidwest-Overijssel lijken op elkaar maar delen geen project.',
              explanation_en: 'Twente and Zuidwest-Overijssel are alike but share no project.',
            },
          ],
    },
    helix: {
      region: 'NL213',
      projects: empty ? null : 4,
      projects_without_helix_role: empty ? null : 0,
      configurations: empty ? null : { U: 1, I: 1, G: 0, UI: 1, UG: 1, IG: 0, UIG: 0 },
      t_millibits: empty ? null : (-42.5 as never),
      t_ci95_millibits: empty ? null : ([-80.25, -12.5] as never),
      composition: empty
        ? null
        : {
            actors: { business: 2, research: 0, education: 1, government: 1, other: 1 },
            participations: { business: 2, research: 0, education: 3, government: 1, other: 0 },
          },
      not_measured: empty ? [noPlacedNotMeasured('t_millibits', 'en')] : [],
    },
    network: {
      region: 'NL213',
      key_area: null,
      nodes: empty ? null : 4,
      edges: empty ? null : 3,
      density: empty ? null : 0.5,
      components: empty ? null : 2,
      largest_component_share: empty ? null : 0.75,
      assortativity_helix: empty ? null : -0.5,
      helix_pairs: empty
        ? []
        : [
            {
              a: 'business',
              b: 'education',
              observed: 1,
              expected: 0.8,
              ratio: 1.25,
              ratio_reason_code: null,
              ratio_reason: null,
            },
            {
              a: 'education',
              b: 'government',
              observed: 1,
              expected: 0.5,
              ratio: 2,
              ratio_reason_code: null,
              ratio_reason: null,
            },
          ],
      communities: { count: empty ? null : 2, modularity: empty ? null : 0.1 },
      organisations: empty
        ? []
        : [
            {
              id: 'ut',
              name: 'UNIVERSITEIT TWENTE',
              helix_role: 'education',
              degree: 2,
              degree_centrality: 0.67,
              betweenness_centrality: 0.33,
              community: 0,
              external_links: 10,
            },
            {
              id: 'acme',
              name: 'ACME BV',
              helix_role: 'business',
              degree: 1,
              degree_centrality: 0.33,
              betweenness_centrality: 0,
              community: 0,
              external_links: 2,
            },
            {
              id: 'gem',
              name: 'GEMEENTE ENSCHEDE',
              helix_role: 'government',
              degree: 1,
              degree_centrality: 0.33,
              betweenness_centrality: 0,
              community: 1,
              external_links: 0,
            },
            {
              id: 'solo',
              name: 'SOLO BV',
              helix_role: 'business',
              degree: 0,
              degree_centrality: 0,
              betweenness_centrality: 0,
              community: 2,
              external_links: 3,
            },
          ],
      links: empty
        ? []
        : [
            { source: 'ut', target: 'acme', weight: 2 },
            { source: 'ut', target: 'gem', weight: 1 },
          ],
      not_measured: empty ? NETWORK_MEASURES.map((m) => noPlacedNotMeasured(m, 'en')) : [],
    },
    financing: empty
      ? null
      : {
          share: 0.25,
          totalCost: 2000 as never,
          publicGrant: 1500 as never,
          ownContribution: 500 as never,
          participations: { given: 4, usable: 3 },
          projects: { given: 4, withBothAmounts: 3, usable: 3 },
          refused: { missingCost: 1, missingGrant: 0, invalid: 0, grantAboveCost: 0 },
        },
    contactPoints: empty
      ? []
      : [
          {
            id: 'mkb-twente',
            name: 'MKB-loket Twente',
            organisation: 'Novel-T',
            channels: ['phone', 'email'],
            url: 'https://example.org/mkb',
            source_url: 'https://example.org/mkb/over',
            smes_served_per_year: 450,
            smes_served_year: 2025,
            regions: [{ code: 'NL213', name_nl: 'Twente', name_en: 'Twente' }],
          },
        ],
    keyAreas: {
      region: 'NL213',
      country: 'NL',
      taxonomy: 'topsectoren-2011',
      classification: 'programme_part',
      measure: 'participations',
      unit: 'participations',
      reference: 'NL',
      region_total: empty ? null : 5,
      unclassified: {
        value: empty ? null : 2,
        share: empty ? null : 2 / 7,
        note: empty ? 'no activity in the region' : null,
      },
      areas: [
        areaRow(HTSM, 3, 0.6, 1.5, empty),
        areaRow(ENERGY, 1, 0.2, 0.5, empty),
        areaRow(WATER, 1, 0.25, 0.8, empty),
      ],
    },
    index: {
      region: 'NL213',
      computed_for: 'NL21',
      mode: 'edition',
      year: empty ? null : 2012,
      edition: empty ? null : 2012,
      lag: empty ? null : 3,
      index: empty ? null : 0.465,
      reason_code: empty ? 'no_year' : null,
      reason: empty ? 'no year or edition holds values of the index indicators' : null,
      own_values: null,
      relative: empty ? null : 88.6,
      group: empty ? null : 'moderate',
      band: empty ? null : 'plain',
      rank: empty ? null : 49,
      of: empty ? 0 : 200,
      rank_range: empty ? null : [47, 55],
      reference: 'EU27_2020',
      country: 'NL',
      groups: PERFORMANCE_GROUPS,
      trend: empty
        ? []
        : [
            { year: 2011, index: 0.489, relative: 95.2, rank: 90 },
            { year: 2012, index: 0.465, relative: 88.6, rank: 49 },
          ],
      indicators: [
        {
          id: 'rd_e_gerdreg_pc_gdp_bes',
          score: empty ? null : 0.49,
          score_reason_code: empty ? 'no_index' : null,
          score_reason: empty ? 'the region has no index that year or edition' : null,
          country_score: empty ? null : 0.52,
          // the reference area without a value: the chart must say "no data", not draw 0
          reference_score: null,
          year: empty ? null : 2009,
          latest: empty ? null : 2012,
          filled_from: empty ? null : 'own value of 2009',
          trend: empty
            ? null
            : {
                // edition 2012 carries the value measured in 2009 forward
                first_year: 2000,
                last_year: 2012,
                first_data_year: 2000,
                last_data_year: 2009,
                first: 0.99,
                last: 0.83,
                relative: -0.16,
              },
        },
      ],
    },
    indexRegionName: { nl: 'Overijssel', en: 'Overijssel' },
    indicatorNames: new Map([
      [
        'rd_e_gerdreg_pc_gdp_bes',
        {
          nl: 'R&D-uitgaven, bedrijven, % van het bbp',
          en: 'R&D expenditure, business, % of GDP',
          unit: 'PC_GDP',
        },
      ],
    ]),
    clusters: {
      region: 'NL213',
      taxonomy: 'topsectoren-2011',
      measure: 'participations',
      compared_with: empty ? [] : ['NL211', 'NL212', 'NL213'],
      spearheads: empty
        ? []
        : [
            {
              id: 'NL213-smart',
              name_nl: 'Slimme systemen en materialen',
              name_en: 'Smart systems & materials',
              description: 'Test description: sensors and new materials, from lab to factory.',
              source_id: 'press-release',
              key_areas: [{ key_area: HTSM.key_area, weight: 1 }],
            },
          ],
      coverage: empty
        ? { covered: [], uncovered: [HTSM.key_area, ENERGY.key_area, WATER.key_area] }
        : {
            covered: [{ key_area: HTSM.key_area, weight: 1, spearheads: ['NL213-smart'] }],
            uncovered: [ENERGY.key_area, WATER.key_area],
          },
      stars: empty
        ? []
        : [
            {
              key_area: HTSM.key_area,
              name_nl: HTSM.name_nl,
              name_en: HTSM.name_en,
              stars: 2,
              size: { star: true, value: 3, rank: 1, cutoff_rank: 1, of: 3 },
              specialisation: { star: false, lq: 1.5, min_lq: 2 },
              focus: { star: true, value: 0.6, rank: 1, cutoff_rank: 1, of: 3 },
            },
          ],
      funds: empty
        ? []
        : [
            {
              id: 'fund-oost',
              name: 'Innovatiefonds Oost',
              size_eur: 20_000_000,
              instruments: 'loans|equity',
              target_sectors: 'HTSM|energie',
              manager: 'Regionale ontwikkelingsmaatschappij',
              url: null,
              source_id: 'template:funds',
            },
          ],
    },
    fundSourceUrls: new Map([['fund-oost', 'https://example.org/fonds-oost']]),
    similar: {
      region: 'NL213',
      taxonomy: 'topsectoren-2011',
      measure: 'participations',
      reference: 'NL',
      regions: empty
        ? []
        : [
            {
              region: 'NL414',
              name_nl: 'Zuidoost-Noord-Brabant',
              name_en: 'Zuidoost-Noord-Brabant',
              similarity: 0.94,
              they_lead: [ENERGY.key_area],
              we_lead: [],
              explanation_en: 'Key-area profile 94% alike.',
              explanation_nl: 'Sleutelgebiedenprofiel 94% gelijk.',
            },
          ],
    },
    partners: {
      region: 'NL213',
      taxonomy: 'topsectoren-2011',
      scope: 'NL',
      min_activity: 1,
      organisations: empty
        ? []
        : [
            {
              id: 'philips',
              name: 'PHILIPS',
              region: 'NL414',
              region_name_nl: 'Zuidoost-Noord-Brabant',
              region_name_en: 'Zuidoost-Noord-Brabant',
              helix_role: 'business',
              shared_key_areas: [ENERGY.key_area],
              local_partners: [{ id: 'acme', name: 'ACME BV' }],
              reason_en: 'Active in Energy, like ACME BV, with whom it shares no project yet.',
              reason_nl: 'Actief in Energie, net als ACME BV, waarmee het nog geen project deelt.',
            },
          ],
    },
    practices: empty
      ? []
      : [
          {
            id: 'brainport-energy',
            title: 'Energy lab',
            region_code: 'NL414',
            region_name_nl: 'Zuidoost-Noord-Brabant',
            region_name_en: 'Zuidoost-Noord-Brabant',
            topic: 2,
            description: 'A shared lab.',
            evidence: 'Twenty firms joined.',
            transfer_potential: null,
            resources: null,
            contact: null,
            source_url: 'https://example.org/lab',
            language: 'en',
            key_areas: [ENERGY.key_area],
            transfers: [],
          },
          {
            id: 'water-school',
            title: 'Water school',
            region_code: 'NL33',
            region_name_nl: 'Zuid-Holland',
            region_name_en: 'South Holland',
            topic: 1,
            description: 'Training in water technology.',
            evidence: null,
            transfer_potential: null,
            resources: null,
            contact: null,
            source_url: null,
            language: 'en',
            key_areas: [WATER.key_area],
            transfers: [],
          },
          {
            id: 'twente-pioneers',
            title: 'Pioneers in Health',
            region_code: 'NL213',
            region_name_nl: 'Twente',
            region_name_en: 'Twente',
            topic: 3,
            description: 'Hospitals and firms develop care technology together.',
            evidence: 'Forty projects.',
            transfer_potential: 'Needs a university hospital.',
            resources: null,
            contact: 'info@example.org',
            source_url: null,
            language: 'en',
            key_areas: [HTSM.key_area],
            transfers: [
              {
                region: 'NL22',
                name_nl: 'Gelderland',
                name_en: 'Gelderland',
                year: 2024,
                outcome: 'running',
              },
            ],
          },
        ],
    practiceRegionLqs: empty
      ? new Map()
      : new Map([
          [
            'NL414',
            new Map([
              [ENERGY.key_area, 1.3],
              [HTSM.key_area, 2.0],
              [WATER.key_area, 0.3],
            ]),
          ],
        ]),
    visit: empty
      ? null
      : {
          id: 'visit-twente',
          date: '2027-02-08',
          venue: 'Universiteit Twente, Enschede',
          hosts: 'Innovatieplatform Twente',
          participants: null,
          status: 'planned',
          agenda: [
            { position: 1, topic: 1, title: 'Het regionale innovatiesysteem' },
            { position: 2, topic: 2, title: 'Bijdrage aan de nationale sleutelgebieden' },
          ],
        },
    map: {
      region: { code: 'NL213', geometry: square(6.5, 52.1, 0.5) },
      context: [
        {
          code: 'NL211',
          name_nl: 'Noord-Overijssel',
          name_en: 'Noord-Overijssel',
          geometry: square(6, 52.6, 0.5),
        },
        {
          code: 'NL212',
          name_nl: 'Zuidwest-Overijssel',
          name_en: 'Zuidwest-Overijssel',
          geometry: square(6, 52.1, 0.5),
        },
        { code: 'NL213', name_nl: 'Twente', name_en: 'Twente', geometry: square(6.5, 52.1, 0.5) },
        { code: 'NL221', name_nl: 'Veluwe', name_en: 'Veluwe', geometry: square(5.5, 52.1, 0.5) },
      ],
      parent: {
        code: 'NL21',
        geometry: OVERIJSSEL_OUTLINE,
      },
      contextLevel: 3,
    },
    sources,
  };
}

function placement(empty: boolean): DossierInputs['placement'] {
  return {
    available: true,
    reason_code: null,
    reason: null,
    coverage: {
      country: 'NL',
      level: 3,
      deepest_level: 3,
      placed_participations: 7,
      unplaced_participations: 1,
      unplaced_business_participations: 1,
      placed_share: 7 / 8,
      placed_contribution_share: 0.9,
      region_organisations: empty ? 0 : 6,
      note: 'Coverage note.',
    },
    period: empty ? null : { first_year: 2014, last_year: 2020 },
  };
}

function linkPartner(
  code: string,
  kind: 'region' | 'country',
  name: string,
  shared: number,
  strength: number,
  centroid: [number, number] | null,
): DossierInputs['links']['partners'][number] {
  const roles = { business: 0, research: shared, education: 0, government: 0, other: 0 };
  return {
    code,
    kind,
    name_nl: name,
    name_en: name === 'Duitsland' ? 'Germany' : name,
    note_nl: null,
    note_en: null,
    shared_projects: shared,
    organisation_pairs: shared * 2,
    contribution_eur: null,
    projects_without_contribution: shared,
    partner_projects: shared * 3,
    strength,
    jaccard: strength / 2,
    roles_here: roles,
    roles_there: roles,
    by_year: [{ year: 2016, shared_projects: shared }],
    without_year: 0,
    top_bridges: [],
    centroid,
  };
}
