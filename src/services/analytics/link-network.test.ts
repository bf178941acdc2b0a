import { describe, expect, it } from 'vitest';
import { participationColumns } from '../../../test/support/participation-columns.js';
import type { ActorInfo, AnalyticsData, ProjectInfo } from './analytics-data.js';
import { linkNetwork } from './link-network.js';

const ACTOR_REGIONS: Readonly<Record<string, string | null>> = {
  a1: 'NL211',
  a2: 'NL212',
  a3: 'NL310',
  a4: 'BE211',
  a5: null,
};

/** Analytics data holding what the links networks read: organisations, projects, participations. */
function dataOf(): AnalyticsData {
  const actors = new Map<string, ActorInfo>(
    Object.entries(ACTOR_REGIONS).map(([id, region]) => [
      id,
      {
        id,
        name: id,
        helix_role: 'business',
        is_sme: null,
        region_code: region,
        country_code: region?.slice(0, 2) ?? null,
      },
    ]),
  );
  const project = (id: string, start: string, ec: number | null): [string, ProjectInfo] => [
    id,
    {
      id,
      programme: 'H2020',
      funding_source: 'EC',
      total_cost_eur: null,
      ec_max_contribution_eur: ec,
      start_date: start,
      parts: [],
      legal_bases: [],
      topic_code: null,
    },
  ];
  const participations = [
    ['p1', 'a4'],
    ['p1', 'a1'],
    ['p1', 'a5'],
    ['p2', 'a2'],
    ['p2', 'a3'],
    ['p2', 'a1'],
    ['p3', 'a3'],
  ].map(([project_id, actor_id]) => ({
    project_id: project_id!,
    actor_id: actor_id!,
    contribution_eur: null,
  }));
  return {
    regions: new Map(),
    actors,
    projects: new Map([
      project('p1', '2016-01-01', 1000),
      project('p2', '2018-05-01', null),
      project('p3', '2019-01-01', 500),
    ]),
    participations: participationColumns(participations),
    programmeRules: [],
    manualProjectKeyAreas: [],
    keyAreas: [],
  };
}

describe('linkNetwork', () => {
  it('numbers organisations and nodes in the order of their first participation', () => {
    const network = linkNetwork(dataOf(), 'NL', 3);
    expect(network.organisations).toEqual(['a4', 'a1', 'a2', 'a3']);
    expect(network.nodes.map((n) => `${n.code}:${n.kind}`)).toEqual([
      'BE:country',
      'NL211:region',
      'NL212:region',
      'NL310:region',
    ]);
    expect(network.nodeOf).toEqual([0, 1, 2, 3]);
    expect(network.projectIds).toEqual(['p1', 'p2', 'p3']);
    expect(network.projects).toEqual([
      { organisations: [0, 1], contributionEur: 1000, startYear: 2016 },
      { organisations: [2, 3, 1], contributionEur: null, startYear: 2018 },
      { organisations: [3], contributionEur: 500, startYear: 2019 },
    ]);
    const level1 = linkNetwork(dataOf(), 'NL', 1);
    expect(level1.nodes.map((n) => n.code)).toEqual(['BE', 'NL2', 'NL3']);
    expect(level1.nodeOf).toEqual([0, 1, 1, 2]);
  });

  it('shares the organisations and projects among the networks of one data set', () => {
    // They are most of a network's memory: every level and country holds the same lists.
    const data = dataOf();
    const [country, provinces] = [linkNetwork(data, 'NL', 0), linkNetwork(data, 'NL', 2)];
    expect(provinces.projects).toBe(country.projects);
    expect(provinces.organisations).toBe(country.organisations);
    expect(provinces.projectIds).toBe(country.projectIds);
    expect(linkNetwork(data, 'BE', 3).projects).toBe(country.projects);
    expect(provinces.nodeOf).not.toEqual(country.nodeOf);
  });
});
