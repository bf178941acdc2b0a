import { describe, expect, it } from 'vitest';
import { dossierInputsFixture } from '../../test/support/dossier-inputs-fixture.js';
import { keyAreaNotMeasured } from '../services/analytics/key-area-note.js';
import type { DossierInputs } from '../services/dossier/dossier-inputs.js';
import { dossierDocument, type DossierBlock, type DossierDocument } from './dossier-document.js';
import { dossierModel } from './dossier-model.js';

const blocks = (doc: DossierDocument, id: string): readonly DossierBlock[] =>
  doc.sections.find((s) => s.id === id)!.blocks;
const paragraphs = (doc: DossierDocument, id: string) =>
  blocks(doc, id).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const headings = (doc: DossierDocument, id: string) =>
  blocks(doc, id).flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
const facts = (doc: DossierDocument, id: string) =>
  new Map(
    blocks(doc, id)
      .flatMap((b) => (b.kind === 'facts' ? b.items : []))
      .map((f) => [f.label, f.value]),
  );
const keyAreaRows = (doc: DossierDocument) =>
  blocks(doc, 'topic-2').flatMap((b) =>
    b.kind === 'figure' && b.figure.id === 'key-areas' ? (b.figure.table?.rows ?? []) : [],
  );

describe('the dossier of a region where no organisation is placed', () => {
  // The empty fixture: measured (its country is placed at NUTS 3), no organisation in it; of the
  // country's 8 participations 1 could not be placed.
  const model = dossierModel(dossierInputsFixture({ empty: true }));

  it('says once in topic 1 that none is placed and how much of the country is not, in both languages', () => {
    expect(model.measurement.coverage.region_organisations).toBe(0);
    const en = dossierDocument(model, 'en');
    expect(paragraphs(en, 'topic-1')).toContain(
      'No organisation in CORDIS is placed in Twente, so the helix composition, the synergy T and the collaboration network cannot be measured here; zeros would say nothing about the region. Of the 8 participations of organisations in the Netherlands, 1 (13%) could not be placed in a region; they count at country level only, and organisations of Twente may be among them.',
    );
    const nl = dossierDocument(model, 'nl');
    expect(paragraphs(nl, 'topic-1')).toContain(
      'Geen organisatie uit CORDIS is in Twente geplaatst, dus de helixsamenstelling, de synergie T en het samenwerkingsnetwerk zijn hier niet te meten; nullen zouden niets over de regio zeggen. Niet in een regio te plaatsen: 1 (13%) van de 8 deelnames van organisaties in Nederland; die tellen alleen op landniveau, en organisaties uit Twente kunnen daartussen zitten.',
    );
    // No T and no network of zeros under headings of their own.
    expect(headings(en, 'topic-1')).not.toContain('Triple-helix synergy (T)');
    expect(headings(en, 'topic-1')).not.toContain('Collaboration network');
    expect(paragraphs(en, 'topic-1').join(' ')).not.toMatch(/No collaborating organisations/);
  });

  it('gives no zero counts in the summary, and says why topic 2 has no key-area table', () => {
    const en = dossierDocument(model, 'en');
    const summary = facts(en, 'summary');
    const noPlaced = 'not measured: no organisation in CORDIS placed in the region (see topic 1)';
    expect(summary.get('Synergy T')).toBe(noPlaced);
    expect([...summary.values()].filter((v) => v === noPlaced).length).toBeGreaterThanOrEqual(3);
    expect([...summary.values()].join(' ')).not.toMatch(/\b0 links between 0 organisations/);
    // Practices for gaps, similar regions and partners start from the key-area activity.
    expect(summary.get('Connecting')).toBe(noPlaced);
    // No spearhead is registered for it: no "0 of the 9" that would read as a measured gap.
    expect(model.topic3.spearheads).toEqual([]);
    expect(summary.get('Covered by spearheads')).toBe('cannot be told: no spearheads registered');
    expect(facts(dossierDocument(model, 'nl'), 'summary').get('Verbinden')).toBe(
      'niet gemeten: geen organisatie uit CORDIS in de regio geplaatst (zie thema 1)',
    );
    expect(paragraphs(en, 'topic-2')).toContain(
      'No activity per key area to measure: no organisation in CORDIS is placed in Twente (see topic 1).',
    );
    expect(paragraphs(dossierDocument(model, 'nl'), 'topic-2')).toContain(
      'Geen activiteit per sleutelgebied te meten: geen organisatie uit CORDIS is in Twente geplaatst (zie thema 1).',
    );
    expect(keyAreaRows(en)).toEqual([]);
  });

  it('says the lagging key areas and the missing links are not measured, not that there are none', () => {
    const en = paragraphs(dossierDocument(model, 'en'), 'connecting');
    expect(en).toContain(
      'Not measured: no organisation in CORDIS is placed in Twente, so no key area is known to lag behind (see topic 1).',
    );
    expect(en).toContain('Not measured: with no links measured, no link of Twente can be weak.');
    expect(en.join(' ')).not.toMatch(
      /has no key area with an LQ below 1|no similar or complementary/,
    );
    const nl = paragraphs(dossierDocument(model, 'nl'), 'connecting');
    expect(nl).toContain(
      'Niet gemeten: geen organisatie uit CORDIS is in Twente geplaatst, dus van geen sleutelgebied is bekend dat het achterblijft (zie thema 1).',
    );
  });

  it('keeps the figures of a region with placed organisations', () => {
    const full = dossierDocument(dossierModel(dossierInputsFixture()), 'en');
    expect(facts(full, 'summary').get('Covered by spearheads')).toMatch(
      /^\d+ of the \d+ key areas$/,
    );
    expect(facts(full, 'summary').get('Connecting')).toMatch(
      /^good practices for lagging key areas: \d+; similar regions: \d+; partner organisations: \d+$/,
    );
    expect(headings(full, 'topic-1')).toContain('Collaboration network');
    expect(paragraphs(full, 'topic-1').join(' ')).not.toMatch(/No organisation in CORDIS/);
  });
});

/** Twente with no activity in the country in Water & Maritime: its share and LQ are not measured. */
function withoutCountryActivity(): DossierInputs {
  const inputs = dossierInputsFixture();
  const areas = inputs.keyAreas.areas.map((a) =>
    a.code === 'water'
      ? {
          ...a,
          value: 0,
          share_of_national: null,
          lq: null,
          not_measured: [
            keyAreaNotMeasured('share_of_national', 'reference-key-area-zero', 'en'),
            keyAreaNotMeasured('lq', 'reference-key-area-zero', 'en'),
          ],
        }
      : a,
  );
  return { ...inputs, keyAreas: { ...inputs.keyAreas, areas } };
}

describe('the key-area table of the dossier', () => {
  it('numbers the reason of each missing share or LQ and lists each once under the table', () => {
    const model = dossierModel(withoutCountryActivity());
    const en = dossierDocument(model, 'en');
    const water = keyAreaRows(en).find((r) => r[0] === 'Water & Maritime')!;
    expect(water.slice(2)).toEqual(['none (1)', 'none (2)']);
    expect(paragraphs(en, 'topic-2')).toContain(
      'Why a value is missing: (1) share not measured: the country has no activity in this key area; (2) LQ not measured: the reference area has no activity in this key area.',
    );
    const nl = dossierDocument(model, 'nl');
    expect(paragraphs(nl, 'topic-2')).toContain(
      'Waarom een waarde ontbreekt: (1) aandeel niet gemeten: het land heeft geen activiteit in dit sleutelgebied; (2) LQ niet gemeten: het referentiegebied heeft geen activiteit in dit sleutelgebied.',
    );
    // The measured rows carry no number.
    const energy = keyAreaRows(en).find((r) => r[0] === 'Energy')!;
    expect(energy.slice(2).join(' ')).not.toMatch(/\(\d\)/);
  });

  it('has no note of missing values when every share and LQ is measured', () => {
    const en = dossierDocument(dossierModel(dossierInputsFixture()), 'en');
    expect(paragraphs(en, 'topic-2').join(' ')).not.toMatch(/Why a value is missing/);
  });
});
