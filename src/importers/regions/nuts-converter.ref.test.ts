import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../../test/support/test-store.js';
import {
  NutsConverter,
  loadNuts2024To2021,
  nutsPartWeight,
  parseConverterTable,
} from './nuts-converter.js';

const dir = join(sharedDataDir, 'nuts_conversion');

describe('the JRC NUTS converter tables', () => {
  it('add up: NUTS3 pop21 summed by NUTS2 equals NUTS2 pop21, in every version', async () => {
    for (const version of ['2013', '2016']) {
      const n2 = parseConverterTable(
        await readFile(join(dir, `n2_cm_v${version}_v2021.csv`), 'utf8'),
        version,
      );
      const n3 = parseConverterTable(
        await readFile(join(dir, `n3_cm_v${version}_v2021.csv`), 'utf8'),
        version,
      );
      const byNuts2 = new Map<string, number>();
      for (const c of n3.values())
        for (const p of c.parts)
          byNuts2.set(p.to.slice(0, 4), (byNuts2.get(p.to.slice(0, 4)) ?? 0) + p.pop21);
      const nuts2 = new Map<string, number>();
      for (const c of n2.values())
        for (const p of c.parts) nuts2.set(p.to, (nuts2.get(p.to) ?? 0) + p.pop21);
      for (const [code, pop] of nuts2)
        expect(byNuts2.get(code) ?? 0, `${version} ${code}`).toBeCloseTo(pop, -1);
      expect(nuts2.get('NL21')).toBe(1_166_390);
    }
  });

  it('takes the newest table that has a code, and knows the old make-up of new regions', async () => {
    const converter = await NutsConverter.load(dir);
    const fr71 = converter.conversionOf('FR71');
    // FR71 (Rhône-Alpes) was last valid in NUTS 2013 and is FRK2 since NUTS 2016.
    expect(fr71).toMatchObject({ version: '2013' });
    expect(fr71?.parts.map((p) => p.to)).toContain('FRK2');
    expect(converter.sourcesOf('2013', 'FRK2')).toEqual(['FR71']);
    // Norway's NO08 (2021) is made of NO01, NO02 and part of NO03 (2016).
    expect(converter.sourcesOf('2016', 'NO08')).toEqual(
      expect.arrayContaining(['NO01', 'NO02', 'NO03']),
    );
    expect(converter.conversionOf('NL36')).toBeUndefined();
  });

  it('weighs counts by population share and rates by population', async () => {
    const converter = await NutsConverter.load(dir);
    const fr71 = converter.conversionOf('FR71')!;
    const frk2 = fr71.parts.find((p) => p.to === 'FRK2')!;
    expect(nutsPartWeight(fr71, frk2, 'count')).toBeCloseTo(1, 3);
    expect(nutsPartWeight(fr71, frk2, 'rate')).toBe(frk2.pop21);
  });

  it('maps NUTS 2024 codes back only when they lie in one NUTS 2021 region', async () => {
    const back = await loadNuts2024To2021(dir);
    expect(back.get('DEG0S')).toBe('DEG04');
    expect(back.has('DEG0R')).toBe(false);
  });
});
