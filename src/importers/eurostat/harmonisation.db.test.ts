import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import { NutsConverter, nutsPartWeight } from '../regions/nuts-converter.js';
import { runImport } from '../run-import.js';
import { eurostatImporter } from './eurostat-importer.js';
import { seededStoreFixture } from '../../../test/support/seeded-store-fixture.js';
import { indicatorValue } from '../../../test/support/indicator-value.js';

const conversionDir = join(sharedDataDir, 'nuts_conversion');

describe(`harmonisation to NUTS 2021 on ${testBackend}`, () => {
  const fixture = seededStoreFixture('harmonise-');
  let converter: NutsConverter;
  beforeAll(async () => {
    converter = await NutsConverter.load(conversionDir);
    // Norway's 2016 regions NO01, NO02 and NO03 overlap the 2021 region NO08 (Oslo og Viken).
    const tsv = [
      'unit,geo\\time\t2019 \t2018 ',
      'NR,NO01\t100 \t100 ',
      'NR,NO02\t50 \t50 ',
      'NR,NO03\t30 p\t: ',
      'NR,NO04\t10 \t10 ',
      'PC,NO01\t10 \t: ',
      'PC,NO02\t20 \t: ',
      'PC,NO03\t40 \t: ',
      'PC,NO04\t5 \t: ',
    ].join('\n');
    const file = await fixture.file('estat_x_norway.tsv', `${tsv}\n`);
    await runImport(fixture.store, eurostatImporter, file, { nutsConversionDir: conversionDir });
  });

  const value = (indicator: string, region: string, year: number) =>
    indicatorValue(fixture.store, indicator, region, year);

  // NO02 is a code of NUTS 2021 too (Innlandet), so its values stay with NO02 as they are, and
  // its sliver of NO08 is not moved: NO08 is built from NO01 and NO03.
  it('sums counts over the parts, weighted by the share of each old region living in the new one', async () => {
    const expected = ['NO01', 'NO03'].reduce((sum, code) => {
      const c = converter.conversionOf(code)!;
      const part = c.parts.find((p) => p.to === 'NO08')!;
      return sum + { NO01: 100, NO03: 30 }[code]! * nutsPartWeight(c, part, 'count');
    }, 0);
    const no08 = await value('x_norway_NR', 'NO08', 2019);
    expect(no08?.value).toBeCloseTo(expected, 4);
    expect(no08?.flags).toBe('ph');
  });

  it('averages rates with the 2021 population of each intersection as weight', async () => {
    let weighted = 0;
    let weights = 0;
    for (const [code, v] of [
      ['NO01', 10],
      ['NO03', 40],
    ] as const) {
      const c = converter.conversionOf(code)!;
      const w = nutsPartWeight(
        c,
        c.parts.find((p) => p.to === 'NO08')!,
        'rate',
      );
      weighted += v * w;
      weights += w;
    }
    expect((await value('x_norway_PC', 'NO08', 2019))?.value).toBeCloseTo(weighted / weights, 6);
  });

  it('writes nothing for a new region when one of its old parts has no value', async () => {
    // NO03 has no 2018 value, and NO08 needs it.
    expect(await value('x_norway_NR', 'NO08', 2018)).toBeUndefined();
  });

  it('never keeps codes that are not NUTS 2021, and keeps those that are', async () => {
    expect(await value('x_norway_NR', 'NO01', 2019)).toBeUndefined();
    expect((await value('x_norway_NR', 'NO02', 2019))?.value).toBe(50);
  });
});
