import { describe, expect, it } from 'vitest';
import { dossierInputsFixture } from '../../test/support/dossier-inputs-fixture.js';
import { eur } from '../core/financing/eur.js';
import { privateFinancingShare } from '../core/financing/private-financing-share.js';
import type { DossierInputs } from '../services/dossier/dossier-inputs.js';
import { dossierDocument, type DossierBlock, type DossierDocument } from './dossier-document.js';
import { dossierModel } from './dossier-model.js';

const allText = (doc: DossierDocument) => JSON.stringify(doc);
const blocks = (doc: DossierDocument, id: string): readonly DossierBlock[] =>
  doc.sections.find((s) => s.id === id)!.blocks;

describe('the dossier layout', () => {
  it('has a summary, one section per topic, connecting regions and the sources appendix', () => {
    const nl = dossierDocument(dossierModel(dossierInputsFixture()), 'nl');
    expect(nl.sections.map((s) => s.title)).toEqual([
      'Samenvatting',
      'Thema 1: Het regionale innovatiesysteem',
      'Thema 2: Bijdrage aan de nationale sleutelgebieden',
      'Thema 3: Regionale innovatiekracht',
      'Regio’s verbinden',
      'Bijlage: bronnen van de cijfers',
    ]);
    const en = dossierDocument(dossierModel(dossierInputsFixture()), 'en');
    expect(en.sections.map((s) => s.id)).toEqual(nl.sections.map((s) => s.id));
    expect(en.sections[1]!.title).toBe('Topic 1: The regional innovation system');
  });

  it("names the index edition, its window, each value's year and that the groups are Regiokracht's", () => {
    for (const [lang, edition, note] of [
      [
        'en',
        '2012 (each indicator’s most recent year from 2009 to 2012)',
        /not the official RIS groups/,
      ],
      [
        'nl',
        '2012 (per indicator het meest recente jaar van 2009 tot en met 2012)',
        /niet de officiële RIS-groepen/,
      ],
    ] as const) {
      const doc = dossierDocument(dossierModel(dossierInputsFixture()), lang);
      const topic3 = blocks(doc, 'topic-3');
      const facts = topic3.flatMap((b) => (b.kind === 'facts' ? b.items : []));
      expect(facts.map((f) => f.value)).toContain(edition);
      expect(topic3.some((b) => b.kind === 'paragraph' && note.test(b.text))).toBe(true);
      const indicators = topic3.flatMap((b) =>
        b.kind === 'table' && /^Indicator/.test(b.table.caption) ? [b.table] : [],
      );
      expect(indicators[0]?.rows[0]?.[2]).toBe('2009');
    }
  });

  it('gives the year each end of an indicator trend was measured, and the edition that carried it', () => {
    for (const [lang, development] of [
      ['en', '0.99 (2000) to 0.83 (2009, edition 2012)'],
      ['nl', '0,99 (2000) naar 0,83 (2009, editie 2012)'],
    ] as const) {
      const doc = dossierDocument(dossierModel(dossierInputsFixture()), lang);
      const indicators = blocks(doc, 'topic-3').flatMap((b) =>
        b.kind === 'table' && /^Indicator/.test(b.table.caption) ? [b.table] : [],
      );
      expect(indicators[0]?.rows[0]?.[4]).toBe(development);
    }
  });

  it('says in the summary what the organisations count holds, and how many take part in a project', () => {
    for (const [lang, label, value] of [
      [
        'en',
        'Organisations in the region',
        '5 (companies: 2; knowledge institutions: 1), of which 4 take part in at least one project',
      ],
      [
        'nl',
        'Organisaties in de regio',
        '5 (bedrijven: 2; kennisinstellingen: 1), waarvan 4 meedoen aan ten minste één project',
      ],
    ] as const) {
      const doc = dossierDocument(dossierModel(dossierInputsFixture()), lang);
      const facts = blocks(doc, 'summary').flatMap((b) => (b.kind === 'facts' ? b.items : []));
      expect(facts.find((f) => f.label === label)?.value).toBe(value);
      expect(allText(doc)).not.toMatch(/Organisations with projects|Organisaties met projecten/);
    }
  });

  it('counts the key areas covered by spearheads out of the covered and the not covered together', () => {
    const inputs = dossierInputsFixture();
    // more key areas than rows in the key-area table (rows can merge key areas)
    const doc = dossierDocument(
      dossierModel({
        ...inputs,
        clusters: {
          ...inputs.clusters,
          coverage: { ...inputs.clusters.coverage, uncovered: ['a', 'b', 'c', 'd'] },
        },
      }),
      'en',
    );
    const facts = blocks(doc, 'summary').flatMap((b) => (b.kind === 'facts' ? b.items : []));
    expect(facts.find((f) => f.label === 'Covered by spearheads')?.value).toBe(
      '1 of the 5 key areas',
    );
  });

  it("names the province in the summary when the index is the province's", () => {
    for (const [lang, label] of [
      ['en', 'Innovation index 2012 of Overijssel (the province Twente lies in)'],
      ['nl', 'Innovatie-index 2012 van Overijssel (de provincie waarin Twente ligt)'],
    ] as const) {
      const doc = dossierDocument(dossierModel(dossierInputsFixture()), lang);
      const facts = blocks(doc, 'summary').flatMap((b) => (b.kind === 'facts' ? b.items : []));
      expect(facts.map((f) => f.label)).toContain(label);
    }
  });

  it('names reference areas as readers say them, never by their data codes', () => {
    for (const [lang, eu, country] of [
      ['nl', 'EU-27 = 100', 'ten opzichte van Nederland'],
      ['en', 'EU-27 = 100', 'against Netherlands'],
    ] as const) {
      const text = allText(dossierDocument(dossierModel(dossierInputsFixture()), lang));
      expect(text).not.toMatch(/EU27_2020/);
      expect(text).toContain(eu);
      expect(text).toContain(country);
    }
  });

  it('explains T in plain words: negative means synergy', () => {
    const doc = dossierDocument(dossierModel(dossierInputsFixture()), 'en');
    const paragraphs = blocks(doc, 'topic-1').flatMap((b) =>
      b.kind === 'paragraph' ? [b.text] : [],
    );
    expect(paragraphs).toContain(
      'T = -42.5 millibits, with a 95% interval from -80.3 to -12.5 millibits, computed over 4 projects with a participant from business, research, education or government in the region.',
    );
    expect(
      paragraphs.some((p) =>
        p.startsWith('The whole interval lies below zero: this means synergy.'),
      ),
    ).toBe(true);
  });

  it("says how many of the region's projects the helix leaves out, and says nothing when none", () => {
    const notes = (inputs: DossierInputs, lang: 'nl' | 'en') =>
      blocks(dossierDocument(dossierModel(inputs), lang), 'topic-1').flatMap((b) =>
        b.kind === 'paragraph' && /^(Left out|Niet meegeteld): /.test(b.text) ? [b.text] : [],
      );
    const base = dossierInputsFixture();
    expect(notes(base, 'en')).toEqual([]);
    const withOthers = { ...base, helix: { ...base.helix, projects_without_helix_role: 3 } };
    expect(notes(withOthers, 'en')).toEqual([
      'Left out: 3 more projects of the region, whose participants there all have the helix role other.',
    ]);
    expect(notes(withOthers, 'nl')).toEqual([
      'Niet meegeteld: nog 3 projecten van de regio, waarvan de deelnemers daar allemaal de helixrol overig hebben.',
    ]);
    const withOne = { ...base, helix: { ...base.helix, projects_without_helix_role: 1 } };
    expect(notes(withOne, 'en')).toEqual([
      'Left out: 1 more project of the region, whose participants there all have the helix role other.',
    ]);
  });

  it("says of how many of the region's projects the financing share is computed, from its rows", () => {
    // One row per project, as the dossier's financing service gives them: q lacks a cost, r a
    // grant, s has a grant above its cost (both amounts, left out of the share).
    const rows = [
      { projectId: 'p', totalCost: eur(1000), publicGrant: eur(600) },
      { projectId: 'o', totalCost: eur(3000), publicGrant: eur(3000) },
      { projectId: 'q', totalCost: null, publicGrant: eur(100) },
      { projectId: 'r', totalCost: eur(500), publicGrant: null },
      { projectId: 's', totalCost: eur(100), publicGrant: eur(200) },
    ];
    const both = rows.filter((r) => r.totalCost !== null && r.publicGrant !== null);
    const usable = both.filter((r) => r.publicGrant! <= r.totalCost!);
    const inputs = { ...dossierInputsFixture(), financing: privateFinancingShare(rows) };
    const paragraphs = (lang: 'nl' | 'en') =>
      blocks(dossierDocument(dossierModel(inputs), lang), 'topic-1').flatMap((b) =>
        b.kind === 'paragraph' ? [b.text] : [],
      );
    expect(paragraphs('en')).toContain(
      `${both.length} of the ${rows.length} projects with participants from Twente have both a total cost and an EC contribution. In these, 10% of the total cost (€4,000) is own (private) contribution; the EC contribution is €3,600.`,
    );
    expect(paragraphs('en')).toContain(
      `Of the projects with both amounts, ${both.length - usable.length} are left out because an amount is negative or the EC contribution exceeds the total cost; the share is computed over the other ${usable.length}.`,
    );
    expect(paragraphs('nl')).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Van de ${rows.length} projecten met deelnemers uit Twente hebben er ${both.length} zowel totale kosten als een EU-bijdrage\\. `,
        ),
      ),
    );
    const summary = (lang: 'nl' | 'en') =>
      JSON.stringify(blocks(dossierDocument(dossierModel(inputs), lang), 'summary'));
    expect(summary('en')).toContain(
      `10% of project costs, in ${usable.length} of the region’s ${rows.length} projects`,
    );
    expect(summary('nl')).toContain(
      `10% van de projectkosten, in ${usable.length} van de ${rows.length} projecten van de regio`,
    );
  });

  it('puts a table behind every chart', () => {
    const doc = dossierDocument(dossierModel(dossierInputsFixture()), 'nl');
    const figures = doc.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'figure' ? [b.figure] : [])),
    );
    expect(figures.map((f) => f.id)).toEqual([
      'helix-composition',
      'helix-synergy',
      'network',
      'key-areas',
      'index-trend',
      'index-benchmark',
      'dossier-links-map',
    ]);
    for (const f of figures) expect(f.table?.rows.length).toBeGreaterThan(0);
    expect(doc.cover.map?.id).toBe('dossier-map');
  });

  it('heads the trend table of an edition index "Editie"/"Edition", each row being an edition', () => {
    for (const [lang, label] of [
      ['nl', 'Editie'],
      ['en', 'Edition'],
    ] as const) {
      const model = dossierModel(dossierInputsFixture());
      expect(model.topic3.index?.edition).not.toBeNull();
      const figure = dossierDocument(model, lang)
        .sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'figure' ? [b.figure] : [])))
        .find((f) => f.id === 'index-trend')!;
      expect(figure.table!.columns[0]!.label).toBe(label);
    }
  });

  it('says plainly when a section has no data', () => {
    const en = allText(dossierDocument(dossierModel(dossierInputsFixture({ empty: true })), 'en'));
    expect(en).toContain('No investment fund registered for Twente.');
    expect(en).toContain('No SME contact point registered for Twente.');
    expect(en).toContain('No spearheads or clusters are registered for Twente.');
    expect(en).toContain('No visit to Twente is planned.');
    expect(en).toContain('No innovation index can be computed for Overijssel');
    const nl = allText(dossierDocument(dossierModel(dossierInputsFixture({ empty: true })), 'nl'));
    expect(nl).toContain('Geen investeringsfonds geregistreerd voor Twente.');
    expect(nl).toContain('Geen contactpunt voor het mkb geregistreerd voor Twente.');
  });

  it('gives each good practice its reason in words', () => {
    const doc = dossierDocument(dossierModel(dossierInputsFixture()), 'en');
    const items = blocks(doc, 'connecting').flatMap((b) => (b.kind === 'items' ? b.items : []));
    expect(items[0]).toMatchObject({ title: 'Energy lab' });
    expect(items[0]!.lines[0]).toEqual({
      label: 'Why',
      text: 'Energy: Zuidoost-Noord-Brabant reaches LQ 1.30, Twente 0.50.',
    });
    expect(items.at(-1)!.lines[0]!.text).toBe(
      'Twente is specialised in High Tech Systems & Materials (LQ 1.50). Already taken over by Gelderland (2024): running.',
    );
  });

  it('lists in the appendix the data set, the imported file with checksum and date, and the method', () => {
    const doc = dossierDocument(dossierModel(dossierInputsFixture()), 'en');
    const helix = blocks(doc, 'sources').find(
      (b) => b.kind === 'source' && b.title.startsWith('Helix'),
    );
    expect(helix).toEqual({
      kind: 'source',
      title: 'Helix composition and synergy T',
      lines: [
        {
          label: 'Data set',
          text: 'CORDIS - EU research projects under Horizon 2020. Publisher: European Commission, CORDIS. Licence: CC BY 4.0. Retrieved on 1 November 2026. Address: https://data.europa.eu/data/datasets/cordish2020projects',
        },
        {
          label: 'Imported file',
          text: 'cordis/h2020_participations_eunets.csv.gz, imported on 28 November 2026; SHA-256 bafe685bb57c262aeb81ec88c6f9c47cd9d4087224ac264c2aa29fb72d7458cd',
        },
        { label: 'Method', text: 'Method of helix.' },
      ],
    });
  });

  it('gives the method in the appendix of the Dutch dossier in Dutch', () => {
    const doc = dossierDocument(dossierModel(dossierInputsFixture()), 'nl');
    const lines = blocks(doc, 'sources')
      .filter((b) => b.kind === 'source')
      .flatMap((b) => b.lines);
    const methods = lines.filter((l) => l.label === 'Werkwijze').map((l) => l.text);
    expect(methods).toContain('Werkwijze van helix.');
    expect(methods.every((m) => m.startsWith('Werkwijze van '))).toBe(true);
    expect(lines.map((l) => l.text).join(' ')).not.toContain('Method of');
  });
});
