import { describe, expect, it } from 'vitest';
import type { Indicator } from '../api/types.js';
import {
  pickerEntries,
  pickerEntryOf,
  pickerGroups,
  pickerLabel,
  pickerMemberAt,
} from './indicator-picker.js';

/** An indicator as the server lists it, with only what a case needs changed. */
function indicator(id: string, over: Partial<Indicator>): Indicator {
  return {
    id,
    name_nl: id,
    name_en: id,
    unit: 'PC_GDP',
    unit_nl: '% van het bbp',
    unit_en: '% of GDP',
    concept: id,
    group: 'rd',
    group_nl: 'Onderzoek en ontwikkeling',
    group_en: 'Research and development',
    order: 0,
    preference: 0,
    source_nl: `bestand ${id}`,
    source_en: `file ${id}`,
    aggregation: 'rate',
    years: [2019],
    levels: [2],
    dataset: null,
    ...over,
  };
}

const gerd = { concept: 'gerd', name_nl: 'R&D-uitgaven', name_en: 'R&D expenditure', order: 1 };
const list = [
  indicator('tgs00042', { ...gerd, preference: 3 }),
  indicator('rd_e_gerdreg_pc_gdp_total', { ...gerd, preference: 0, levels: [2, 3] }),
  indicator('rd_e_gerdreg_TOTAL_PC_GDP', { ...gerd, preference: 1 }),
  indicator('population', {
    name_nl: 'Bevolking',
    name_en: 'Population',
    unit_nl: 'aantal',
    unit_en: 'number',
    group: 'population',
    group_nl: 'Bevolking',
    group_en: 'Population',
    order: 60_000,
  }),
  indicator('empty', { order: 2, years: [], levels: [] }),
];

describe('the indicator picker', () => {
  it('offers one entry per indicator whatever file it came from, preferred source first', () => {
    const entries = pickerEntries(list);
    expect(entries.map((e) => e.concept)).toEqual(['gerd', 'population']);
    expect(entries[0]!.members.map((m) => m.id)).toEqual([
      'rd_e_gerdreg_pc_gdp_total',
      'rd_e_gerdreg_TOTAL_PC_GDP',
      'tgs00042',
    ]);
    expect(entries[0]!.levels).toEqual([2, 3]);
  });

  it('groups the entries with values at a level by theme, in the themes order', () => {
    const entries = pickerEntries(list);
    expect(pickerGroups(entries, 2).map((g) => [g.name_en, g.entries.length])).toEqual([
      ['Research and development', 1],
      ['Population', 1],
    ]);
    expect(pickerGroups(entries, 3).map((g) => g.group)).toEqual(['rd']);
  });

  it('keeps the indicator across levels, drawn from a file that has the level', () => {
    const entries = pickerEntries(list);
    const entry = pickerEntryOf(entries, 'tgs00042')!;
    expect(pickerMemberAt(entry, 2, 'tgs00042')?.id).toBe('tgs00042');
    expect(pickerMemberAt(entry, 3, 'tgs00042')?.id).toBe('rd_e_gerdreg_pc_gdp_total');
    expect(pickerMemberAt(pickerEntryOf(entries, 'population')!, 3)).toBeUndefined();
  });

  it('labels an entry with its unit once, in words', () => {
    const [gerdEntry, population] = pickerEntries(list);
    expect(pickerLabel(gerdEntry!, 'nl')).toBe('R&D-uitgaven (% van het bbp)');
    expect(pickerLabel(population!, 'en')).toBe('Population (number)');
    const named = pickerEntries([
      indicator('x', {
        name_en: 'Patents per million inhabitants',
        unit_en: 'per million inhabitants',
      }),
    ]);
    expect(pickerLabel(named[0]!, 'en')).toBe('Patents per million inhabitants');
  });
});
