import { describe, expect, it } from 'vitest';
import { dossierInputsFixture } from '../../../test/support/dossier-inputs-fixture.js';
import type { DossierInputs } from '../../services/dossier/dossier-inputs.js';
import { dossierDocument, type DossierDocument } from '../dossier-document.js';
import { dossierModel } from '../dossier-model.js';

const sectionText = (doc: DossierDocument, id: string) =>
  JSON.stringify(doc.sections.find((s) => s.id === id)!.blocks);

/** A German region: organisations placed at country level only, so topics 1 and 2 are null. */
function germanInputs(): DossierInputs {
  const base = dossierInputsFixture();
  return {
    ...base,
    region: { ...base.region, code: 'DE11', level: 2, country_code: 'DE', parent: null },
    placement: {
      available: false,
      reason_code: 'country_level_only',
      reason: 'reason',
      coverage: {
        country: 'DE',
        level: 2,
        deepest_level: 0,
        placed_participations: 0,
        unplaced_participations: 1200,
        unplaced_business_participations: 600,
        placed_share: 0,
        placed_contribution_share: 0,
        region_organisations: 0,
        note: 'note',
      },
      period: null,
    },
    helix: {
      region: 'DE11',
      projects: null,
      projects_without_helix_role: null,
      configurations: null,
      t_millibits: null,
      t_ci95_millibits: null,
      composition: null,
      not_measured: [],
    },
    keyAreas: {
      ...base.keyAreas,
      region: 'DE11',
      region_total: null,
      areas: base.keyAreas.areas.map((a) => ({
        ...a,
        value: null,
        share_of_national: null,
        lq: null,
      })),
    },
  };
}

describe('the dossier of a region the data cannot measure', () => {
  it('says why in topics 1 and 2 instead of showing counts', () => {
    const doc = dossierDocument(dossierModel(germanInputs()), 'en');
    const reason =
      'Not available: organisations in Germany are placed at country level only in the loaded data; load CORDIS’s organisation file with NUTS codes to measure regions in Germany.';
    expect(sectionText(doc, 'topic-1')).toContain(reason);
    expect(sectionText(doc, 'topic-2')).toContain(reason);
    expect(sectionText(doc, 'topic-1')).not.toContain('helix-composition');
    expect(sectionText(doc, 'summary')).toContain(reason);
  });

  it('says it in Dutch too', () => {
    const doc = dossierDocument(dossierModel(germanInputs()), 'nl');
    expect(sectionText(doc, 'topic-1')).toContain(
      'Niet beschikbaar: organisaties in Duitsland zijn in de geladen gegevens alleen op landniveau geplaatst',
    );
  });
});

describe('the coverage in the sources appendix', () => {
  it.each([
    {
      title: 'states the placed shares and the participations left at country level',
      lang: 'en',
      texts: [
        '88% of the participations of organisations in the Netherlands (90% of the EC contribution) are placed at NUTS 3 or finer. 1 participations (100% by companies) stay at country level',
        'Projects starting 2014 to 2020.',
      ],
    },
    {
      title: 'states them in Dutch',
      lang: 'nl',
      texts: [
        '88% van de deelnames van organisaties in Nederland (90% van de EU-bijdrage) is geplaatst op NUTS 3 of fijner.',
      ],
    },
  ] as const)('$title', ({ lang, texts }) => {
    const sources = sectionText(
      dossierDocument(dossierModel(dossierInputsFixture()), lang),
      'sources',
    );
    for (const text of texts) expect(sources).toContain(text);
  });
});

describe('the coverage of a country placed at country level only', () => {
  it('says that none of its participations are placed at the region level', () => {
    const doc = dossierDocument(dossierModel(germanInputs()), 'en');
    expect(sectionText(doc, 'sources')).toContain(
      'None of the 1,200 participations of organisations in Germany (50% by companies) are placed at NUTS 2 or finer in the loaded data.',
    );
  });
});
