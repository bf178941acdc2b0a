import { describe, expect, it } from 'vitest';
import * as analytics from '../analytics/analytics-methods.js';
import * as others from './source-methods.js';
import type { MethodText } from './method-text.js';

/** Every method builder, with arguments that put numbers and parameters in its text. */
const BUILDERS: Readonly<Record<string, () => MethodText>> = {
  helix: () => analytics.helixMethod(),
  network: () => analytics.networkMethod(),
  'key areas, participations, legal basis': () =>
    analytics.keyAreasMethod({
      measure: 'participations',
      classification: 'legal_basis',
      country: 'NL',
      reference: 'NL41',
    }),
  'key areas, contribution, programme part': () =>
    analytics.keyAreasMethod({
      measure: 'ec_contribution',
      classification: 'programme_part',
      country: 'NL',
      reference: 'EU27_2020',
    }),
  'key areas, organisations': () =>
    analytics.keyAreasMethod({
      measure: 'organisations',
      classification: 'programme_part',
      country: 'BE',
      reference: 'BE2',
    }),
  'index, editions': () =>
    analytics.indexMethod({
      indicators: [
        { name_en: 'Tertiary education (aged 25-34)', name_nl: 'Hoger onderwijs (25-34 jaar)' },
        { name_en: 'R&D expenditure', name_nl: 'Uitgaven aan R&D' },
      ],
      mode: 'edition',
      lag: 4,
      reference: 'EU27_2020',
    }),
  'index, years': () =>
    analytics.indexMethod({
      indicators: [{ name_en: 'Patent applications', name_nl: 'Octrooiaanvragen' }],
      mode: 'year',
      lag: null,
      reference: 'NL',
    }),
  clusters: () => analytics.clustersMethod('ec_contribution'),
  similar: () => analytics.similarMethod('organisations'),
  partners: () => analytics.partnersMethod(),
  'next visit': () => analytics.nextVisitMethod(),
  links: () => analytics.linksMethod(),
  'missing links': () => analytics.missingLinksMethod(),
  'not computed': () => others.notComputedMethod('no index values for level 3 in 2021'),
  'contact points': () => others.contactPointsMethod(),
  spearheads: () => others.spearheadsMethod(),
  funds: () => others.fundsMethod(),
  'dossier practices': () => others.dossierPracticesMethod(),
  visit: () => others.visitMethod(),
  financing: () => others.financingMethod(),
  'locator map, NUTS 3': () =>
    others.locatorMapMethod({
      scale: '03M',
      tolerance: 0.002,
      level: 3,
      country: 'NL',
      province: true,
    }),
  'locator map, NUTS 2': () =>
    others.locatorMapMethod({
      scale: '01M',
      tolerance: 0.01,
      level: 2,
      country: 'BE',
      province: false,
    }),
  'indicator values': () =>
    others.indicatorValuesMethod({
      name_en: 'Population aged 25-64',
      name_nl: 'Bevolking van 25-64 jaar',
      level: 2,
    }),
  'region SME support': () => others.regionSmeMethod(),
  'participations export, region': () => others.participationsExportMethod('NL41'),
  'participations export, all': () => others.participationsExportMethod(null),
  'organisations export, region': () => others.organisationsExportMethod('NL414'),
  'organisations export, all': () => others.organisationsExportMethod(null),
  'indicators export': () =>
    others.indicatorsExportMethod({
      names_en: ['Employment rate (20-64)', 'GDP per inhabitant'],
      names_nl: ['Arbeidsparticipatie (20-64)', 'Bbp per inwoner'],
      level: 2,
      country: 'NL',
    }),
  'indicators export, every level and country': () =>
    others.indicatorsExportMethod({ names_en: ['GDP'], names_nl: ['Bbp'] }),
  boundaries: () => others.boundariesMethod('10M'),
  'recommended practices, both': () =>
    others.recommendedPracticesMethod({
      criteria: 'both',
      taxonomy: 'topsectoren-2011',
      weakest: 3,
    }),
  'recommended practices, key areas': () =>
    others.recommendedPracticesMethod({
      criteria: 'key-areas',
      taxonomy: 'ris3-2021',
      weakest: 5,
    }),
  'recommended practices, indicators': () =>
    others.recommendedPracticesMethod({
      criteria: 'indicators',
      taxonomy: 'topsectoren-2011',
      weakest: 2,
    }),
};

/** The numbers in a text, a decimal comma read as a point, in order of size. */
function numbers(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => m[0].replace(',', '.')).sort();
}

describe('method texts', () => {
  it('covers every exported builder', () => {
    const exported = [...Object.values(analytics), ...Object.values(others)].filter(
      (f) => typeof f === 'function',
    );
    const called = new Set(Object.values(BUILDERS).map((b) => b.toString()));
    for (const f of exported) {
      expect(
        [...called].some((c) => c.includes(`.${f.name}(`)),
        `${f.name} has a case`,
      ).toBe(true);
    }
  });

  for (const [name, build] of Object.entries(BUILDERS)) {
    it(`${name}: English and Dutch, with the same numbers`, () => {
      const { method, method_nl } = build();
      expect(method.length).toBeGreaterThan(5);
      expect(method_nl.length).toBeGreaterThan(5);
      expect(method_nl).not.toBe(method);
      expect(numbers(method_nl)).toEqual(numbers(method));
      for (const text of [method, method_nl]) {
        expect(text).not.toMatch(/PRODUCT\.md|programme_key_areas|demo_r_|regionGoodPractice/);
      }
    });
  }

  it('puts the Dutch names of the indicators in the Dutch text and the English in the English', () => {
    const m = analytics.indexMethod({
      indicators: [{ name_en: 'Patent applications', name_nl: 'Octrooiaanvragen' }],
      mode: 'edition',
      lag: 4,
      reference: 'EU27_2020',
    });
    expect(m.method).toContain('Patent applications');
    expect(m.method).toContain('no more than 4 years');
    expect(m.method_nl).toContain('Octrooiaanvragen');
    expect(m.method_nl).toContain('niet meer dan 4 jaar');
    expect(m.method_nl).toContain('methodebeschrijving');
  });

  it('writes decimals in Dutch with a comma', () => {
    const m = others.locatorMapMethod({
      scale: '03M',
      tolerance: 0.002,
      level: 3,
      country: 'NL',
      province: true,
    });
    expect(m.method).toContain('0.002 degrees');
    expect(m.method_nl).toContain('0,002 graden');
    expect(m.method).toContain('1:3M');
  });
});
