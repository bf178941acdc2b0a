import { describe, expect, it } from 'vitest';
import { dossierInputsFixture } from '../../../test/support/dossier-inputs-fixture.js';
import type { DossierBlock } from '../dossier-blocks.js';
import { dossierModel } from '../dossier-model.js';
import { texts } from '../i18n.js';
import { connectingSection } from './connecting-section.js';

const blockText = (b: DossierBlock): string[] => {
  if (b.kind === 'heading' || b.kind === 'paragraph') return [b.text];
  if (b.kind === 'table') return b.table.rows.flat() as string[];
  if (b.kind === 'figure') return [b.figure.svg, ...(b.figure.table?.rows.flat() ?? [])];
  return [];
};

describe("the dossier's links with other regions", () => {
  it('draws the flow map, ranks the partners and states the missing links, in Dutch', () => {
    const section = connectingSection(dossierModel(dossierInputsFixture()), texts('nl'));
    const at = section.blocks.findIndex(
      (b) => b.kind === 'heading' && b.text === 'Verbindingen van Twente met andere regio’s',
    );
    expect(at).toBeGreaterThan(0);
    const figure = section.blocks.find(
      (b) => b.kind === 'figure' && b.figure.id === 'dossier-links-map',
    );
    expect(figure?.kind).toBe('figure');
    if (figure?.kind !== 'figure') return;
    // One line per partner region with a centroid (Zuidoost-Noord-Brabant and Veluwe), plus the legend.
    expect(figure.figure.svg.match(/<line /g)).toHaveLength(3);
    expect(figure.figure.table!.rows).toEqual([
      ['Zuidoost-Noord-Brabant', '2', '4', '0,500'],
      ['Duitsland (land)', '1', '2', '0,250'],
      ['Veluwe', '1', '2', '0,200'],
    ]);
    const text = section.blocks.slice(at).flatMap(blockText).join('\n');
    expect(text).toContain('Twente deelt 2 van zijn 4 projecten');
    expect(text).toContain('Ontbrekende verbindingen');
    expect(text).toContain(
      'Twente en Zuidwest-Overijssel lijken op elkaar maar delen geen project.',
    );
  });

  it('says in English that no link can be measured, nor be weak, where no organisation is placed', () => {
    const section = connectingSection(
      dossierModel(dossierInputsFixture({ empty: true })),
      texts('en'),
    );
    const text = section.blocks.flatMap(blockText).join('\n');
    expect(text).toContain('No links with other regions can be measured for Twente.');
    expect(text).toContain('Not measured: with no links measured, no link of Twente can be weak.');
    expect(text).not.toContain('There are no similar or complementary regions');
    expect(
      section.blocks.some((b) => b.kind === 'figure' && b.figure.id === 'dossier-links-map'),
    ).toBe(false);
  });
});
