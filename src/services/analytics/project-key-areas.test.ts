import { describe, expect, it } from 'vitest';
import { TAXONOMY_2004, TAXONOMY_2011 } from '../starter/starter-content.js';
import {
  STARTER_KEY_AREAS,
  STARTER_PROGRAMME_KEY_AREAS,
} from '../starter/starter-key-area-rows.js';
import { participationColumns } from '../../../test/support/participation-columns.js';
import type { AnalyticsData, ProjectInfo } from './analytics-data.js';
import { keyAreaColumns } from './key-area-columns.js';
import { keyAreaClassification, projectKeyAreas } from './project-key-areas.js';

// Each project carries a topic with the legal basis CORDIS's topic table
// (shared/data/cordis/cordisref-H2020topics.csv) gives it, so every pair below is a real one.
const PROJECTS: readonly (readonly [string, string | null, string[], string[]])[] = [
  // id, topic, legal bases, programme parts
  ['ict', 'ICT-04-2015', ['H2020-EU.2.1.1.'], ['LEIT']],
  ['materials', 'NMP-17-2014', ['H2020-EU.2.1.3.'], ['LEIT']],
  ['cleansky', 'JTI-CS2-CPW-LPA-01-05', ['H2020-EU.3.4.5.1.'], ['SC4']],
  ['blue-growth', 'BG-07-2015', ['H2020-EU.3.2.'], ['SC2']],
  ['crops', 'SFS-05-2015', ['H2020-EU.3.2.'], ['SC2']],
  ['co2-chemicals', 'ISIB-06-2015', ['H2020-EU.3.2.'], ['SC2']],
  ['water', 'WATER-1a-2014', ['H2020-EU.3.5.4.'], ['SC5']],
  [
    'sme-blue',
    'SMEInst-08-2016-2017',
    ['H2020-EU.2.3.1.', 'H2020-EU.3.2.3.'],
    ['Innovation in SMEs', 'SC2'],
  ],
  ['erc', 'ERC-PoC-2015', ['H2020-EU.1.1.'], ['ERC']],
  ['msca', 'MSCA-ITN-2014-ETN', ['H2020-EU.1.3.1.'], ['MSCA']],
  ['horizon-europe', null, ['HORIZON.2.4'], []],
  ['parts-only', null, [], ['SC3']],
];

function data(projects: typeof PROJECTS): AnalyticsData {
  return {
    regions: new Map(),
    actors: new Map(),
    participations: participationColumns([]),
    projects: new Map(
      projects.map(([id, topic, legalBases, parts]): [string, ProjectInfo] => [
        id,
        {
          id,
          programme: 'H2020',
          funding_source: 'eu',
          total_cost_eur: null,
          ec_max_contribution_eur: null,
          start_date: null,
          parts,
          legal_bases: legalBases,
          topic_code: topic,
        },
      ]),
    ),
    programmeRules: STARTER_PROGRAMME_KEY_AREAS,
    manualProjectKeyAreas: [],
    keyAreas: STARTER_KEY_AREAS,
  };
}

/** A project's classification as `code: weight` (key-area codes without the taxonomy). */
function weights(map: ReturnType<typeof projectKeyAreas>, project: string) {
  const list = map.get(project);
  if (!list) return undefined;
  return Object.fromEntries(list.map((w) => [w.keyArea.split('/')[1]!, w.weight]));
}

describe('classifying projects by legal basis and topic', () => {
  const loaded = data(PROJECTS);
  const t2011 = projectKeyAreas(loaded, TAXONOMY_2011);
  const t2004 = projectKeyAreas(loaded, TAXONOMY_2004);

  it('says it uses legal bases once any project carries them, programme parts otherwise', () => {
    expect(keyAreaClassification(loaded, TAXONOMY_2011)).toBe('legal_basis');
    const partsOnly = data(PROJECTS.filter(([id]) => id === 'parts-only'));
    expect(keyAreaClassification(partsOnly, TAXONOMY_2011)).toBe('programme_part');
  });

  it('keeps to programme parts for a taxonomy without a legal-basis mapping', () => {
    const unmapped = {
      ...loaded,
      programmeRules: loaded.programmeRules.filter((r) => r.source_kind === 'programme_part'),
    };
    expect(keyAreaClassification(unmapped, TAXONOMY_2011)).toBe('programme_part');
    const byPart = projectKeyAreas(unmapped, TAXONOMY_2011);
    expect(weights(byPart, 'erc')).toBeUndefined();
    expect(weights(byPart, 'blue-growth')).toEqual({
      'agri-food': 0.6,
      horticulture: 0.2,
      water: 0.2,
    });
  });

  it('tells ICT apart from the rest of LEIT, which the programme part LEIT cannot', () => {
    expect(weights(t2004, 'ict')).toEqual({ ict: 1 });
    expect(weights(t2004, 'materials')).toEqual({ htsm: 0.5, chemistry: 0.5 });
    expect(weights(t2011, 'ict')).toEqual({ htsm: 1 });
  });

  it('classifies a code by the most specific classified code it lies in', () => {
    expect(weights(t2011, 'cleansky')).toEqual({ htsm: 1 });
    expect(weights(t2011, 'water')).toEqual({ water: 1 });
  });

  it('lets a call topic decide where the legal basis names all of Societal Challenge 2', () => {
    expect(weights(t2011, 'blue-growth')).toEqual({ water: 1 });
    expect(weights(t2011, 'crops')).toEqual({ 'agri-food': 0.75, horticulture: 0.25 });
    expect(weights(t2011, 'co2-chemicals')).toEqual({
      'agri-food': 0.6,
      horticulture: 0.2,
      water: 0.2,
    });
  });

  it('leaves ERC, MSCA and unknown codes unclassified instead of falling back to programme parts', () => {
    for (const id of ['erc', 'msca', 'horizon-europe']) expect(t2011.has(id)).toBe(false);
    expect(weights(t2011, 'sme-blue')).toEqual({ water: 1 });
    expect(weights(t2011, 'parts-only')).toEqual({ energy: 1 });
  });

  it('keeps Agri & Food and Horticulture in one column: no legal basis or topic separates them', () => {
    const columns = keyAreaColumns(loaded, t2011, TAXONOMY_2011);
    expect(columns.classification).toBe('legal_basis');
    const merged = columns.columns.filter((c) => c.members.length > 1);
    expect(merged.map((c) => c.members.map((m) => m.code))).toEqual([
      ['agri-food', 'horticulture'],
    ]);
    expect(
      keyAreaColumns(loaded, t2004, TAXONOMY_2004).columns.every((c) => c.members.length === 1),
    ).toBe(true);
  });
});
