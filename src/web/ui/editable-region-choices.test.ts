import { describe, expect, it } from 'vitest';
import { editableRegionChoices } from './editable-region-choices.js';

const CHOICES = [
  {
    group: 'Provincies',
    choices: [
      ['NL21', 'Overijssel (NL21)'],
      ['NL41', 'Noord-Brabant (NL41)'],
    ],
  },
  {
    group: 'COROP-gebieden',
    choices: [
      ['NL213', 'Twente (NL213)'],
      ['NL411', 'West-Noord-Brabant (NL411)'],
    ],
  },
] as const;

describe('the regions a form offers for writing', () => {
  it('offers a regional editor their region and the regions below it, in their groups', () => {
    expect(editableRegionChoices(CHOICES, { role: 'regional_editor', regions: ['NL21'] })).toEqual([
      { group: 'Provincies', choices: [['NL21', 'Overijssel (NL21)']] },
      { group: 'COROP-gebieden', choices: [['NL213', 'Twente (NL213)']] },
    ]);
  });

  it('leaves out a group with nothing left in it', () => {
    expect(editableRegionChoices(CHOICES, { role: 'regional_editor', regions: ['NL213'] })).toEqual(
      [{ group: 'COROP-gebieden', choices: [['NL213', 'Twente (NL213)']] }],
    );
  });

  it('offers analysts everything and viewers and anonymous visitors nothing', () => {
    expect(editableRegionChoices(CHOICES, { role: 'analyst', regions: [] })).toEqual(CHOICES);
    expect(editableRegionChoices(CHOICES, { role: 'viewer', regions: [] })).toEqual([]);
    expect(editableRegionChoices(CHOICES, null)).toEqual([]);
  });
});
