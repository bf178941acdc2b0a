import { describe, expect, it } from 'vitest';
import { dossierInputsFixture } from '../../test/support/dossier-inputs-fixture.js';
import { dossierDocument, type DossierBlock, type DossierDocument } from './dossier-document.js';
import { dossierModel } from './dossier-model.js';
import type { DossierInputs } from '../services/dossier/dossier-inputs.js';

const blocks = (doc: DossierDocument, id: string): readonly DossierBlock[] =>
  doc.sections.find((s) => s.id === id)!.blocks;
const paragraphs = (doc: DossierDocument, id: string) =>
  blocks(doc, id).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const facts = (doc: DossierDocument, id: string) =>
  new Map(
    blocks(doc, id)
      .flatMap((b) => (b.kind === 'facts' ? b.items : []))
      .map((f) => [f.label, f.value]),
  );

/** A region with two business-only projects and one organisation in its network. */
function tooSmall(): DossierInputs {
  const inputs = dossierInputsFixture();
  const solo = inputs.network.organisations.find((o) => o.id === 'solo')!;
  return {
    ...inputs,
    helix: {
      ...inputs.helix,
      projects: 2,
      configurations: { U: 0, I: 2, G: 0, UI: 0, UG: 0, IG: 0, UIG: 0 },
      t_millibits: null,
      t_ci95_millibits: null,
    },
    network: {
      ...inputs.network,
      nodes: 1,
      edges: 0,
      density: null,
      components: 1,
      largest_component_share: 1,
      assortativity_helix: null,
      helix_pairs: [],
      communities: { count: 1, modularity: null },
      organisations: [{ ...solo, degree_centrality: null, betweenness_centrality: null }],
      links: [],
    },
  };
}

describe('the dossier of a region too small for some measures', () => {
  it('says T is not measured and why, in both languages, instead of a number', () => {
    const model = dossierModel(tooSmall());
    expect(model.topic1.synergy.not_measured?.en).toMatch(
      /^none of the 2 projects has a participant from knowledge institutions \(research or education\) or government/,
    );
    const en = dossierDocument(model, 'en');
    expect(paragraphs(en, 'topic-1')).toContainEqual(
      expect.stringMatching(/^T is not measured: none of the 2 projects/),
    );
    expect(facts(en, 'summary').get('Synergy T')).toMatch(/^T is not measured: /);
    const nl = dossierDocument(model, 'nl');
    expect(paragraphs(nl, 'topic-1')).toContainEqual(
      expect.stringMatching(/^T is niet gemeten: geen van de 2 projecten heeft een deelnemer uit/),
    );
  });

  it('shows density as not measured, with the reason, and no betweenness for the one organisation', () => {
    for (const [lang, density, notMeasured, reason] of [
      [
        'en',
        'Density',
        'not measured',
        /^Not measured: density, degree centrality: the network has only one organisation; at least two are needed; /,
      ],
      [
        'nl',
        'Dichtheid',
        'niet gemeten',
        /^Niet gemeten: dichtheid, graadcentraliteit: het netwerk heeft maar één organisatie; er zijn er ten minste twee nodig; /,
      ],
    ] as const) {
      const doc = dossierDocument(dossierModel(tooSmall()), lang);
      expect(facts(doc, 'topic-1').get(density)).toBe(notMeasured);
      expect(paragraphs(doc, 'topic-1')).toContainEqual(expect.stringMatching(reason));
      // Without a link there is no picture: the table of organisations stands on its own.
      const top = blocks(doc, 'topic-1').flatMap((b) => (b.kind === 'table' ? [b.table] : []));
      expect(JSON.stringify(top)).toContain(notMeasured);
    }
  });

  it('says why there is no index, in the summary and topic 3, in both languages', () => {
    const inputs = dossierInputsFixture();
    const model = dossierModel({
      ...inputs,
      index: {
        ...inputs.index,
        index: null,
        relative: null,
        group: null,
        band: null,
        rank: null,
        rank_range: null,
        reason_code: 'too_few_own_values',
        reason: null,
        own_values: { own: 4, of: 10 },
      },
    });
    const reasons = {
      nl: 'de regio heeft dat jaar of die editie eigen waarden van 4 van de 10 indicatoren; de index vraagt er twee derde',
      en: 'the region has its own values of 4 of the 10 indicators that year or edition; the index needs two thirds',
    };
    expect(model.topic3.index.reason).toEqual(reasons);
    for (const lang of ['nl', 'en'] as const) {
      const doc = dossierDocument(model, lang);
      const text = [...paragraphs(doc, 'topic-3'), ...facts(doc, 'summary').values()];
      expect(text.filter((t) => t.endsWith(`: ${reasons[lang]}.`))).toHaveLength(2);
      expect(text.join(' ')).not.toMatch(/too few indicator values|te weinig indicatorwaarden/);
    }
  });

  it('lists nothing as not measured for a region measured in full', () => {
    const model = dossierModel(dossierInputsFixture());
    expect(model.topic1.synergy.not_measured).toBeNull();
    expect(model.topic1.network.not_measured).toEqual([]);
  });
});
