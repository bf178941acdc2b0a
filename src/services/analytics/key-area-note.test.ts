import { describe, expect, it } from 'vitest';
import { keyAreaNote } from './key-area-note.js';

const member = (code: string, en: string, nl: string) => ({
  key_area: `t/${code}`,
  code,
  name_en: en,
  name_nl: nl,
});
const htsm = member('htsm', 'High Tech', 'Hightech');
const chemistry = member('chemistry', 'Chemistry', 'Chemie');

describe('keyAreaNote', () => {
  it('says nothing for a row of one key area with share and LQ measured', () => {
    const facts = { shareReason: null, lqReason: null, noActivity: false, members: [htsm] };
    expect(keyAreaNote(facts, 'en')).toBeNull();
    expect(keyAreaNote(facts, 'nl')).toBeNull();
  });

  it('names the key areas measured together in the language asked for', () => {
    const facts = {
      shareReason: null,
      lqReason: null,
      noActivity: false,
      members: [htsm, chemistry],
    };
    expect(keyAreaNote(facts, 'en')).toBe(
      'measured together: every project classified into one of High Tech and Chemistry is classified into the others in the same proportion',
    );
    expect(keyAreaNote(facts, 'nl')).toBe(
      'samen gemeten: elk project dat in een van Hightech en Chemie is ingedeeld, is in dezelfde verhouding ook in de andere ingedeeld',
    );
  });

  it('says in words why share and LQ are not measured, never as a code', () => {
    const facts = {
      shareReason: 'reference-key-area-zero' as const,
      lqReason: 'reference-key-area-zero' as const,
      noActivity: false,
      members: [htsm],
    };
    expect(keyAreaNote(facts, 'en')).toBe(
      'share not measured: the country has no activity in this key area; LQ not measured: the reference area has no activity in this key area',
    );
    expect(keyAreaNote(facts, 'nl')).toBe(
      'aandeel niet gemeten: het land heeft geen activiteit in dit sleutelgebied; LQ niet gemeten: het referentiegebied heeft geen activiteit in dit sleutelgebied',
    );
  });

  it('says the region has no classified activity', () => {
    const facts = { shareReason: null, lqReason: null, noActivity: true, members: [htsm] };
    expect(keyAreaNote(facts, 'nl')).toBe('geen geclassificeerde activiteit in de regio');
    expect(keyAreaNote(facts, 'en')).toBe('no classified activity in the region');
  });
});
