import { describe, expect, it } from 'vitest';
import { dossierInputsFixture } from '../../test/support/dossier-inputs-fixture.js';
import { DOSSIER_SOURCE_KEYS } from '../services/dossier/dossier-inputs.js';
import { dossierModel, synergyReading } from './dossier-model.js';

describe('the dossier model', () => {
  it('reads T as synergy only when the whole interval lies below zero', () => {
    expect(synergyReading(-40, [-80, -10])).toBe('synergy');
    expect(synergyReading(40, [10, 80])).toBe('no-synergy');
    expect(synergyReading(-4.7, [-23.6, 5.3])).toBe('uncertain');
    expect(synergyReading(0, [0, 0])).toBe('zero');
    expect(synergyReading(null, null)).toBe('none');
  });

  it('takes the date from the inputs, so the same inputs give the same model', () => {
    const inputs = dossierInputsFixture();
    const model = dossierModel(inputs);
    expect(model.generated_at).toBe('2026-11-28T09:00:00.000Z');
    expect(dossierModel(inputs)).toEqual(model);
  });

  it('recommends practices of regions that do better where Twente has an LQ below 1, with the reason', () => {
    const model = dossierModel(dossierInputsFixture());
    // Gaps: energy (0.5) and water (0.8), weakest first.
    expect(model.connecting.gap_key_areas.map((g) => [g.id, g.lq])).toEqual([
      ['topsectoren-2011/energy', 0.5],
      ['topsectoren-2011/water', 0.8],
    ]);
    const [energy, water] = model.connecting.practices_for_gaps;
    // NL414 reaches LQ 1.3 in energy against Twente's 0.5: ranked by regionGoodPracticeRecommendations.
    expect(energy).toMatchObject({ id: 'brainport-energy', method: 'recommendation' });
    expect(energy!.reasons).toEqual([
      {
        kind: 'gap',
        key_area: { id: 'topsectoren-2011/energy', name: { nl: 'Energie', en: 'Energy' } },
        region_lq: 0.5,
        practice_region_lq: 1.3,
      },
    ]);
    // Zuid-Holland's LQ is not known: the practice follows on the gap key area alone.
    expect(water).toMatchObject({ id: 'water-school', method: 'gap-key-area' });
    expect(water!.reasons[0]).toMatchObject({ region_lq: 0.8, practice_region_lq: null });
    expect(model.connecting.practices_for_gaps.map((p) => p.id)).not.toContain('twente-pioneers');
  });

  it("lists the region's own practices with its specialisation and their transfers as the reason", () => {
    const model = dossierModel(dossierInputsFixture());
    expect(model.connecting.own_practices).toHaveLength(1);
    expect(model.connecting.own_practices[0]!.reasons).toEqual([
      {
        kind: 'specialised',
        key_area: {
          id: 'topsectoren-2011/htsm',
          name: { nl: 'High Tech Systemen & Materialen', en: 'High Tech Systems & Materials' },
        },
        region_lq: 1.5,
      },
      {
        kind: 'transfer',
        transfer: {
          region: 'NL22',
          name_nl: 'Gelderland',
          name_en: 'Gelderland',
          year: 2024,
          outcome: 'running',
        },
      },
    ]);
  });

  it('draws the most central linked organisations and counts the ones left out', () => {
    const network = dossierModel(dossierInputsFixture()).topic1.network;
    expect(network.drawn.map((n) => n.id)).toEqual(['ut', 'acme', 'gem']);
    expect(network.drawn_links).toHaveLength(2);
    expect(network.unlinked).toBe(1);
    expect(network.not_drawn).toBe(0);
    expect(network.top.map((n) => n.id)).toEqual(['ut', 'acme', 'gem', 'solo']);
  });

  it('keeps sections without data empty rather than inventing anything', () => {
    const model = dossierModel(dossierInputsFixture({ empty: true }));
    expect(model.topic1.synergy).toMatchObject({ t_millibits: null, reading: 'none' });
    expect(model.topic1.financing).toBeNull();
    expect(model.topic1.sme_contact_point).toEqual({ present: false, count: 0, smes_served: null });
    expect(model.topic3.funds).toEqual([]);
    expect(model.topic3.spearheads).toEqual([]);
    expect(model.topic3.index.value).toBeNull();
    expect(model.connecting).toEqual({
      gap_key_areas: [],
      practices_for_gaps: [],
      own_practices: [],
      similar_regions: [],
      partners: [],
      links: {
        available: true,
        level: 3,
        projects: null,
        linked_projects: null,
        centroid: [6.75, 52.35],
        regions: [],
        top: [],
        missing: [],
      },
    });
    expect(model.visit).toBeNull();
  });

  it('names the key areas the spearheads cover and those they leave uncovered', () => {
    const coverage = dossierModel(dossierInputsFixture()).topic2.coverage;
    expect(coverage.covered).toEqual([
      {
        key_area: { nl: 'High Tech Systemen & Materialen', en: 'High Tech Systems & Materials' },
        weight: 1,
        spearheads: [{ nl: 'Slimme systemen en materialen', en: 'Smart systems & materials' }],
      },
    ]);
    expect(coverage.uncovered.map((k) => k.en)).toEqual(['Energy', 'Water & Maritime']);
  });

  it('lists a source for every figure of the dossier', () => {
    const model = dossierModel(dossierInputsFixture());
    expect(model.sources.map((s) => s.key)).toEqual(DOSSIER_SOURCE_KEYS);
  });
});
