import { describe, expect, it } from 'vitest';
import { dossierInputsFixture } from '../../test/support/dossier-inputs-fixture.js';
import type { DossierInputs } from '../services/dossier/dossier-inputs.js';
import { dossierDocument, type DossierBlock } from './dossier-document.js';
import { dossierModel } from './dossier-model.js';

/** The fixture's region with its first `count` organisations and no link between them. */
function unlinked(count: number): DossierInputs {
  const inputs = dossierInputsFixture();
  const organisations = inputs.network.organisations
    .slice(0, count)
    .map((o) => ({ ...o, degree: 0, degree_centrality: 0, betweenness_centrality: 0 }));
  return {
    ...inputs,
    network: {
      ...inputs.network,
      nodes: count,
      edges: 0,
      density: count > 1 ? 0 : null,
      components: count,
      largest_component_share: 1 / count,
      assortativity_helix: null,
      helix_pairs: [],
      communities: { count, modularity: null },
      organisations,
      links: [],
    },
  };
}

/** The blocks of topic 1 from its network heading on. */
function networkBlocks(inputs: DossierInputs, lang: 'nl' | 'en'): readonly DossierBlock[] {
  const blocks = dossierDocument(dossierModel(inputs), lang).sections.find(
    (s) => s.id === 'topic-1',
  )!.blocks;
  const heading = blocks.findIndex(
    (b) => b.kind === 'heading' && /^(Samenwerkingsnetwerk|Collaboration network)$/.test(b.text),
  );
  expect(heading).toBeGreaterThanOrEqual(0);
  return blocks.slice(heading);
}

describe('the dossier of a region whose network has organisations but no links', () => {
  it.each([
    [
      'nl',
      3,
      'Geen verbindingen om te tekenen: geen van de 3 organisaties in Twente deelt een project met een andere organisatie uit de regio.',
    ],
    [
      'en',
      3,
      'No links to draw: none of the 3 organisations in Twente shares a project with another organisation in the region.',
    ],
    [
      'nl',
      1,
      'Geen verbindingen om te tekenen: Twente heeft één organisatie in het netwerk, en een verbinding vraagt een gedeeld project met een tweede organisatie uit de regio.',
    ],
    [
      'en',
      1,
      'No links to draw: Twente has one organisation in the network, and a link takes a project shared with a second organisation in the region.',
    ],
  ] as const)('draws no picture but says why (%s, %i organisations)', (lang, count, why) => {
    const blocks = networkBlocks(unlinked(count), lang);
    expect(blocks.filter((b) => b.kind === 'figure')).toEqual([]);
    const reason = blocks.findIndex((b) => b.kind === 'paragraph' && b.text === why);
    expect(reason).toBeGreaterThan(0);
    // The organisations follow the reason in a table of their own.
    const table = blocks[reason + 1];
    expect(table?.kind === 'table' ? table.table.rows.length : null).toBe(count);
  });

  it('still draws the network of a region with links', () => {
    const figures = networkBlocks(dossierInputsFixture(), 'en').filter(
      (b) => b.kind === 'figure' && b.figure.id === 'network',
    );
    expect(figures).toHaveLength(1);
  });
});
