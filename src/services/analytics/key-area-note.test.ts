import { describe, expect, it } from 'vitest';
import { keyAreaNote, keyAreaNotMeasured, unclassifiedNote } from './key-area-note.js';

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

  it('says no organisation is placed in the region where none is, rather than no classified activity', () => {
    const facts = {
      shareReason: null,
      lqReason: null,
      noActivity: true,
      noPlaced: true,
      members: [htsm],
    };
    expect(keyAreaNote(facts, 'en')).toBe('no organisation in CORDIS is placed in the region');
    expect(keyAreaNote(facts, 'nl')).toBe('geen organisatie uit CORDIS is in de regio geplaatst');
    // With activity in the region, the placement says nothing of the row.
    expect(keyAreaNote({ ...facts, noActivity: false }, 'en')).toBeNull();
  });
});

describe('keyAreaNotMeasured', () => {
  it('says why a share or LQ is null, with its code, in the language asked for', () => {
    expect(keyAreaNotMeasured('lq', 'region-total-zero', 'en')).toEqual({
      measure: 'lq',
      reason_code: 'region-total-zero',
      reason: 'LQ not measured: the region has no classified activity',
    });
    expect(keyAreaNotMeasured('share_of_national', 'reference-key-area-zero', 'nl').reason).toBe(
      'aandeel niet gemeten: het land heeft geen activiteit in dit sleutelgebied',
    );
    expect(keyAreaNotMeasured('lq', 'reference-total-zero', 'nl').reason).toBe(
      'LQ niet gemeten: het referentiegebied heeft geen geclassificeerde activiteit',
    );
  });

  it('gives share and LQ one reason when no organisation is placed in the region', () => {
    for (const measure of ['share_of_national', 'lq'] as const)
      expect(keyAreaNotMeasured(measure, 'no-placed-organisations', 'en')).toEqual({
        measure,
        reason_code: 'no-placed-organisations',
        reason: 'no organisation in CORDIS is placed in the region',
      });
  });

  it('gives share and LQ one reason when the region has no classified activity', () => {
    for (const measure of ['share_of_national', 'lq'] as const) {
      expect(keyAreaNotMeasured(measure, 'no-classified-activity', 'nl').reason).toBe(
        'geen geclassificeerde activiteit in de regio',
      );
      expect(keyAreaNotMeasured(measure, 'no-classified-activity', 'en').reason).toBe(
        'no classified activity in the region',
      );
    }
  });
});

describe('unclassifiedNote', () => {
  it('follows the language asked for', () => {
    expect(unclassifiedNote('nl')).toBe('geen activiteit in de regio');
    expect(unclassifiedNote('en')).toBe('no activity in the region');
  });
});
