import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expectStarterKeyAreas,
  expectWeightsSumToOne,
} from '../../test/support/key-area-weights.js';
import { sharedDataDir } from '../../test/support/test-store.js';
import {
  LEGAL_BASIS_KEY_AREAS,
  legalBasisKnown,
  TOPIC_KEY_AREAS,
  UNCLASSIFIED_LEGAL_BASES,
} from './legal-basis-key-areas.js';

describe('the default legal-basis and topic classification', () => {
  const tables = { legal: LEGAL_BASIS_KEY_AREAS, topic: TOPIC_KEY_AREAS };

  it('gives every code and topic prefix weights that sum to 1 within a taxonomy', () => {
    for (const [name, table] of Object.entries(tables)) expectWeightsSumToOne(table, name);
  });

  it('only names key areas that exist in their taxonomy', () => {
    for (const table of Object.values(tables)) expectStarterKeyAreas(table);
  });

  it('gives Agri & Food and Horticulture one proportion wherever it names either', () => {
    for (const table of Object.values(tables))
      for (const areas of Object.values(table['topsectoren-2011']!)) {
        const w = new Map(areas);
        if (!w.has('agri-food') && !w.has('horticulture')) continue;
        expect(w.get('agri-food')! / w.get('horticulture')!).toBeCloseTo(3, 12);
      }
  });

  it("knows every legal-basis code of CORDIS's H2020 topic table, and no Horizon Europe code", () => {
    const lines = readFileSync(join(sharedDataDir, 'cordis', 'cordisref-H2020topics.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const header = lines[0]!.split(';');
    const at = header.indexOf('legalBasisCode');
    // A few codes of the 2017 copy carry a damaged first byte (shown as U+FFFD): left out.
    const codes = new Set(
      lines
        .slice(1)
        .map((l) => (l.split(';')[at] ?? '').trim())
        .filter((c) => c.startsWith('H2020')),
    );
    expect(codes.size).toBeGreaterThan(100);
    expect([...codes].filter((c) => !legalBasisKnown(c))).toEqual([]);
    expect(legalBasisKnown('HORIZON.2.4')).toBe(false);
    expect(legalBasisKnown('H2020-EU.9.')).toBe(false);
    expect(UNCLASSIFIED_LEGAL_BASES).toContain('H2020-EU.1.1.');
  });
});
