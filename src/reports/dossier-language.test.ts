import { describe, expect, it } from 'vitest';
import { dossierInputsFixture } from '../../test/support/dossier-inputs-fixture.js';
import { dossierDocument } from './dossier-document.js';
import { dossierModel } from './dossier-model.js';

const agenda = (lang: 'nl' | 'en') =>
  dossierDocument(dossierModel(dossierInputsFixture()), lang).cover.visit.find(
    (v) => v.label === 'Agenda',
  )?.value;

/** The dossier's inputs with the good practices written in Dutch, as most regions enter them. */
function dutchPractices() {
  const inputs = dossierInputsFixture();
  return { ...inputs, practices: inputs.practices.map((p) => ({ ...p, language: 'nl' })) };
}

describe('the dossier in the reader’s language', () => {
  it.each([
    ['en', '1. The regional innovation system\n2. Contribution to the national key areas'],
    ['nl', '1. Het regionale innovatiesysteem\n2. Bijdrage aan de nationale sleutelgebieden'],
  ] as const)(
    'gives the default agenda in English in the English dossier, and in Dutch in the Dutch: %s',
    (lang, text) => {
      expect(agenda(lang)).toBe(text);
    },
  );

  it('says of each Dutch-only practice in the English dossier that it is available in Dutch only', () => {
    const en = JSON.stringify(dossierDocument(dossierModel(dutchPractices()), 'en'));
    const practices = dutchPractices().practices.length;
    expect(practices).toBeGreaterThan(0);
    expect(en.match(/Available in Dutch only/g)?.length).toBeGreaterThan(0);
    // No note where the languages agree: Dutch practices in Dutch, English ones in English.
    const nl = JSON.stringify(dossierDocument(dossierModel(dutchPractices()), 'nl'));
    expect(nl).not.toMatch(/Alleen in het/);
    const enOwn = JSON.stringify(dossierDocument(dossierModel(dossierInputsFixture()), 'en'));
    expect(enOwn).not.toMatch(/Available in Dutch only/);
  });

  it('heads the network table’s betweenness column in Dutch in the Dutch dossier', () => {
    // Every column heading of the dossier, of tables alone and of tables behind a figure.
    const columns = (lang: 'nl' | 'en') =>
      dossierDocument(dossierModel(dossierInputsFixture()), lang)
        .sections.flatMap((s) => s.blocks)
        .flatMap((b) =>
          b.kind === 'table'
            ? [b.table]
            : b.kind === 'figure' && b.figure.table
              ? [b.figure.table]
              : [],
        )
        .flatMap((t) => t.columns.map((c) => c.label));
    expect(columns('nl')).toContain('Brugfunctie (betweenness)');
    expect(columns('nl')).not.toContain('Betweenness');
    expect(columns('en')).toContain('Betweenness');
  });

  it('names a Eurostat data set by its Dutch title in the Dutch appendix', () => {
    const nl = JSON.stringify(dossierDocument(dossierModel(dossierInputsFixture()), 'nl'));
    const en = JSON.stringify(dossierDocument(dossierModel(dossierInputsFixture()), 'en'));
    expect(en).toContain('CORDIS - EU research projects under Horizon 2020');
    expect(nl).toContain('CORDIS – EU-onderzoeksprojecten onder Horizon 2020');
  });
});
